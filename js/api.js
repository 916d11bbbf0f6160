// The public API of monty-wasm, shaped like @pydantic/monty's so that switching is a change
// of import. Everything here is synchronous except runMontyAsync; the entry modules
// (node.js, browser.js) instantiate the wasm module before re-exporting this one.

import {
  WasmProgress, WasmRepl, lastPanic, compileProgram, loadProgram, runProgram, startProgram, dumpProgram, programSignature,
} from '../pkg/monty_wasm.js'
import { encode, encodeList, decode, decodeKwargs, usageFrom, pythonExceptionType, tuple } from './wire.js'
import { MontyError, MontyUsageError, decodeError } from './errors.js'

export { tuple } from './wire.js'
export * from './errors.js'

const LIMIT_KEYS = ['maxMemory', 'maxAllocations', 'maxDurationSecs', 'maxInstructions', 'maxRecursionDepth', 'gcInterval']
const KIND = { COMPLETE: 0, FUNCTION_CALL: 1, NAME_LOOKUP: 2, OS_CALL: 3, FUTURES: 4 }

let defaultPrint

/** Where print output goes when no printCallback is given (set by the entry module). */
export function setDefaultPrintCallback(callback) {
  defaultPrint = callback
}

/** Turn whatever a wasm call threw into the error to give the caller. */
function failure(e) {
  if (e instanceof Uint8Array) return decodeError(e)
  if (e instanceof WebAssembly.RuntimeError || (e instanceof RangeError && /call stack/.test(e.message))) {
    const panic = lastPanic()
    const why = panic ?? e.message
    return new MontyError('InternalError', `the interpreter failed (${why}); this is a bug in monty-wasm, please report it`)
  }
  return e
}

/** Call into wasm, converting what it throws. */
function native(call) {
  try {
    return call()
  } catch (e) {
    throw failure(e)
  }
}

function limitsArray(limits) {
  if (limits == null) return undefined
  if (typeof limits !== 'object') throw new TypeError('limits must be an object')
  for (const key of Object.keys(limits)) {
    if (!LIMIT_KEYS.includes(key)) throw new TypeError(`unknown limit '${key}' (known: ${LIMIT_KEYS.join(', ')})`)
  }
  return LIMIT_KEYS.map((key) => {
    const v = limits[key]
    if (v == null) return NaN
    if (typeof v !== 'number' || !(v >= 0)) throw new TypeError(`limit ${key} must be a non-negative number, got ${v}`)
    return v
  })
}

function printFn(options) {
  const cb = options?.printCallback
  if (cb == null) return defaultPrint
  if (typeof cb !== 'function') throw new TypeError('printCallback must be a function (stream, text) => void')
  return cb
}

function dictAsOf(options, fallback = 'map') {
  const dictAs = options?.dictAs ?? fallback
  if (dictAs !== 'map' && dictAs !== 'object') throw new TypeError(`dictAs must be 'map' or 'object', got ${dictAs}`)
  return dictAs
}

function bytesOf(data) {
  if (data instanceof Uint8Array) return data
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  throw new TypeError('snapshot data must be a Uint8Array')
}

/** What every progress object of one run shares. */
class RunContext {
  constructor(scriptName, print, dictAs, repl) {
    this.scriptName = scriptName
    this.print = print
    this.dictAs = dictAs
    this.repl = repl // the MontyRepl a feed belongs to, if any
  }
}

/**
 * Wrap a native progress in its JS class. (Calls of undefined names, `fetch(url)`, already
 * arrive as function calls, as in @pydantic/monty; lookups are names that are only read.)
 */
function progressFrom(p, ctx) {
  switch (p.kind()) {
    case KIND.COMPLETE:
      return new MontyComplete(p, ctx)
    case KIND.FUNCTION_CALL:
      return new MontySnapshot(p, ctx)
    case KIND.OS_CALL:
      return new MontyOsCall(p, ctx)
    case KIND.FUTURES:
      return new MontyFutureSnapshot(p, ctx)
    case KIND.NAME_LOOKUP:
      return new MontyNameLookup(p, ctx)
    default:
      throw new MontyError('InternalError', `unknown progress kind ${p.kind()}`)
  }
}

