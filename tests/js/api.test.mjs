// The synchronous API: compile, run, start/resume, name lookups, OS calls, errors, printing.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { monty } from './package.mjs'

const {
  Monty, MontySnapshot, MontyNameLookup, MontyOsCall, MontyComplete, MontyError, MontySyntaxError,
  MontyRuntimeError, MontyLimitError, MontyUsageError,
} = monty

test('run returns the last expression', () => {
  assert.equal(new Monty('1 + 1').run(), 2)
  assert.equal(new Monty('x = [i * i for i in range(5)]\nsum(x)').run(), 30)
  assert.equal(new Monty('x = 1').run(), null)
})

test('inputs are bound by name, missing and unknown ones are refused', () => {
  const m = new Monty('x + y', { inputs: ['x', 'y'] })
  assert.equal(m.run({ inputs: { x: 10, y: 20 } }), 30)
  assert.equal(m.run({ inputs: new Map([['x', 'a'], ['y', 'b']]) }), 'ab')
  assert.deepEqual(m.inputs, ['x', 'y'])
  assert.throws(() => m.run({ inputs: { x: 1 } }), (e) => e instanceof MontyUsageError && /missing input\(s\): y/.test(e.message))
  assert.throws(() => m.run({ inputs: { x: 1, y: 2, z: 3 } }), /unexpected input\(s\): z/)
})

test('start pauses at an external call with args, kwargs and a call id', () => {
  const m = new Monty('r = fetch(1, "two", flag=True)\nr * 2', { scriptName: 'agent.py' })
  const p = m.start()
  assert.ok(p instanceof MontySnapshot)
  assert.equal(p.scriptName, 'agent.py')
  assert.equal(p.functionName, 'fetch')
  assert.deepEqual(p.args, [1, 'two'])
  assert.deepEqual(p.kwargs, { flag: true })
  assert.equal(typeof p.callId, 'number')
  assert.equal(p.callerIsAsync, false)
  assert.match(p.repr(), /MontySnapshot.*fetch/)
  const done = p.resume({ returnValue: 21 })
  assert.ok(done instanceof MontyComplete)
  assert.equal(done.output, 42)
  assert.deepEqual(Object.keys(done.usage), ['instructions', 'durationSecs', 'memoryPeak', 'allocations', 'maxRecursionDepth'])
})

test('a chain of calls, each answered in turn', () => {
  let p = new Monty('c() + c() + c()').start()
  let calls = 0
  while (p instanceof MontySnapshot) p = p.resume({ returnValue: ++calls })
  assert.equal(p.output, 6)
  assert.equal(calls, 3)
})

test('an exception answer is raised at the call site and can be caught', () => {
  const code = 'try:\n    fetch()\nexcept ValueError as e:\n    r = f"caught {e}"\nr'
  const p = new Monty(code).start()
  assert.equal(p.resume({ exception: { type: 'ValueError', message: 'bad' } }).output, 'caught bad')
  const q = new Monty('fetch()').start()
  assert.throws(
    () => q.resume({ exception: { type: 'KeyError', message: 'k' } }),
    (e) => e instanceof MontyRuntimeError && e.excType === 'KeyError' && /KeyError/.test(e.message),
  )
})

test('resuming twice, or without an answer, is a clear error', () => {
  const p = new Monty('func()').start()
  assert.throws(() => p.resume({}), /returnValue or exception/)
  p.resume({ returnValue: 1 })
  assert.throws(() => p.resume({ returnValue: 2 }), (e) => e instanceof MontyUsageError && /already/.test(e.message))
})

test('reading an undefined name asks the host; no value means NameError', () => {
  const m = new Monty('limit * 2')
  const p = m.start()
  assert.ok(p instanceof MontyNameLookup)
  assert.equal(p.variableName, 'limit')
  assert.equal(p.resume({ value: 21 }).output, 42)
  assert.throws(() => m.start().resume(), (e) => e instanceof MontyRuntimeError && e.display('type-msg') === "NameError: name 'limit' is not defined")
})

