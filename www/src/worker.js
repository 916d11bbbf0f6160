// The interpreter runs here, in a Web Worker, so that a long or runaway program never blocks
// the page: prints stream to the page as the VM flushes them, and the page can always stop us
// (terminate the worker) even if a limit were too generous.
//
// Messages in:  init {wasmUrl or module (compiled) and wasmBytes, autorun (run the default example)} · run {code, host, limits, step} · answer {answer} ·
//               save · restore {bytes, host, limits} · repl-feed {code} · repl-reset
// Messages out: ready {wasmBytes, initMs} · print {text} · call {name, args, kwargs} ·
//               done {result, timings} · failed {error, timings} · snapshot {bytes} ·
//               repl {text, isError}

import {
  initMonty, Monty, MontyRepl, MontySnapshot, MontyNameLookup, MontyOsCall, MontyFutureSnapshot, MontyComplete,
  MontyError, runMontyAsync, loadSnapshot,
} from '../../js/core.js'
import { pyRepr } from './repr.js'
import { DEFAULT_EXAMPLE, exampleById, limitsFor } from './examples.js'

const SCRIPT = 'main.py'

/** The paused run in step mode, waiting for the page's answer. */
let paused = null
let repl = null

const post = (message) => self.postMessage(message)
const print = (_stream, text) => post({ type: 'print', text })