/** Load a paused run (or paused REPL feed) from bytes. */
function loadProgress(data, options) {
  const p = native(() => WasmProgress.load(bytesOf(data)))
  const ctx = new RunContext(options?.scriptName ?? '', printFn(options), dictAsOf(options), null)
  if (options?.limits) native(() => p.setLimits(limitsArray(options.limits)))
  return progressFrom(p, ctx)
}

/** Shared by the paused classes. */
class Paused {
  constructor(p, ctx) {
    this._native = p
    this._ctx = ctx
  }

  get scriptName() {
    return this._ctx.scriptName
  }

  /** Serialize the paused run (Uint8Array); load it with the class's static `load`. */
  dump() {
    return native(() => this._native.dump())
  }

  /** Change the limits for the rest of the run. */
  setLimits(limits) {
    native(() => this._native.setLimits(limitsArray(limits)))
  }

  /**
   * Resume: the native progress is spent afterwards, so free it now rather than leaving its
   * memory to the garbage collector (usage errors leave it usable, so it is kept then).
   */
  _next(call) {
    let next
    try {
      next = call()
    } catch (e) {
      const error = failure(e)
      if (!(error instanceof MontyUsageError)) this._spend()
      throw error
    }
    this._spend()
    return progressFrom(next, this._ctx)
  }

  _spend() {
    if (this._native !== SPENT) {
      this._native.free()
      this._native = SPENT
    }
  }
}

/** Stands in for a freed native progress: answers like one that was resumed already. */
const alreadyResumed = () => {
  throw new MontyUsageError('this progress has already been resumed')
}
const SPENT = new Proxy({}, { get: () => alreadyResumed })

/** Answers for a function or OS call: `{returnValue}`, `{exception: {type, message}}` or `{future: true}`. */
function resumeCall(paused, options) {
  if (options == null || typeof options !== 'object') {
    throw new TypeError('resume() needs {returnValue}, {exception: {type, message}} or {future: true}')
  }
  const p = paused._native
  const print = paused._ctx.print
  if ('exception' in options && options.exception != null) {
    const { type, message } = exceptionInput(options.exception)
    return paused._next(() => p.resumeException(type, message, print))
  }
  if (options.future === true) return paused._next(() => p.resumeFuture(print))
  if ('returnValue' in options) return paused._next(() => p.resumeReturn(encode(options.returnValue), print))
  throw new TypeError('resume() needs returnValue or exception (or future: true)')
}

function exceptionInput(exc) {
  if (exc instanceof Error) return { type: pythonExceptionType(exc), message: String(exc.message ?? '') }
  if (typeof exc !== 'object' || typeof exc.type !== 'string') {
    throw new TypeError('exception must be {type: string, message: string}')
  }
  return { type: exc.type, message: exc.message == null ? '' : String(exc.message) }
}

/** The run called an external function: answer with `resume()`. */
export class MontySnapshot extends Paused {
  get functionName() {
    return this._native.functionName()
  }

  get args() {
    return decode(this._native.args(), this._ctx.dictAs)
  }

  /** Keyword arguments as a plain object. */
  get kwargs() {
    return decodeKwargs(this._native.kwargs())
  }

  /** Unique within the run; the key for resolving this call's future. */
  get callId() {
    return this._native.callId()
  }

  /** The call was made from async code that can await a future (`{future: true}`). */
  get callerIsAsync() {
    return this._native.callerIsAsync()
  }

  /** `{returnValue}`, `{exception: {type, message}}` or `{future: true}`. */
  resume(options) {
    return resumeCall(this, options)
  }

  static load(data, options) {
    return expectKind(loadProgress(data, options), MontySnapshot)
  }

  repr() {
    return `MontySnapshot(scriptName=${JSON.stringify(this.scriptName)}, functionName=${JSON.stringify(this.functionName)}, callId=${this.callId})`
  }
}

/**
 * The run asked for an operating-system operation (`os.getenv`, `Path.read_text`,
 * `asyncio.sleep`...; see docs/host-api.md). Answer like a function call, or with
 * `resumeUnhandled()` for a PermissionError.
 */