test('a function given for a looked-up name becomes an external function', () => {
  const m = new Monty('f = tool\nf(5)')
  const lookup = m.start()
  assert.ok(lookup instanceof MontyNameLookup)
  const call = lookup.resume({ value: () => {} })
  assert.ok(call instanceof MontySnapshot)
  assert.equal(call.functionName, 'tool')
  assert.equal(call.resume({ returnValue: 'ok' }).output, 'ok')
})

test('run() with external functions calls them synchronously', () => {
  const m = new Monty('total = add(2, 3)\nscale(total, factor=10)')
  const out = m.run({ externalFunctions: { add: (a, b) => a + b, scale: (x, kw) => x * kw.factor } })
  assert.equal(out, 50)
  assert.throws(() => new Monty('missing()').run({ externalFunctions: {} }), /NameError: name 'missing' is not defined/)
  assert.throws(() => new Monty('x = nope()').run(), /NameError/)
})

test('OS calls reach the host, or raise PermissionError', () => {
  const code = 'import os\nos.getenv("HOME")'
  const p = new Monty(code).start()
  assert.ok(p instanceof MontyOsCall)
  assert.equal(p.functionName, 'os.getenv')
  assert.deepEqual(p.args, ['HOME'])
  assert.equal(p.resume({ returnValue: '/home/agent' }).output, '/home/agent')
  assert.throws(() => new Monty(code).run(), (e) => e.excType === 'PermissionError')
  assert.equal(new Monty(code).run({ os: (fn, args) => `${fn}:${args[0]}` }), 'os.getenv:HOME')
})

test('syntax errors are MontySyntaxError with CPython text', () => {
  assert.throws(
    () => new Monty('def f(:\n    pass'),
    (e) => e instanceof MontySyntaxError && e instanceof MontyError && !(e instanceof MontyRuntimeError) && e.excType === 'SyntaxError',
  )
  try {
    new Monty('x = (1,\ny = 2')
  } catch (e) {
    assert.equal(e.display('type-msg'), "SyntaxError: '(' was never closed")
    assert.match(e.display('traceback'), /File "main.py", line 1/)
  }
})

test('runtime errors carry a traceback with frames', () => {
  const code = 'def inner(d):\n    raise KeyError("missing")\n\ndef outer():\n    inner({})\n\nouter()\n'
  try {
    new Monty(code, { scriptName: 'tb.py' }).run()
    assert.fail('expected an error')
  } catch (e) {
    assert.ok(e instanceof MontyRuntimeError)
    assert.equal(e.excType, 'KeyError')
    assert.deepEqual(e.exception, { typeName: 'KeyError', message: "'missing'" })
    assert.equal(e.display('msg'), "'missing'")
    assert.equal(e.display('type-msg'), "KeyError: 'missing'")
    assert.equal(
      e.display('traceback'),
      [
        'Traceback (most recent call last):',
        '  File "tb.py", line 7, in <module>',
        '    outer()',
        '  File "tb.py", line 5, in outer',
        '    inner({})',
        '  File "tb.py", line 2, in inner',
        '    raise KeyError("missing")',
        "KeyError: 'missing'",
      ].join('\n'),
    )
    const frames = e.traceback()
    assert.deepEqual(frames.map((f) => [f.line, f.functionName]), [[7, null], [5, 'outer'], [2, 'inner']])
    assert.equal(frames[2].sourceLine, '    raise KeyError("missing")')
    assert.equal(frames[0].filename, 'tb.py')
    assert.throws(() => e.display('nope'), TypeError)
  }
})

