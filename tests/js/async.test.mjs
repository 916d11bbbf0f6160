// runMontyAsync: sync and async host functions, futures, concurrency, rejections.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { monty } from './package.mjs'

const { Monty, MontySnapshot, MontyFutureSnapshot, MontyComplete, MontyRuntimeError, runMontyAsync, MontyRepl } = monty

const later = (value, ms) => new Promise((resolve) => setTimeout(() => resolve(value), ms))
const failLater = (error, ms) => new Promise((_, reject) => setTimeout(() => reject(error), ms))

test('gather of two async host functions runs them at the same time', async () => {
  const code = `
import asyncio

async def main():
    a, b = await asyncio.gather(fetch("a"), fetch("b"))
    return a + b

await main()
`
  const started = []
  const externalFunctions = {
    fetch: (name) => {
      started.push([name, performance.now()])
      return later(name.toUpperCase(), 100)
    },
  }
  // Warm-up, not measured: the first asyncio program of a fresh module pays for compiling
  // asyncio and for V8's first-tier code (30-90 ms on a loaded machine; see the closing notes).
  await runMontyAsync(new Monty('import asyncio\nawait asyncio.gather(ready(1), ready(2))'), { externalFunctions: { ready: async (x) => x } })
  const t0 = performance.now()
  const out = await runMontyAsync(new Monty(code), { externalFunctions })
  const elapsed = performance.now() - t0
  assert.equal(out, 'AB')
  assert.equal(started.length, 2)
  assert.ok(Math.abs(started[0][1] - started[1][1]) < 50, 'both fetches start before either finishes')
  assert.ok(elapsed < 180, `took ${elapsed.toFixed(1)} ms`)
})

test('plain code calling an async host function gets its value', async () => {
  const code = 'def load(k):\n    return lookup(k)["v"]\n[load("x"), load("y")]'
  const out = await runMontyAsync(new Monty(code), {
    externalFunctions: { lookup: async (k) => new Map([['v', `${k}!`]]) },
  })
  assert.deepEqual(out, ['x!', 'y!'])
})

test('sync and async functions mix; kwargs arrive as the last argument', async () => {
  const code = 'import asyncio\nasync def go():\n    a = await fetch("u", timeout=3)\n    return add(a, 1)\nawait go()'
  const out = await runMontyAsync(new Monty(code), {
    externalFunctions: { fetch: async (url, kw) => kw.timeout * 10, add: (a, b) => a + b },
  })
  assert.equal(out, 31)
})

test('rejections become Python exceptions at the call site', async () => {
  const code = `
import asyncio

async def safe(x):
    try:
        return await fetch(x)
    except TypeError as e:
        return f"TypeError: {e}"
    except RuntimeError as e:
        return f"RuntimeError: {e}"

async def main():
    return await asyncio.gather(safe(1), safe(2), safe(3))

await main()
`
  const out = await runMontyAsync(new Monty(code), {
    externalFunctions: {
      fetch: (x) => (x === 1 ? failLater(new TypeError('wrong type'), 10) : x === 2 ? failLater(new Error('plain'), 5) : later(x, 1)),
    },
  })
  assert.deepEqual(out, ['TypeError: wrong type', 'RuntimeError: plain', 3])
  await assert.rejects(
    runMontyAsync(new Monty('boom()'), { externalFunctions: { boom: () => { throw new RangeError('too far') } } }),
    (e) => e instanceof MontyRuntimeError && e.display('type-msg') === 'RuntimeError: RangeError: too far',
  )
  await assert.rejects(
    runMontyAsync(new Monty('x = 1\nmissing()'), { externalFunctions: {} }),
    (e) => e.display('type-msg') === "NameError: name 'missing' is not defined",
  )
})

test('asyncio.sleep really waits, concurrently', async () => {
  const code = 'import asyncio\nasync def nap(t):\n    await asyncio.sleep(t)\n    return t\nawait asyncio.gather(nap(0.08), nap(0.08))'
  const t0 = performance.now()
  const out = await runMontyAsync(new Monty(code))
  const elapsed = performance.now() - t0
  assert.deepEqual([...out], [0.08, 0.08])
  assert.ok(elapsed >= 75 && elapsed < 160, `took ${elapsed.toFixed(1)} ms`)
})

test('futures by hand: MontyFutureSnapshot', () => {
  const code = 'import asyncio\nasync def main():\n    return await asyncio.gather(get(1), get(2))\nawait main()'
  let p = new Monty(code).start()
  const ids = []
  while (p instanceof MontySnapshot) {
    assert.equal(p.callerIsAsync, true)
    ids.push([p.callId, p.args[0]])
    p = p.resume({ future: true })
  }
  assert.ok(p instanceof MontyFutureSnapshot)
  assert.deepEqual(p.pendingCallIds, ids.map(([id]) => id))
  assert.match(p.repr(), /MontyFutureSnapshot/)
  // Resolve the second first, then the first.
  p = p.resume({ [ids[1][0]]: { returnValue: 'two' } })
  assert.ok(p instanceof MontyFutureSnapshot)
  assert.throws(() => p.resume({ 999: { returnValue: 1 } }), /999/)
  p = p.resume({ [ids[0][0]]: { returnValue: 'one' } })
  assert.ok(p instanceof MontyComplete)
  assert.deepEqual(p.output, ['one', 'two'])
})

test('REPL feeds with async host functions keep their state', async () => {
  const repl = new MontyRepl()
  repl.feed('total = 0')
  const fns = { price: async (item) => ({ apple: 3, pear: 4 })[item] }
  await repl.feedAsync('import asyncio\nprices = await asyncio.gather(price("apple"), price("pear"))', { externalFunctions: fns })
  assert.equal(repl.feed('total = sum(prices)\ntotal'), 7)
})