export class MontyOsCall extends MontySnapshot {
  resumeUnhandled() {
    const message = `${this.functionName} is not permitted in the sandbox`
    return this.resume({ exception: { type: 'PermissionError', message } })
  }

  static load(data, options) {
    return expectKind(loadProgress(data, options), MontyOsCall)
  }

  repr() {
    return `MontyOsCall(functionName=${JSON.stringify(this.functionName)}, callId=${this.callId})`
  }
}

/** The run read a name that is not defined: `resume({value})`, or `resume()` for NameError. */
export class MontyNameLookup extends Paused {
  get variableName() {
    return this._native.variableName()
  }

  resume(options) {
    const p = this._native
    const print = this._ctx.print
    if (options == null || options.value === undefined) return this._next(() => p.resumeName(undefined, print))
    // A function given for the name makes it an external function of that name.
    const value =
      typeof options.value === 'function' ? { __monty_type__: 'Function', name: this.variableName } : options.value
    return this._next(() => p.resumeName(encode(value), print))
  }

  static load(data, options) {
    return expectKind(loadProgress(data, options), MontyNameLookup)
  }

  repr() {
    return `MontyNameLookup(variableName=${JSON.stringify(this.variableName)})`
  }
}

/**
 * Every task waits on calls answered with `{future: true}`: resolve any of them with
 * `resume({[callId]: {returnValue} | {exception: {type, message}}})`.
 */
export class MontyFutureSnapshot extends Paused {
  get pendingCallIds() {
    return Array.from(this._native.pendingCallIds())
  }

  resume(results) {
    if (results == null || typeof results !== 'object') {
      throw new TypeError('resume() needs an object mapping call ids to {returnValue} or {exception}')
    }
    const ids = []
    const items = []
    for (const [key, result] of results instanceof Map ? results : Object.entries(results)) {
      const id = Number(key)
      if (!Number.isInteger(id) || id < 0) throw new TypeError(`'${key}' is not a call id`)
      if (result == null || typeof result !== 'object') throw new TypeError(`result for call ${id} must be an object`)
      ids.push(id)
      if (result.exception != null) {
        const { type, message } = exceptionInput(result.exception)
        items.push([false, type, message])
      } else if ('returnValue' in result) {
        items.push([true, result.returnValue])
      } else {
        throw new TypeError(`result for call ${id} needs returnValue or exception`)
      }
    }
    const p = this._native
    const encoded = encodeList(items.map((item) => tuple(...item)))
    return this._next(() => p.resumeFutures(Uint32Array.from(ids), encoded, this._ctx.print))
  }

  static load(data, options) {
    return expectKind(loadProgress(data, options), MontyFutureSnapshot)
  }

  repr() {
    return `MontyFutureSnapshot(pendingCallIds=[${this.pendingCallIds.join(', ')}])`
  }
}

function expectKind(progress, cls) {
  if (progress instanceof cls) return progress
  throw new MontyUsageError(`the snapshot is a ${progress.constructor.name}, not a ${cls.name} (use loadSnapshot())`)
}

/** The run finished: `output` is the value of its last expression statement. */
export class MontyComplete {
  constructor(p, ctx) {
    this._output = decode(p.output(), ctx.dictAs)
    this._usage = usageFrom(p.usage())
    // A finished REPL feed hands its session back.
    this._repl = p.isFeed() ? ctx.repl ?? MontyRepl._wrap(p.repl(), ctx) : null
    p.free() // everything is read
  }

  get output() {
    return this._output
  }

  /** Resources the run used: instructions, durationSecs, memoryPeak, allocations, maxRecursionDepth. */
  get usage() {
    return this._usage
  }

  /** For a REPL feed started with feedStart (or loaded from a paused feed): the session. */
  get repl() {
    return this._repl
  }

  repr() {
    return `MontyComplete(output=${String(this._output)})`
  }
}

/** Load any paused snapshot (function call, name lookup, OS call, futures; run or REPL feed). */
export function loadSnapshot(data, options) {
  return loadProgress(data, options)
}

/** The signal the module throws when a compiled program was dropped from its cache. */
const EVICTED = 'monty-wasm:evicted'

