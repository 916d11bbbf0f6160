// Values crossing in both directions: inputs, external-call arguments, return values, outputs.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { monty } from './package.mjs'

const { Monty, MontySnapshot, tuple } = monty

/** The value as Python sees it (type name and repr), and as it comes back out. */
function roundTrip(value) {
  const m = new Monty('(type(x).__name__, repr(x), x)', { inputs: ['x'] })
  const [type, repr, back] = m.run({ inputs: { x: value } })
  return { type, repr, back }
}

test('scalars', () => {
  assert.deepEqual(roundTrip(null), { type: 'NoneType', repr: 'None', back: null })
  assert.deepEqual(roundTrip(true), { type: 'bool', repr: 'True', back: true })
  assert.deepEqual(roundTrip(42), { type: 'int', repr: '42', back: 42 })
  assert.deepEqual(roundTrip(-0.5), { type: 'float', repr: '-0.5', back: -0.5 })
  assert.deepEqual(roundTrip('héllo ☃'), { type: 'str', repr: "'héllo ☃'", back: 'héllo ☃' })
  assert.equal(roundTrip(undefined).type, 'NoneType')
  assert.equal(roundTrip(Infinity).repr, 'inf')
  assert.ok(Number.isNaN(roundTrip(NaN).back))
})

test('ints beyond 2**53 are BigInt; 2**63 as a number is a float', () => {
  assert.equal(new Monty('2 ** 100').run(), 2n ** 100n)
  assert.equal(new Monty('-(2 ** 60)').run(), -(2n ** 60n))
  assert.equal(new Monty('2 ** 53 - 1').run(), 2 ** 53 - 1)
  assert.deepEqual(roundTrip(2n ** 100n), { type: 'int', repr: String(2n ** 100n), back: 2n ** 100n })
  assert.equal(roundTrip(-(2 ** 63)).type, 'int')
  assert.equal(roundTrip(2 ** 63).type, 'float')
  assert.equal(new Monty('x + 1', { inputs: ['x'] }).run({ inputs: { x: 9223372036854775807n } }), 9223372036854775808n)
  assert.equal(roundTrip(5n).back, 5)
})

test('bytes are Uint8Array (any typed array or ArrayBuffer goes in)', () => {
  const { type, repr, back } = roundTrip(new Uint8Array([104, 105, 0, 255]))
  assert.equal(type, 'bytes')
  assert.equal(repr, "b'hi\\x00\\xff'")
  assert.deepEqual([...back], [104, 105, 0, 255])
  assert.equal(roundTrip(new Uint8Array([1, 2]).buffer).type, 'bytes')
  assert.equal(roundTrip(Buffer.from('ab')).repr, "b'ab'")
})

test('lists, marked tuples, dicts as Map or objects, sets', () => {
  assert.deepEqual(roundTrip([1, [2, 'x']]).back, [1, [2, 'x']])
  const t = roundTrip(tuple(1, 'a'))
  assert.equal(t.type, 'tuple')
  assert.equal(t.repr, "(1, 'a')")
  assert.equal(t.back.__tuple__, true)
  assert.deepEqual(Object.keys(t.back), ['0', '1']) // the marker is not enumerable
  const one = new Monty('(1,)').run()
  assert.deepEqual([...one], [1])
  assert.equal(one.__tuple__, true)

  const d = roundTrip(new Map([['a', 1], [2, 'b'], [tuple(1, 2), null]]))
  assert.equal(d.repr, "{'a': 1, 2: 'b', (1, 2): None}")
  assert.ok(d.back instanceof Map)
  assert.equal(d.back.get('a'), 1)
  assert.equal(d.back.get(2), 'b')
  assert.equal(roundTrip({ k: [1], n: { m: true } }).repr, "{'k': [1], 'n': {'m': True}}")

  const obj = new Monty('{"a": {"b": 1}, 3: "c"}', { dictAs: 'object' }).run()
  assert.deepEqual(obj, { a: { b: 1 }, 3: 'c' })
  assert.deepEqual(new Monty('{"a": 1}').run({ dictAs: 'object' }), { a: 1 })

  const s = roundTrip(new Set([3]))
  assert.equal(s.repr, '{3}')
  assert.ok(s.back instanceof Set)
  assert.deepEqual(new Monty('frozenset({1})').run(), new Set([1]))
})

test('other Python values have stable JS forms', () => {
  assert.deepEqual(new Monty('...').run(), { __monty_type__: 'Ellipsis' })
  assert.equal(roundTrip({ __monty_type__: 'Ellipsis' }).repr, 'Ellipsis')
  const e = new Monty('ValueError("bad input")').run()
  assert.ok(e instanceof Error)
  assert.equal(e.name, 'ValueError')
  assert.equal(e.message, 'bad input')
  assert.equal(roundTrip(new TypeError('t')).repr, "TypeError('t')")
  const nt = new Monty('from collections import namedtuple\nP = namedtuple("P", "x y")\nP(1, 2)').run()
  assert.deepEqual([...nt], [1, 2])
  assert.deepEqual(nt._fields, ['x', 'y'])
  const dc = new Monty('from dataclasses import dataclass\n@dataclass\nclass C:\n    a: int\n    b: str\nC(1, "z")').run()
  assert.equal(dc.get('a'), 1)
  assert.equal(dc.__dataclass__, 'C')
  const r = new Monty('class K:\n    pass\nK()').run()
  assert.equal(r.__monty_type__, 'Repr')
  assert.match(r.repr, /^<.*K object/)
})

test('external call arguments and return values convert the same way', () => {
  const p = new Monty('got = f((1, 2), {"k": {1}}, b"x", n=2**70)\n(type(got).__name__, got)').start()
  assert.ok(p instanceof MontySnapshot)
  const [t, d, b] = p.args
  assert.equal(t.__tuple__, true)
  assert.ok(d.get('k') instanceof Set)
  assert.deepEqual([...b], [120])
  assert.equal(p.kwargs.n, 2n ** 70n)
  const out = p.resume({ returnValue: { rows: [tuple(1, 'a')], big: 2n ** 64n } }).output
  assert.equal(out[0], 'dict')
  assert.deepEqual(out[1].get('rows')[0], tuple(1, 'a'))
  assert.equal(out[1].get('big'), 2n ** 64n)
})

test('values that cannot cross are clear errors', () => {
  const m = new Monty('x', { inputs: ['x'] })
  const cyclic = [1]
  cyclic.push(cyclic)
  assert.throws(() => m.run({ inputs: { x: cyclic } }), /contains itself/)
  assert.throws(() => m.run({ inputs: { x: new Date() } }), /Date/)
  assert.throws(() => m.run({ inputs: { x: Symbol('s') } }), TypeError)
  let deep = []
  for (let i = 0; i < 300; i++) deep = [deep]
  assert.throws(() => m.run({ inputs: { x: deep } }), /nested more than/)
  // Unhashable keys are refused where the value arrives.
  assert.throws(() => m.run({ inputs: { x: new Map([[[1], 2]]) } }), /unhashable type: 'list'/)
  // A shared (not cyclic) object is fine.
  const shared = { a: 1 }
  assert.equal(new Monty('len(x)', { inputs: ['x'] }).run({ inputs: { x: [shared, shared] } }), 2)
})
