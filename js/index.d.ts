// Type declarations for monty-wasm. The API mirrors @pydantic/monty (0.0.18).

/** A value crossing between JS and Python; see README "Values". */
export type JsMontyObject = any

export interface ResourceLimits {
  /** Estimated heap bytes. */
  maxMemory?: number
  /** Heap allocations over the whole run. */
  maxAllocations?: number
  /** Seconds spent running Python (waiting for the host is not counted). */
  maxDurationSecs?: number
  /** A deterministic budget of interpreter instructions. */
  maxInstructions?: number
  /** Python call depth (default 1000); deeper calls raise RecursionError. */
  maxRecursionDepth?: number
  /** Collect garbage every N allocations (default: adaptive). */
  gcInterval?: number
}

/** `stream` is 'stderr' for `print(..., file=sys.stderr)` and `sys.stderr.write`. */
export type PrintCallback = (stream: 'stdout' | 'stderr', text: string) => void
export type DictAs = 'map' | 'object'

export interface MontyOptions {
  /** File name in tracebacks. Default 'main.py'. */
  scriptName?: string
  /** Names of input variables whose values each run supplies. */
  inputs?: string[]
  /** Names that are external functions even when not given at run time (optional: calls of
   * undefined names reach the host anyway). */
  externalFunctions?: string[]
  /** How Python dicts come out: Map (default) or plain objects. */
  dictAs?: DictAs
}

export type OsHandler = (functionName: string, args: JsMontyObject[], kwargs: Record<string, JsMontyObject>) => unknown

export interface StartOptions {
  inputs?: Record<string, JsMontyObject> | Map<string, JsMontyObject>
  limits?: ResourceLimits
  /** Receives print output as it is flushed. Default: process.stdout (Node) / console.log. */
  printCallback?: PrintCallback
  dictAs?: DictAs
}

export interface RunOptions extends StartOptions {
  /** Synchronous host functions by name (use runMontyAsync for async ones). */
  externalFunctions?: Record<string, (...args: any[]) => unknown>
  /** Answers OS calls (os.getenv, Path.read_text...); without it they raise PermissionError. */
  os?: OsHandler
}

export interface RunMontyAsyncOptions extends StartOptions {
  /** Host functions by name, sync or async. Called as fn(...args, kwargs). */
  externalFunctions?: Record<string, (...args: any[]) => unknown>
  os?: OsHandler
}

export interface ExceptionInput {
  type: string
  message?: string
}

export type ResumeOptions =
  | { returnValue: unknown }
  | { exception: ExceptionInput | Error }
  | { future: true }

export interface NameLookupResumeOptions {
  value?: unknown
}

export interface LoadOptions {
  printCallback?: PrintCallback
  limits?: ResourceLimits
  dictAs?: DictAs
  scriptName?: string
}

export interface Frame {
  filename: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** null for module-level code. */
  functionName: string | null
  sourceLine: string | null
}

export interface ExceptionInfo {
  typeName: string
  message: string
}

export interface ResourceUsage {
  instructions: number
  durationSecs: number
  memoryPeak: number
  allocations: number
  maxRecursionDepth: number
}

export declare class MontyError extends Error {
  constructor(typeName: string, message: string)
  /** The Python exception type, or the kind of failure. */
  get excType(): string
  get exception(): ExceptionInfo
  display(format?: 'type-msg' | 'msg'): string
}

export declare class MontySyntaxError extends MontyError {
  traceback(): Frame[]
  display(format?: 'traceback' | 'type-msg' | 'msg'): string
}

export declare class MontyRuntimeError extends MontyError {
  traceback(): Frame[]
  display(format?: 'traceback' | 'type-msg' | 'msg'): string
}

/** A resource limit stopped the run (not catchable in Python). */
export declare class MontyLimitError extends MontyRuntimeError {
  readonly limitKind: 'memory' | 'allocations' | 'duration' | 'instructions'
  readonly limit: number
  readonly used: number
  readonly usage: ResourceUsage
}

/** The API was used wrongly (e.g. a progress resumed twice). */
export declare class MontyUsageError extends MontyError {}

/** Snapshot bytes that cannot be loaded. */
export declare class MontySnapshotError extends MontyError {}

export type Progress = MontySnapshot | MontyOsCall | MontyNameLookup | MontyFutureSnapshot | MontyComplete

export declare class Monty {
  constructor(code: string, options?: MontyOptions)
  run(options?: RunOptions): JsMontyObject
  start(options?: StartOptions): Progress
  dump(): Uint8Array
  static load(data: Uint8Array, options?: { dictAs?: DictAs }): Monty
  get scriptName(): string
  get inputs(): string[]
  repr(): string
}

declare abstract class PausedProgress {
  get scriptName(): string
  dump(): Uint8Array
  setLimits(limits: ResourceLimits): void
}

/** The run called an external function. */
export declare class MontySnapshot extends PausedProgress {
  get functionName(): string
  get args(): JsMontyObject[]
  get kwargs(): Record<string, JsMontyObject>
  get callId(): number
  /** The caller is async code that can await a future (`resume({future: true})`). */
  get callerIsAsync(): boolean
  resume(options: ResumeOptions): Progress
  static load(data: Uint8Array, options?: LoadOptions): MontySnapshot
  repr(): string
}

/** The run asked for an OS operation (see docs/host-api.md); answer like a call. */
export declare class MontyOsCall extends MontySnapshot {
  resumeUnhandled(): Progress
  static load(data: Uint8Array, options?: LoadOptions): MontyOsCall
}

/** The run read an undefined name. */
export declare class MontyNameLookup extends PausedProgress {
  get variableName(): string
  resume(options?: NameLookupResumeOptions): Progress
  static load(data: Uint8Array, options?: LoadOptions): MontyNameLookup
  repr(): string
}

/** Every task waits on host futures. */
export declare class MontyFutureSnapshot extends PausedProgress {
  get pendingCallIds(): number[]
  resume(results: Record<number, { returnValue: unknown } | { exception: ExceptionInput | Error }>): Progress
  static load(data: Uint8Array, options?: LoadOptions): MontyFutureSnapshot
  repr(): string
}

export declare class MontyComplete {
  get output(): JsMontyObject
  get usage(): ResourceUsage
  /** For a REPL feed: the session, ready for the next feed. */
  get repl(): MontyRepl | null
  repr(): string
}

export interface MontyReplOptions {
  scriptName?: string
  limits?: ResourceLimits
  dictAs?: DictAs
}

export declare class MontyRepl {
  constructor(options?: MontyReplOptions)
  get scriptName(): string
  feed(code: string, options?: { printCallback?: PrintCallback; dictAs?: DictAs }): JsMontyObject
  feedStart(code: string, options?: StartOptions): Progress
  feedAsync(code: string, options?: RunMontyAsyncOptions): Promise<JsMontyObject>
  setLimits(limits: ResourceLimits): void
  dump(): Uint8Array
  static load(data: Uint8Array, options?: { dictAs?: DictAs }): MontyRepl
  repr(): string
}

export declare function runMontyAsync(monty: Monty, options?: RunMontyAsyncOptions): Promise<JsMontyObject>

/** Load any paused snapshot (function call, name lookup, OS call, futures; run or REPL feed). */
export declare function loadSnapshot(data: Uint8Array, options?: LoadOptions): Progress

/** Mark an array as a Python tuple. */
export declare function tuple<T extends unknown[]>(...items: T): T

export declare function setDefaultPrintCallback(callback: PrintCallback | undefined): void