/**
 * A compiled program; run it as often as you like. The compiled form lives in a bounded
 * cache inside the module (equal sources share it); this object keeps the recipe to rebuild
 * it, so dropping a Monty needs no cleanup and a loop creating millions of them stays flat.
 */
export class Monty {
  /**
   * @param {string} code Python source
   * @param {{scriptName?: string, inputs?: string[], externalFunctions?: string[], dictAs?: 'map'|'object'}} [options]
   */
  constructor(code, options) {
    if (typeof code !== 'string') throw new TypeError('code must be a string')
    const scriptName = options?.scriptName ?? 'main.py'
    const inputs = options?.inputs ?? []
    const external = options?.externalFunctions ?? []
    if (!Array.isArray(inputs) || !inputs.every((n) => typeof n === 'string')) {
      throw new TypeError('inputs must be an array of names')
    }
    if (!Array.isArray(external) || !external.every((n) => typeof n === 'string')) {
      throw new TypeError('externalFunctions must be an array of names (give the functions to run())')
    }
    this._dictAs = dictAsOf(options)
    this._scriptName = scriptName
    this._inputs = inputs.slice()
    this._recipe = () => compileProgram(code, scriptName, inputs, external)
    this._id = native(this._recipe)
  }

  /** Call into the module with this program's id, recompiling it if it was evicted. */
  _with(call) {
    try {
      return call(this._id)
    } catch (e) {
      if (e !== EVICTED) throw failure(e)
    }
    this._id = native(this._recipe)
    return native(() => call(this._id))
  }

  get scriptName() {
    return this._scriptName
  }

  get inputs() {
    return this._inputs.slice()
  }

  _inputBytes(values) {
    const names = this._inputs
    if (names.length === 0) {
      if (values != null && Object.keys(values).length > 0) {
        throw new MontyUsageError(`unexpected input(s): ${Object.keys(values).join(', ')} (declare them with new Monty(code, {inputs}))`)
      }
      return undefined
    }
    if (values == null || typeof values !== 'object') {
      throw new MontyUsageError(`missing input(s): ${names.join(', ')}`)
    }
    const entries = values instanceof Map ? values : new Map(Object.entries(values))
    const missing = names.filter((n) => !entries.has(n))
    if (missing.length) throw new MontyUsageError(`missing input(s): ${missing.join(', ')}`)
    const extra = [...entries.keys()].filter((k) => !names.includes(k))
    if (extra.length) throw new MontyUsageError(`unexpected input(s): ${extra.join(', ')}`)
    return encodeList(names.map((n) => entries.get(n)))
  }

  /**
   * Run to completion and return the last expression's value. With `externalFunctions`
   * (name -> sync function), calls of those names are answered by them; otherwise unknown
   * names raise NameError in Python. Use runMontyAsync for async functions.
   */
  run(options) {
    if (options?.externalFunctions != null || options?.os != null) {
      return driveSync(this.start(options), options)
    }
    const inputs = this._inputBytes(options?.inputs)
    const limits = limitsArray(options?.limits)
    const print = printFn(options)
    const out = this._with((id) => runProgram(id, inputs, limits, print))
    return decode(out, dictAsOf(options, this._dictAs))
  }

  /** Start a run: MontySnapshot | MontyNameLookup | MontyOsCall | MontyFutureSnapshot | MontyComplete. */
  start(options) {
    const inputs = this._inputBytes(options?.inputs)
    const limits = limitsArray(options?.limits)
    const ctx = new RunContext(this._scriptName, printFn(options), dictAsOf(options, this._dictAs), null)
    return progressFrom(this._with((id) => startProgram(id, inputs, limits, ctx.print)), ctx)
  }

  /** The compiled program as bytes (Uint8Array): its sources, input and function names. */
  dump() {
    return this._with(dumpProgram)
  }

  static load(data, options) {
    const bytes = bytesOf(data).slice()
    const m = Object.create(Monty.prototype)
    m._recipe = () => loadProgram(bytes)
    m._id = native(m._recipe)
    const [scriptName, ...inputs] = native(() => programSignature(m._id))
    m._scriptName = scriptName
    m._inputs = inputs
    m._dictAs = dictAsOf(options)
    return m
  }

