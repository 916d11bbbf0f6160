// Python's repr() of the JS values the package gives back, for the result pane and for host
// call arguments in step mode. (A Python float that is a whole number arrives as a JS number
// like an int does, so it shows without `.0`.)

function strRepr(s) {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
  let out = quote
  for (const ch of s) {
    const code = ch.codePointAt(0)
    if (ch === quote || ch === '\\') out += '\\' + ch
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).padStart(2, '0')
    else out += ch
  }
  return out + quote
}

function bytesRepr(bytes) {
  let out = "b'"
  for (const b of bytes) {
    if (b === 0x27 || b === 0x5c) out += '\\' + String.fromCharCode(b)
    else if (b === 0x0a) out += '\\n'
    else if (b === 0x0d) out += '\\r'
    else if (b === 0x09) out += '\\t'
    else if (b < 0x20 || b >= 0x7f) out += '\\x' + b.toString(16).padStart(2, '0')
    else out += String.fromCharCode(b)
  }
  return out + "'"
}

/** Python's float repr: shortest round-trip digits, exponent form outside 1e-4 .. 1e16. */
function floatRepr(x) {
  if (Number.isNaN(x)) return 'nan'
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf'
  const abs = Math.abs(x)
  if (abs !== 0 && (abs >= 1e16 || abs < 1e-4)) {
    const [mantissa, exponent] = x.toExponential().split('e')
    const sign = exponent[0] === '-' ? '-' : '+'
    return `${mantissa}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`
  }
  return String(x)
}

function numberRepr(n) {
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n)
  return floatRepr(n)
}

export function pyRepr(value) {
  if (value === null || value === undefined) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (typeof value === 'number') return numberRepr(value)
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'string') return strRepr(value)
  if (value instanceof Uint8Array) return bytesRepr(value)
  if (value instanceof Error) return `${value.name}(${value.message ? strRepr(value.message) : ''})`
  if (value.__dataclass__) {
    const fields = value instanceof Map ? [...value] : Object.entries(value)
    return `${value.__dataclass__}(${fields.map(([k, v]) => `${k}=${pyRepr(v)}`).join(', ')})`
  }
  if (value instanceof Map) return `{${[...value].map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`).join(', ')}}`
  if (value instanceof Set) return value.size ? `{${[...value].map(pyRepr).join(', ')}}` : 'set()'
  if (Array.isArray(value)) {
    const items = value.map(pyRepr)
    if (value.__namedtuple__) return `${value.__namedtuple__}(${items.map((v, i) => `${value._fields[i]}=${v}`).join(', ')})`
    if (value.__tuple__) return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`
    return `[${items.join(', ')}]`
  }
  if (typeof value === 'object') {
    if (value.__monty_type__ === 'Repr') return value.repr
    if (value.__monty_type__ === 'Ellipsis') return 'Ellipsis'
    if (value.__monty_type__ === 'Function') return `<function ${value.name}>`
    return `{${Object.entries(value).map(([k, v]) => `${strRepr(k)}: ${pyRepr(v)}`).join(', ')}}`
  }
  return String(value)
}
