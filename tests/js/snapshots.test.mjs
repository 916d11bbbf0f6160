// Snapshots across module instances (worker threads each load their own), REPL sessions,
// bad bytes, and recovery after limits.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Worker } from 'node:worker_threads'
import { monty, entryUrl } from './package.mjs'

const {
  Monty, MontySnapshot, MontyNameLookup, MontyComplete, MontyRepl, MontySnapshotError, MontyUsageError,
  MontyLimitError, loadSnapshot,
} = monty

/** Run `body(api, data)` in a worker, which loads its own instance of the package. */
function inWorker(body, data) {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads')
    import(workerData.entry).then(async (api) => {
      try {
        const result = await (${body.toString()})(api, workerData.data)
        parentPort.postMessage({ result })
      } catch (e) {
        parentPort.postMessage({ error: String(e && e.stack || e) })
      }
    })`
  return new Promise((resolve, reject) => {
    const w = new Worker(source, { eval: true, workerData: { entry: entryUrl, data } })
    w.once('message', (m) => (m.error ? reject(new Error(m.error)) : resolve(m.result)))
    w.once('error', reject)
  })
}

const AGENT = `
records = []
for i in range(3):
    records.append({"id": i, "score": fetch(i)})
best = max(records, key=lambda r: r["score"])
print("best", best["id"])
best
`

test('a paused run dumped here resumes in another module instance', async () => {
  let p = new Monty(AGENT).start()
  assert.equal(p.resume.length, 1)
  p = p.resume({ returnValue: 10 }) // first call answered here
  assert.ok(p instanceof MontySnapshot)
  const bytes = p.dump()
  const result = await inWorker(async (api, bytes) => {
    let q = api.MontySnapshot.load(bytes)
    const printed = []
    const scores = { 1: 30, 2: 20 }
    const calls = []
    while (q instanceof api.MontySnapshot) {
      calls.push(q.args[0])
      q = q.resume({ returnValue: scores[q.args[0]] })
    }
    return { calls, output: Object.fromEntries(q.output), again: api.MontySnapshot.load(bytes).functionName, printed }
  }, bytes)
  assert.deepEqual(result.calls, [1, 2])
  assert.deepEqual(result.output, { id: 1, score: 30 })
  assert.equal(result.again, 'fetch')
  // The original is untouched by the worker's resumes and can still be answered here.
  assert.equal(p.resume({ returnValue: 0 }).constructor, MontySnapshot)
})

test('dump/load round trips: same bytes, same request, limits and print callback on load', () => {
  const p = new Monty('x = lookup_me\nprint("got", x)\nx').start()
  assert.ok(p instanceof MontyNameLookup)
  const bytes = p.dump()
  const loaded = MontyNameLookup.load(bytes, { printCallback: (_, t) => printed.push(t) })
  const printed = []
  assert.deepEqual(loaded.dump(), bytes)
  assert.equal(loaded.variableName, 'lookup_me')
  const done = loaded.resume({ value: 'v' })
  assert.ok(done instanceof MontyComplete)
  assert.equal(done.output, 'v')
  assert.deepEqual(printed, ['got v\n'])
  assert.throws(() => MontySnapshot.load(bytes), (e) => e instanceof MontyUsageError && /MontyNameLookup/.test(e.message))
  assert.ok(loadSnapshot(bytes) instanceof MontyNameLookup)
  const spin = new Monty('y = ask()\nwhile True:\n    pass').start()
  const limited = MontySnapshot.load(spin.dump(), { limits: { maxInstructions: 5000 } })
  assert.throws(() => limited.resume({ returnValue: 1 }), (e) => e instanceof MontyLimitError && e.limitKind === 'instructions')
})

test('bad snapshot bytes are MontySnapshotError, never a crash', () => {
  const good = new Monty('f()').start().dump()
  const cases = [new Uint8Array(), new Uint8Array([1, 2, 3]), good.slice(0, 30), good.slice(0, good.length - 1)]
  const flipped = good.slice()
  flipped[flipped.length - 5] ^= 0xff
  cases.push(flipped)
  cases.push(new TextEncoder().encode('MONTYsnp but not really a snapshot at all'))
  for (const bytes of cases) {
    assert.throws(() => MontySnapshot.load(bytes), MontySnapshotError)
  }
  assert.throws(() => Monty.load(good), (e) => e instanceof MontySnapshotError && /paused run/.test(e.message))
  assert.throws(() => MontyRepl.load(new Uint8Array([0])), MontySnapshotError)
  assert.equal(new Monty('"still" + " fine"').run(), 'still fine')
})

test('a REPL keeps state across feeds, dumps and loads', () => {
  const repl = new MontyRepl({ scriptName: 'session.py' })
  assert.equal(repl.scriptName, 'session.py')
  assert.equal(repl.feed('class Counter:\n    def __init__(self):\n        self.n = 0\n    def bump(self):\n        self.n += 1\n        return self.n'), null)
  repl.feed('c = Counter()')
  assert.equal(repl.feed('c.bump()'), 1)
  const restored = MontyRepl.load(repl.dump())
  assert.equal(restored.feed('c.bump()'), 2)
  assert.equal(repl.feed('c.bump()'), 2)
  assert.throws(() => repl.feed('c.nope()'), (e) => e.excType === 'AttributeError')
  assert.equal(repl.feed('c.n'), 2)
  assert.throws(() => repl.feed('def broken(:'), (e) => e.excType === 'SyntaxError')
  assert.equal(repl.feed('c.bump()'), 3)
})

test('feedStart pauses at host calls; the session is busy until the feed ends', () => {
  const repl = new MontyRepl()
  repl.feed('base = 100')
  let p = repl.feedStart('value = base + fetch("k")\nvalue')
  assert.ok(p instanceof MontySnapshot)
  assert.throws(() => repl.feed('1'), (e) => e instanceof MontyUsageError && /busy/.test(e.message))
  const paused = p.dump()
  p = p.resume({ returnValue: 5 })
  assert.ok(p instanceof MontyComplete)
  assert.equal(p.output, 105)
  assert.equal(p.repl, repl)
  assert.equal(repl.feed('value * 2'), 210)
  // A paused feed loaded elsewhere finishes with its own copy of the session.
  const other = loadSnapshot(paused).resume({ returnValue: 1 })
  assert.equal(other.output, 101)
  assert.equal(other.repl.feed('value'), 101)
  assert.equal(repl.feed('value'), 105)
  // A failing feed hands the session back too.
  assert.throws(() => repl.feedStart('fetch()').resume({ exception: { type: 'ValueError', message: 'x' } }), /ValueError/)
  assert.equal(repl.feed('base'), 100)
})

test('after a limit error the module still runs new code', () => {
  assert.throws(() => new Monty('x = "a"\nwhile True:\n    x = x + x').run({ limits: { maxMemory: 10_000_000 } }), MontyLimitError)
  const repl = new MontyRepl({ limits: { maxDurationSecs: 0.05 } })
  assert.throws(() => repl.feed('while True:\n    pass'), MontyLimitError)
  assert.equal(repl.feed('21 * 2'), 42)
  assert.equal(new Monty('sorted([3, 1, 2])').run().join(','), '1,2,3')
})