  repr() {
    return `Monty(scriptName=${JSON.stringify(this._scriptName)}, inputs=${JSON.stringify(this._inputs)})`
  }
}

function hostFunction(functions, name) {
  if (functions == null || !Object.prototype.hasOwnProperty.call(functions, name)) return undefined
  const fn = functions[name]
  return typeof fn === 'function' ? fn : undefined
}

/** Call a host function the way @pydantic/monty does: positional args, then the kwargs object. */
function callHost(fn, snapshot) {
  return fn(...snapshot.args, snapshot.kwargs)
}

function notDefined(name) {
  return { exception: { type: 'NameError', message: `name '${name}' is not defined` } }
}

/** A host function's exception (or rejection), raised in Python at the call site. */
function errorAnswer(error) {
  return { exception: exceptionInput(error instanceof Error ? error : { type: 'RuntimeError', message: String(error) }) }
}

/** Answer a name lookup from the host functions: a known name becomes an external function. */
function answerLookup(progress, functions) {
  return hostFunction(functions, progress.variableName) ? progress.resume({ value: () => {} }) : progress.resume()
}

/** Answer an OS call with the host's `options.os(functionName, args, kwargs)`. */
function osAnswer(progress, options) {
  return options.os(progress.functionName, progress.args, progress.kwargs)
}

/**
 * Call the host function a MontySnapshot asks for: `{answer}` to resume with, or `{promise}`
 * when the function returned a thenable (the sync and async loops treat that differently).
 */
function callForAnswer(progress, functions) {
  const fn = hostFunction(functions, progress.functionName)
  if (!fn) return { answer: notDefined(progress.functionName) }
  try {
    const value = callHost(fn, progress)
    return isThenable(value) ? { promise: value } : { answer: { returnValue: value } }
  } catch (e) {
    return { answer: errorAnswer(e) }
  }
}

/** The synchronous host loop behind `run({externalFunctions})`. */
function driveSync(progress, options) {
  const functions = options.externalFunctions
  for (;;) {
    if (progress instanceof MontyComplete) return progress.output
    if (progress instanceof MontyNameLookup) {
      progress = answerLookup(progress, functions)
    } else if (progress instanceof MontyOsCall) {
      if (progress.functionName === 'asyncio.sleep') {
        progress = progress.resume({ returnValue: null }) // no event loop to wait with
        continue
      }
      if (typeof options?.os !== 'function') {
        progress = progress.resumeUnhandled()
        continue
      }
      let answer
      try {
        answer = { returnValue: osAnswer(progress, options) }
      } catch (e) {
        answer = errorAnswer(e)
      }
      progress = progress.resume(answer)
    } else if (progress instanceof MontySnapshot) {
      const { answer, promise } = callForAnswer(progress, functions)
      const message = `external function '${progress.functionName}' returned a Promise: use runMontyAsync() for async functions`
      progress = progress.resume(promise ? { exception: { type: 'RuntimeError', message } } : answer)
    } else if (progress instanceof MontyFutureSnapshot) {
      throw new MontyUsageError('the run is waiting on host futures: use runMontyAsync() for async functions')
    }
  }
}

const isThenable = (v) => v != null && (typeof v === 'object' || typeof v === 'function') && typeof v.then === 'function'

/**
 * Run with external functions that may be async. A Promise returned to async Python code
 * becomes a future, so `await asyncio.gather(fetch(a), fetch(b))` runs both host calls at
 * once; plain code calling an async function waits for it. Rejections are raised in Python
 * at the call site (the Error's name as the exception type when Python has it, else
 * RuntimeError). `await asyncio.sleep(s)` really waits.
 *
 * @returns {Promise<any>} the last expression's value
 */
export async function runMontyAsync(monty, options = {}) {
  return driveAsync(monty.start(options), options)
}

