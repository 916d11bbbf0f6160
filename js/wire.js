// Values between JavaScript and the interpreter, in the byte encoding of src/api/wire.rs.
//
// Python -> JS: None -> null, bool -> boolean, int -> number (or BigInt beyond 2**53),
// float -> number, str -> string, bytes -> Uint8Array, list -> Array, tuple -> Array marked
// with a non-enumerable `__tuple__: true`, dict -> Map (or a plain object with
// `dictAs: 'object'`), set and frozenset -> Set, Ellipsis -> {__monty_type__: 'Ellipsis'},
// exception -> Error (name = Python type), namedtuple -> marked tuple with `_fields`,
// dataclass -> dict with a non-enumerable `__dataclass__` name, external function ->
// {__monty_type__: 'Function', name}, anything else -> {__monty_type__: 'Repr', repr}.
// JS -> Python is the reverse; plain objects become dicts with str keys.

const T = {
  NONE: 0, ELLIPSIS: 1, FALSE: 2, TRUE: 3, SMALL_INT: 4, INT64: 5, BIG_INT: 6, FLOAT: 7, STR: 8,
  BYTES: 9, LIST: 10, TUPLE: 11, DICT: 12, SET: 13, FROZEN_SET: 14, NAMED_TUPLE: 15,
  EXCEPTION: 16, DATACLASS: 17, PATH: 18, FUNCTION: 19, REPR: 20, CYCLE: 21,
}

const MAX_DEPTH = 200
const I64_MIN = -(2n ** 63n)
const I64_MAX = 2n ** 63n - 1n
const utf8Encoder = new TextEncoder()
const utf8Decoder = new TextDecoder('utf-8', { fatal: true })

/** Mark an array as a Python tuple (what tuples coming out of Python look like). */
export function tuple(...items) {
  Object.defineProperty(items, '__tuple__', { value: true, enumerable: false })
  return items
}

function isTuple(value) {
  return Array.isArray(value) && value.__tuple__ === true
}

class Encoder {
  constructor() {
    this.buf = new Uint8Array(64)
    this.view = new DataView(this.buf.buffer)
    this.pos = 0
    this.seen = new Set()
  }

  reserve(n) {
    if (this.pos + n <= this.buf.length) return
    let size = this.buf.length * 2
    while (size < this.pos + n) size *= 2
    const bigger = new Uint8Array(size)
    bigger.set(this.buf.subarray(0, this.pos))
    this.buf = bigger
    this.view = new DataView(bigger.buffer)
  }

  u8(b) {
    this.reserve(1)
    this.buf[this.pos++] = b
  }

  u32(n) {
    this.reserve(4)
    this.view.setUint32(this.pos, n, true)
    this.pos += 4
  }

  f64(f) {
    this.reserve(8)
    this.view.setFloat64(this.pos, f, true)
    this.pos += 8
  }

  raw(bytes) {
    this.u32(bytes.length)
    this.reserve(bytes.length)
    this.buf.set(bytes, this.pos)
    this.pos += bytes.length
  }

  str(s) {
    // A UTF-8 string takes at most 3 bytes per UTF-16 unit: encode in place.
    this.reserve(4 + s.length * 3)
    const { written } = utf8Encoder.encodeInto(s, this.buf.subarray(this.pos + 4))
    this.view.setUint32(this.pos, written, true)
    this.pos += 4 + written
  }

  int(n) {
    // Integral doubles up to 2**63 are exact; the SMALL_INT form carries them.
    this.u8(T.SMALL_INT)
    this.f64(n)
  }

  bigint(n) {
    if (n >= I64_MIN && n <= I64_MAX) {
      this.u8(T.INT64)
      this.reserve(8)
      this.view.setBigInt64(this.pos, n, true)
      this.pos += 8
    } else {
      this.u8(T.BIG_INT)
      this.str(n.toString())
    }
  }

  enter(value, depth) {
    if (depth > MAX_DEPTH) throw new TypeError(`value is nested more than ${MAX_DEPTH} levels deep`)
    if (this.seen.has(value)) throw new TypeError('cannot pass a value that contains itself to Python')
    this.seen.add(value)
  }

  items(tag, iterable, count, depth) {
    this.u8(tag)
    this.u32(count)
    for (const item of iterable) this.value(item, depth + 1)
  }