/** Host functions from the page's JavaScript: every top-level function declaration. */
function hostFunctions(source) {
  const names = [...source.matchAll(/^\s*(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/gm)].map((m) => m[1])
  const body = `${source}\nreturn { ${names.join(', ')} }`
  return new Function(body)()
}

function limitsOf(l) {
  return { maxDurationSecs: l.time, maxMemory: Math.round(l.memory * 1024 * 1024), maxRecursionDepth: l.recursion }
}

/** An error as the page shows it: CPython's text, and the failing line of the script. */
function describe(error) {
  if (!(error instanceof MontyError)) {
    return { text: `${error?.name ?? 'Error'}: ${error?.message ?? error}`, line: null, kind: 'host' }
  }
  const frames = typeof error.traceback === 'function' ? error.traceback() : []
  const ours = frames.filter((f) => f.filename === SCRIPT)
  const line = ours.length ? ours[ours.length - 1].line : null
  const text = typeof error.traceback === 'function' ? error.display('traceback') : error.display('type-msg')
  return { text, line, kind: error.name }
}

const clock = () => performance.now()

/** Per-run timing: compile (µs) and run (ms), and Python's own time from the usage. */
class Timer {
  constructor() {
    this.compileUs = 0
    this.runStart = 0
  }

  compile(code) {
    const t0 = clock()
    const monty = new Monty(code, { scriptName: SCRIPT })
    this.compileUs = (clock() - t0) * 1000
    this.runStart = clock()
    return monty
  }

  get report() {
    return { compileUs: this.compileUs, runMs: clock() - this.runStart }
  }
}

let timer = new Timer()

async function run({ code, host, limits, step }) {
  paused = null
  timer = new Timer()
  try {
    const monty = timer.compile(code)
    const options = { limits: limitsOf(limits), printCallback: print }
    if (step) {
      const functions = hostFunctions(host)
      return advance(monty.start(options), functions)
    }
    const result = await runMontyAsync(monty, { ...options, externalFunctions: hostFunctions(host) })
    post({ type: 'done', result: pyRepr(result), timings: timer.report })
  } catch (error) {
    post({ type: 'failed', error: describe(error), timings: timer.report })
  }
}

/**
 * Step mode: answer everything that is not a host function call ourselves, and stop at each
 * call so that the page can show it and answer it.
 */
async function advance(progress, functions) {
  try {
    for (;;) {
      if (progress instanceof MontyComplete) {
        paused = null
        return post({ type: 'done', result: pyRepr(progress.output), timings: timer.report })
      }
      if (progress instanceof MontyNameLookup) {
        progress = progress.resume()
      } else if (progress instanceof MontyOsCall) {
        // asyncio.sleep takes no time when stepping; other OS operations are not permitted.
        progress = progress.functionName === 'asyncio.sleep' ? progress.resume({ returnValue: null }) : progress.resumeUnhandled()
      } else if (progress instanceof MontySnapshot) {
        paused = { progress, functions }
        return post({ type: 'call', name: progress.functionName, args: progress.args.map(pyRepr), kwargs: kwargsRepr(progress.kwargs) })
      } else if (progress instanceof MontyFutureSnapshot) {
        throw new MontyError('RuntimeError', 'step mode answers every call at once; nothing should be pending')
      }
    }
  } catch (error) {
    paused = null
    post({ type: 'failed', error: describe(error), timings: timer.report })
  }
}

function kwargsRepr(kwargs) {
  const entries = kwargs instanceof Map ? [...kwargs] : Object.entries(kwargs ?? {})
  return entries.map(([k, v]) => `${k}=${pyRepr(v)}`)
}

/** A Python literal typed by the user, evaluated by the interpreter itself. */
function literal(text) {
  return new Monty(text, { scriptName: '<answer>' }).run({ limits: { maxDurationSecs: 0.5, maxMemory: 16 << 20 } })
}

async function answer({ answer }) {
  if (!paused) return post({ type: 'failed', error: { text: 'nothing is paused', line: null, kind: 'usage' }, timings: timer.report })
  const { progress, functions } = paused
  let reply
  try {
    if (answer.kind === 'return') {
      reply = { returnValue: literal(answer.value) }
    } else if (answer.kind === 'raise') {
      reply = { exception: { type: answer.type, message: answer.message } }
    } else {
      const fn = functions[progress.functionName]
      if (typeof fn !== 'function') throw new Error(`no host function named ${progress.functionName}`)
      const kwargs = progress.kwargs
      reply = { returnValue: await fn(...progress.args, kwargs) }
    }
  } catch (error) {
    if (answer.kind === 'host') reply = { exception: { type: error?.name === 'Error' ? 'RuntimeError' : error?.name ?? 'RuntimeError', message: String(error?.message ?? error) } }
    else return post({ type: 'answer-invalid', message: describe(error).text })
  }
  paused = null
  await advance(progress.resume(reply), functions)
}

function save() {
  if (!paused) return post({ type: 'answer-invalid', message: 'no paused run to save' })
  const bytes = paused.progress.dump()
  post({ type: 'snapshot', bytes }, [bytes.buffer])
}

async function restore({ bytes, host, limits }) {
  timer = new Timer()
  try {
    const progress = loadSnapshot(new Uint8Array(bytes), { printCallback: print })
    if (typeof progress.setLimits === 'function') progress.setLimits(limitsOf(limits))
    await advance(progress, hostFunctions(host))
  } catch (error) {
    post({ type: 'failed', error: describe(error), timings: timer.report })
  }
}

function replFeed({ code, limits }) {
  repl ??= new MontyRepl({ scriptName: '<stdin>', limits: limitsOf(limits) })
  let printed = ''
  try {
    const value = repl.feed(code, { printCallback: (_s, text) => { printed += text } })
    const shown = value === null || value === undefined ? '' : `${pyRepr(value)}\n`
    post({ type: 'repl', text: printed + shown, isError: false })
  } catch (error) {
    post({ type: 'repl', text: printed + describe(error).text + '\n', isError: true })
  }
}

self.onmessage = async ({ data }) => {
  switch (data.type) {
    case 'init': {
      const t0 = clock()
      performance.mark('monty:init')
      let wasmBytes = data.wasmBytes
      if (data.module) {
        await initMonty(data.module) // compiled by the page while this worker started
      } else {
        const response = await fetch(data.wasmUrl)
        wasmBytes = Number(response.headers.get('content-length'))
        await initMonty(response) // compiles while it downloads
      }
      performance.mark('monty:ready')
      post({ type: 'ready', wasmBytes, initMs: clock() - t0 })
      // The default example starts here rather than from the page, so that its first result
      // does not wait for the page's larger script to load.
      if (data.autorun) {
        const example = exampleById(DEFAULT_EXAMPLE)
        return run({ code: example.code, host: example.host, limits: limitsFor(example), step: false })
      }
      return
    }
    case 'run':
      return run(data)
    case 'answer':
      return answer(data)
    case 'save':
      return save()
    case 'restore':
      return restore(data)
    case 'repl-feed':
      return replFeed(data)
    case 'repl-reset':
      repl = null
      return post({ type: 'repl', text: '', isError: false, reset: true })
  }
}