/** The asynchronous host loop (also behind MontyRepl.feedAsync). */
async function driveAsync(progress, options) {
  const functions = options?.externalFunctions
  const pending = new Map() // call id -> {promise, settled, answer}
  const track = (id, promise) => {
    const entry = { settled: false, answer: null }
    entry.promise = Promise.resolve(promise).then(
      (value) => Object.assign(entry, { settled: true, answer: { returnValue: value } }),
      (error) => Object.assign(entry, { settled: true, answer: errorAnswer(error) }),
    )
    pending.set(id, entry)
  }
  for (;;) {
    if (progress instanceof MontyComplete) return progress.output
    if (progress instanceof MontyNameLookup) {
      progress = answerLookup(progress, functions)
    } else if (progress instanceof MontyOsCall) {
      if (progress.functionName === 'asyncio.sleep') {
        const seconds = Number(progress.args[0]) || 0
        track(progress.callId, new Promise((resolve) => setTimeout(() => resolve(null), seconds * 1000)))
        progress = progress.resume({ future: true })
        continue
      }
      if (typeof options?.os !== 'function') {
        progress = progress.resumeUnhandled()
        continue
      }
      let answer
      try {
        answer = { returnValue: await osAnswer(progress, options) }
      } catch (e) {
        answer = errorAnswer(e)
      }
      progress = progress.resume(answer)
    } else if (progress instanceof MontySnapshot) {
      const { answer: ready, promise } = callForAnswer(progress, functions)
      if (!promise) {
        progress = progress.resume(ready)
      } else if (progress.callerIsAsync) {
        track(progress.callId, promise)
        progress = progress.resume({ future: true })
      } else {
        let answer
        try {
          answer = { returnValue: await promise }
        } catch (e) {
          answer = errorAnswer(e)
        }
        progress = progress.resume(answer)
      }
    } else if (progress instanceof MontyFutureSnapshot) {
      const ids = progress.pendingCallIds
      const waiting = ids.map((id) => pending.get(id))
      if (waiting.some((entry) => entry === undefined)) {
        throw new MontyUsageError(`the run waits on call ids this host did not start: ${ids.filter((id) => !pending.has(id)).join(', ')}`)
      }
      if (!waiting.some((entry) => entry.settled)) await Promise.race(waiting.map((entry) => entry.promise))
      const results = {}
      for (const id of ids) {
        const entry = pending.get(id)
        if (!entry.settled) continue
        results[id] = entry.answer
        pending.delete(id)
      }
      progress = progress.resume(results)
    } else {
      throw new MontyError('InternalError', 'unexpected progress object')
    }
  }
}

/** An interactive session: state (globals, functions, classes) persists across feeds. */
export class MontyRepl {
  /** @param {{scriptName?: string, limits?: object, dictAs?: 'map'|'object'}} [options] */
  constructor(options) {
    const scriptName = options?.scriptName ?? 'main.py'
    this._native = native(() => new WasmRepl(scriptName, limitsArray(options?.limits)))
    this._dictAs = dictAsOf(options)
  }

  static _wrap(nativeRepl, ctx) {
    const r = Object.create(MontyRepl.prototype)
    r._native = nativeRepl
    r._dictAs = ctx.dictAs
    return r
  }

  get scriptName() {
    return native(() => this._native.scriptName)
  }

  /** Run code without a host; returns the value of its trailing expression. */
  feed(code, options) {
    const out = native(() => this._native.feed(code, printFn(options)))
    return decode(out, dictAsOf(options, this._dictAs))
  }

  /**
   * Start a feed that may call the host: the same progress objects as Monty.start(). The
   * MontyComplete at the end carries this session as `repl`; meanwhile the session is busy.
   */
  feedStart(code, options) {
    const ctx = new RunContext(this.scriptName, printFn(options), dictAsOf(options, this._dictAs), this)
    return progressFrom(native(() => this._native.feedStart(code, ctx.print)), ctx)
  }

  /** feedStart driven by host functions that may be async (as runMontyAsync). */
  async feedAsync(code, options = {}) {
    return driveAsync(this.feedStart(code, options), options)
  }

  setLimits(limits) {
    native(() => this._native.setLimits(limitsArray(limits)))
  }

  dump() {
    return native(() => this._native.dump())
  }

  static load(data, options) {
    return MontyRepl._wrap(native(() => WasmRepl.load(bytesOf(data))), { dictAs: dictAsOf(options) })
  }

  repr() {
    return `MontyRepl(scriptName=${JSON.stringify(this.scriptName)})`
  }
}