test('limits stop runaway code with MontyLimitError; the module keeps working', () => {
  const spin = new Monty('while True:\n    pass')
  const t0 = performance.now()
  assert.throws(
    () => spin.run({ limits: { maxDurationSecs: 0.05 } }),
    (e) => e instanceof MontyLimitError && e instanceof MontyRuntimeError && e.limitKind === 'duration' && e.excType === 'TimeoutError',
  )
  assert.ok(performance.now() - t0 < 1000)
  assert.throws(
    () => new Monty('x = []\nwhile True:\n    x.append("a" * 1000)').run({ limits: { maxMemory: 1 << 20 } }),
    (e) => e instanceof MontyLimitError && e.limitKind === 'memory' && e.limit === 1 << 20 && e.used > 0,
  )
  assert.throws(() => new Monty('while True:\n    pass').run({ limits: { maxInstructions: 10000 } }), (e) => e.limitKind === 'instructions')
  assert.throws(
    () => new Monty('def f(n):\n    return f(n + 1)\nf(0)').run({ limits: { maxRecursionDepth: 50 } }),
    (e) => e.excType === 'RecursionError',
  )
  assert.equal(new Monty('sum(range(10))').run(), 45)
  assert.throws(() => new Monty('1').run({ limits: { maxMemmory: 1 } }), /unknown limit 'maxMemmory'/)
  assert.throws(() => new Monty('1').run({ limits: { maxMemory: -1 } }), /non-negative/)
})

test('print output streams to the callback; the default goes to stdout', () => {
  const chunks = []
  const out = new Monty('for i in range(3):\n    print("line", i)\nprint("a", "b", sep="-", end="!")\n7').run({
    printCallback: (stream, text) => chunks.push([stream, text]),
  })
  assert.equal(out, 7)
  assert.ok(chunks.every(([stream]) => stream === 'stdout'))
  assert.equal(chunks.map(([, t]) => t).join(''), 'line 0\nline 1\nline 2\na-b!')
  assert.throws(() => new Monty('1').run({ printCallback: 'nope' }), TypeError)
})

test('sys.stderr output arrives as the stderr stream, in order with stdout', () => {
  const chunks = []
  new Monty('import sys\nprint("a")\nprint("b", file=sys.stderr)\nsys.stderr.write("c\\n")\nprint("d")').run({
    printCallback: (stream, text) => chunks.push([stream, text]),
  })
  // Consecutive pieces of one stream may arrive in one call or several.
  const merged = []
  for (const [stream, text] of chunks) {
    if (merged.length && merged[merged.length - 1][0] === stream) merged[merged.length - 1][1] += text
    else merged.push([stream, text])
  }
  assert.deepEqual(merged, [['stdout', 'a\n'], ['stderr', 'b\nc\n'], ['stdout', 'd\n']])
})

test('a print callback that throws is reported and the run still completes', () => {
  const errors = []
  const original = console.error
  console.error = (...args) => errors.push(args)
  try {
    const out = new Monty('print("x")\n5').run({ printCallback: () => { throw new Error('boom') } })
    assert.equal(out, 5)
  } finally {
    console.error = original
  }
  assert.equal(errors.length, 1)
})

test('programs dump and load', () => {
  const m = new Monty('x * 3', { inputs: ['x'], scriptName: 'triple.py' })
  const bytes = m.dump()
  assert.ok(bytes instanceof Uint8Array)
  const loaded = Monty.load(bytes)
  assert.equal(loaded.scriptName, 'triple.py')
  assert.deepEqual(loaded.inputs, ['x'])
  assert.equal(loaded.run({ inputs: { x: 14 } }), 42)
})

test('many programs stay within the module cache and are recompiled when needed', () => {
  const first = new Monty('"first" * 2')
  for (let i = 0; i < 600; i++) assert.equal(new Monty(`${i} + 1`).run(), i + 1)
  assert.equal(first.run(), 'firstfirst') // evicted long ago, rebuilt from its source
  const loaded = Monty.load(new Monty('x = "loaded"\nx').dump())
  for (let i = 0; i < 300; i++) new Monty(`${i} * 2`)
  assert.equal(loaded.run(), 'loaded')
})

test('wrong API use is a clear error', () => {
  assert.throws(() => new Monty(42), TypeError)
  assert.throws(() => new Monty('1', { inputs: 'x' }), TypeError)
  assert.throws(() => Monty.load('bytes'), TypeError)
  assert.throws(() => new Monty('1').run({ dictAs: 'list' }), TypeError)
})