  value(v, depth = 0) {
    switch (typeof v) {
      case 'undefined':
        return this.u8(T.NONE)
      case 'boolean':
        return this.u8(v ? T.TRUE : T.FALSE)
      case 'number':
        if (Number.isInteger(v) && v >= -(2 ** 63) && v < 2 ** 63) return this.int(v)
        this.u8(T.FLOAT)
        return this.f64(v)
      case 'bigint':
        return this.bigint(v)
      case 'string':
        this.u8(T.STR)
        return this.str(v)
      case 'function':
        this.u8(T.FUNCTION)
        return this.str(v.name || 'function')
      case 'symbol':
        throw new TypeError(`cannot pass ${String(v)} to Python`)
    }
    if (v === null) return this.u8(T.NONE)
    this.enter(v, depth)
    try {
      this.object(v, depth)
    } finally {
      this.seen.delete(v)
    }
  }

  object(v, depth) {
    if (v instanceof Uint8Array) {
      this.u8(T.BYTES)
      return this.raw(v)
    }
    if (v instanceof ArrayBuffer) {
      this.u8(T.BYTES)
      return this.raw(new Uint8Array(v))
    }
    if (ArrayBuffer.isView(v)) {
      this.u8(T.BYTES)
      return this.raw(new Uint8Array(v.buffer, v.byteOffset, v.byteLength))
    }
    if (Array.isArray(v)) return this.items(isTuple(v) ? T.TUPLE : T.LIST, v, v.length, depth)
    if (v instanceof Map) {
      this.u8(T.DICT)
      this.u32(v.size)
      for (const [k, item] of v) {
        this.value(k, depth + 1)
        this.value(item, depth + 1)
      }
      return
    }
    if (v instanceof Set) return this.items(T.SET, v, v.size, depth)
    if (v instanceof Error) {
      this.u8(T.EXCEPTION)
      this.str(pythonExceptionType(v))
      return this.str(String(v.message ?? ''))
    }
    if (v instanceof Date) throw new TypeError('cannot pass a Date to Python yet: pass an ISO string or a timestamp')
    const tag = v.__monty_type__
    if (tag === 'Ellipsis') return this.u8(T.ELLIPSIS)
    if (tag === 'Function') {
      this.u8(T.FUNCTION)
      return this.str(String(v.name))
    }
    if (tag === 'Repr') {
      this.u8(T.REPR)
      return this.str(String(v.repr))
    }
    const keys = Object.keys(v)
    this.u8(T.DICT)
    this.u32(keys.length)
    for (const k of keys) {
      this.u8(T.STR)
      this.str(k)
      this.value(v[k], depth + 1)
    }
  }

}

/** The Python exception type a JS error stands for: its name when that is a Python type. */
export function pythonExceptionType(error) {
  const name = error && typeof error.name === 'string' ? error.name : ''
  // JS's generic `Error` is what RuntimeError is for.
  return name && name !== 'Error' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : 'RuntimeError'
}

// One encoder is reused (encoding is synchronous); a getter that encodes while another encode
// is running gets a fresh one.
const shared = new Encoder()
let sharedBusy = false

function withEncoder(fill) {
  const e = sharedBusy ? new Encoder() : shared
  const own = e === shared
  if (own) sharedBusy = true
  try {
    e.pos = 0
    fill(e)
    return e.buf.slice(0, e.pos)
  } finally {
    e.seen.clear()
    if (own) sharedBusy = false
  }
}

/** Encode one JS value. */
export function encode(value) {
  return withEncoder((e) => e.value(value))
}

/** Encode several values as a Python list (inputs, future results). */
export function encodeList(values) {
  return withEncoder((e) => e.items(T.LIST, values, values.length, 0))
}

class Decoder {
  constructor(bytes, dictAs) {
    this.bytes = bytes
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    this.pos = 0
    this.objects = dictAs === 'object'
  }

  u8() {
    return this.bytes[this.pos++]
  }

  u32() {
    const n = this.view.getUint32(this.pos, true)
    this.pos += 4
    return n
  }

  f64() {
    const f = this.view.getFloat64(this.pos, true)
    this.pos += 8
    return f
  }

  str() {
    const n = this.u32()
    const s = utf8Decoder.decode(this.bytes.subarray(this.pos, this.pos + n))
    this.pos += n
    return s
  }

  list(n) {
    const out = new Array(n)
    for (let i = 0; i < n; i++) out[i] = this.value()
    return out
  }

  dict(pairs) {
    if (this.objects) {
      const out = {}
      for (const [k, v] of pairs) out[typeof k === 'string' ? k : keyText(k)] = v
      return out
    }
    return new Map(pairs)
  }

  fields() {
    const n = this.u32()
    const pairs = []
    for (let i = 0; i < n; i++) pairs.push([this.str(), this.value()])
    return pairs
  }

