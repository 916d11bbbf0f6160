// Error classes, named and shaped like @pydantic/monty's so that code catching them keeps
// working, plus MontyLimitError (a resource limit stopped the run), MontyUsageError (the API
// was used wrongly) and MontySnapshotError (bytes that cannot be loaded).

import { ErrorReader } from './wire.js'

const stripNewline = (s) => s.replace(/\n$/, '')

/** Base class of every error the interpreter reports. */
export class MontyError extends Error {
  constructor(typeName, message) {
    super(message ? `${typeName}: ${message}` : typeName)
    this.name = 'MontyError'
    this._typeName = typeName
    this._message = message ?? ''
  }

  /** The Python exception type (`ValueError`...), or the kind of failure. */
  get excType() {
    return this._typeName
  }

  /** `{typeName, message}` of the Python exception. */
  get exception() {
    return { typeName: this._typeName, message: this._message }
  }

  /** 'type-msg' gives `Type: message`, 'msg' the message alone. */
  display(format = 'msg') {
    switch (format) {
      case 'msg':
        return this._message
      case 'type-msg':
        return this._message ? `${this._typeName}: ${this._message}` : this._typeName
      default:
        throw new TypeError(`Invalid display format: '${format}'. Expected 'type-msg' or 'msg'`)
    }
  }
}

/** A Python exception with its traceback (the shared part of syntax and runtime errors). */
class PythonExceptionError extends MontyError {
  constructor(typeName, message, tracebackText = '', frames = []) {
    super(typeName, message)
    this._traceback = tracebackText
    this._frames = frames
  }

  /** Frames, outermost first: `{filename, line, column, endLine, endColumn, functionName, sourceLine}`. */
  traceback() {
    return this._frames.map((f) => ({ ...f }))
  }

  /** 'traceback' (default) gives the text CPython would print; 'type-msg'; 'msg'. */
  display(format = 'traceback') {
    if (format === 'traceback') return stripNewline(this._traceback || this.message)
    if (format === 'type-msg' || format === 'msg') return super.display(format)
    throw new TypeError(`Invalid display format: '${format}'. Expected 'traceback', 'type-msg' or 'msg'`)
  }
}

/** An exception escaped the program: type, message, traceback frames. */
export class MontyRuntimeError extends PythonExceptionError {
  constructor(typeName, message, tracebackText = '', frames = []) {
    super(typeName, message, tracebackText, frames)
    this.name = 'MontyRuntimeError'
  }
}

/** The code does not compile. `excType` is SyntaxError (or IndentationError...). */
export class MontySyntaxError extends PythonExceptionError {
  constructor(typeName, message, tracebackText = '', frames = []) {
    super(typeName, message, tracebackText, frames)
    this.name = 'MontySyntaxError'
  }
}

const LIMIT_EXCEPTION = { memory: 'MemoryError', allocations: 'MemoryError', duration: 'TimeoutError', instructions: 'TimeoutError' }

/**
 * A resource limit stopped the run (Python code cannot catch it). `limitKind` is 'memory',
 * 'allocations', 'duration' or 'instructions'; `limit` and `used` are in that unit (bytes,
 * allocations, seconds, instructions); `usage` is everything the run spent.
 */
export class MontyLimitError extends MontyRuntimeError {
  constructor(limitKind, limit, used, message, usage) {
    super(LIMIT_EXCEPTION[limitKind] ?? 'ResourceError', message, `${message}\n`, [])
    this.name = 'MontyLimitError'
    this.limitKind = limitKind
    this.limit = limit
    this.used = used
    this.usage = usage
  }
}

/** The API was used wrongly (a snapshot resumed twice, a feed while another is paused...). */
export class MontyUsageError extends MontyError {
  constructor(message) {
    super('UsageError', message)
    this.name = 'MontyUsageError'
  }
}

/** Snapshot bytes that cannot be loaded (foreign, truncated, corrupted, another version). */
export class MontySnapshotError extends MontyError {
  constructor(message) {
    super('SnapshotError', message)
    this.name = 'MontySnapshotError'
  }
}

/** Turn an encoded error (thrown by the wasm facade) into one of the classes above. */
export function decodeError(bytes) {
  const r = new ErrorReader(bytes)
  const kind = r.u8()
  switch (kind) {
    case 1: {
      const e = r.exception()
      return new MontySyntaxError(e.typeName, e.message, e.traceback, e.frames)
    }
    case 2: {
      const e = r.exception()
      return new MontyRuntimeError(e.typeName, e.message, e.traceback, e.frames)
    }
    case 3: {
      const limitKind = r.str()
      const limit = r.f64()
      const used = r.f64()
      const message = r.str()
      return new MontyLimitError(limitKind, limit, used, message, r.usage())
    }
    case 4:
      return new MontyUsageError(r.str())
    case 5:
      return new MontySnapshotError(r.str())
    default:
      return new MontyError('InternalError', `unreadable error from the interpreter (kind ${kind})`)
  }
}
