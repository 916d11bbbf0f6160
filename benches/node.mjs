// Benchmarks of the npm package in Node, side by side with CPython (and the native CLI when
// built): module load + instantiate, a fresh `new Monty('1 + 1').run()`, a host call round
// trip, and fib(25). Run: ./build.sh npm && node benches/node.mjs
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = fileURLToPath(new URL('..', import.meta.url))
const wasmPath = `${root}pkg/monty_wasm_bg.wasm`

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** Median microseconds per call of fn, over `rounds` rounds of `batch` calls. */
function timeIt(fn, batch = 2000, rounds = 25) {
  for (let i = 0; i < batch; i++) fn() // warm up
  const per = []
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now()
    for (let i = 0; i < batch; i++) fn()
    per.push(((performance.now() - t0) * 1000) / batch)
  }
  return median(per)
}

const wasm = readFileSync(wasmPath)
console.log(`wasm: ${wasm.length} bytes raw, ${gzipSync(wasm, { level: 9 }).length} gzipped`)

const t0 = performance.now()
const api = await import(`${root}js/node.js`)
const loadMs = performance.now() - t0
console.log(`import + compile + instantiate (Node): ${loadMs.toFixed(1)} ms`)
const { Monty, runMontyAsync } = api

const fresh = timeIt(() => new Monty('1 + 1').run())
let n = 0
const freshSource = timeIt(() => new Monty(`1 + ${n++}`).run())
const compiled = new Monty('1 + 1')
const runOnly = timeIt(() => compiled.run())
const hostCode = new Monty('f(1)')
const hostCall = timeIt(() => {
  const s = hostCode.start()
  s.resume({ returnValue: 2 })
})
console.log(`new Monty('1 + 1').run(): ${fresh.toFixed(2)} µs median (program cache hit: compiled once)`)
console.log(`new Monty('1 + <n>').run(), a new source each time: ${freshSource.toFixed(2)} µs median (compile + run)`)
console.log(`compiled.run() of '1 + 1': ${runOnly.toFixed(2)} µs median`)
console.log(`start + one host call resumed + complete: ${hostCall.toFixed(2)} µs median`)

const python = process.env.PYTHON ?? 'python3'
const cpy = (stmt, setup = 'pass', number = 20000) =>
  Number(
    execFileSync(python, ['-c', `import timeit; print(min(timeit.repeat(${JSON.stringify(stmt)}, setup=${JSON.stringify(setup)}, number=${number}, repeat=5)) / ${number} * 1e6)`]).toString(),
  )
const cpyFresh = cpy("exec(compile('1 + 1', 'main.py', 'exec'))")
console.log(`CPython exec(compile('1 + 1')): ${cpyFresh.toFixed(2)} µs -> ratio ${(freshSource / cpyFresh).toFixed(2)}x (new source each time)`)

const fib = 'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(25)'
const fibMonty = new Monty(fib)
const runs = []
for (let i = 0; i < 7; i++) {
  const t = performance.now()
  fibMonty.run()
  runs.push(performance.now() - t)
}
const fibWasm = median(runs)
const fibCpy = cpy('fib(25)', 'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)', 3) / 1000
console.log(`fib(25): wasm in Node ${fibWasm.toFixed(1)} ms, CPython ${fibCpy.toFixed(1)} ms -> ratio ${(fibWasm / fibCpy).toFixed(2)}x`)
const cli = `${root}target/release/monty`
if (existsSync(cli)) {
  // The native CLI has no clock for Python code: time 1 and 6 calls and take the difference.
  const procMs = (calls) => {
    const src = `${fib.replace('fib(25)', '')}\n${'fib(25)\n'.repeat(calls)}`
    const times = []
    for (let i = 0; i < 5; i++) {
      const t = performance.now()
      execFileSync(cli, ['-c', src])
      times.push(performance.now() - t)
    }
    return median(times)
  }
  const fibNative = (procMs(6) - procMs(1)) / 5
  console.log(`fib(25): native monty ${fibNative.toFixed(1)} ms -> wasm/native ${(fibWasm / fibNative).toFixed(2)}x, native/CPython ${(fibNative / fibCpy).toFixed(2)}x`)
}

const gather = new Monty('import asyncio\nawait asyncio.gather(fetch(1), fetch(2))')
const slow = (x) => new Promise((resolve) => setTimeout(() => resolve(x), 100))
const g0 = performance.now()
await runMontyAsync(gather, { externalFunctions: { fetch: slow } })
console.log(`gather of two 100 ms host calls: ${(performance.now() - g0).toFixed(1)} ms`)