  value() {
    const tag = this.u8()
    switch (tag) {
      case T.NONE: return null
      case T.ELLIPSIS: return { __monty_type__: 'Ellipsis' }
      case T.FALSE: return false
      case T.TRUE: return true
      case T.SMALL_INT: return this.f64()
      case T.INT64: {
        const n = this.view.getBigInt64(this.pos, true)
        this.pos += 8
        return n
      }
      case T.BIG_INT: return BigInt(this.str())
      case T.FLOAT: return this.f64()
      case T.STR: return this.str()
      case T.BYTES: {
        const n = this.u32()
        const out = this.bytes.slice(this.pos, this.pos + n)
        this.pos += n
        return out
      }
      case T.LIST: return this.list(this.u32())
      case T.TUPLE: return tuple(...this.list(this.u32()))
      case T.DICT: {
        const n = this.u32()
        const pairs = new Array(n)
        for (let i = 0; i < n; i++) pairs[i] = [this.value(), this.value()]
        return this.dict(pairs)
      }
      case T.SET:
      case T.FROZEN_SET: return new Set(this.list(this.u32()))
      case T.NAMED_TUPLE: {
        const typeName = this.str()
        const pairs = this.fields()
        const t = tuple(...pairs.map(([, v]) => v))
        Object.defineProperty(t, '_fields', { value: pairs.map(([k]) => k), enumerable: false })
        Object.defineProperty(t, '__namedtuple__', { value: typeName, enumerable: false })
        return t
      }
      case T.EXCEPTION: {
        const type = this.str()
        const error = new Error(this.str())
        error.name = type
        return error
      }
      case T.DATACLASS: {
        const name = this.str()
        this.u8() // frozen flag: JS has no use for it
        const d = this.dict(this.fields())
        Object.defineProperty(d, '__dataclass__', { value: name, enumerable: false })
        return d
      }
      case T.PATH: return this.str()
      case T.FUNCTION: return { __monty_type__: 'Function', name: this.str() }
      case T.REPR:
      case T.CYCLE: return { __monty_type__: 'Repr', repr: this.str() }
      default: throw new Error(`monty-wasm: corrupt value from the interpreter (tag ${tag})`)
    }
  }
}

function keyText(k) {
  if (k === null) return 'None'
  if (k === true) return 'True'
  if (k === false) return 'False'
  if (Array.isArray(k)) return `(${k.map(keyText).join(', ')}${k.length === 1 ? ',' : ''})`
  return String(k)
}

const scratch = new Float64Array(1)
const scratchBytes = new Uint8Array(scratch.buffer)

/** Decode one value the interpreter encoded. `dictAs`: 'map' (default) or 'object'. */
export function decode(bytes, dictAs = 'map') {
  // The commonest result is a small int: read it without building a decoder.
  if (bytes.length === 9 && bytes[0] === T.SMALL_INT) {
    scratchBytes.set(bytes.subarray(1, 9))
    return scratch[0]
  }
  if (bytes.length === 1 && bytes[0] === T.NONE) return null
  return new Decoder(bytes, dictAs).value()
}

/** Decode a dict with str keys as a plain object (keyword arguments). */
export function decodeKwargs(bytes) {
  return new Decoder(bytes, 'object').value()
}

/** Read encoded errors (src/api/wire.rs `Writer::error`). */
export class ErrorReader extends Decoder {
  constructor(bytes) {
    super(bytes, 'map')
  }

  exception() {
    const typeName = this.str()
    const message = this.str()
    const traceback = this.str()
    const frames = []
    const n = this.u32()
    for (let i = 0; i < n; i++) {
      const filename = this.str()
      const line = this.u32()
      const column = this.u32()
      const endLine = this.u32()
      const endColumn = this.u32()
      const fn = this.str()
      const sourceLine = this.str()
      frames.push({
        filename, line, column, endLine, endColumn,
        functionName: fn === '<module>' ? null : fn,
        sourceLine: sourceLine || null,
      })
    }
    return { typeName, message, traceback, frames }
  }

  usage() {
    return {
      instructions: this.f64(),
      durationSecs: this.f64(),
      memoryPeak: this.f64(),
      allocations: this.f64(),
      maxRecursionDepth: this.f64(),
    }
  }
}

/** Resources a run used, from the `[instructions, secs, peak, allocations, depth]` array. */
export function usageFrom(values) {
  return {
    instructions: values[0],
    durationSecs: values[1],
    memoryPeak: values[2],
    allocations: values[3],
    maxRecursionDepth: values[4],
  }
}
