//! `json.dumps` in Rust: CPython's output byte for byte (separators, indentation, float repr,
//! escapes), walking nested containers with an explicit stack so that depth costs no Rust stack.

use crate::error::{Exc, PyResult};
use crate::format::float::float_repr;
use crate::format::repr::int_to_decimal;
use crate::objects::Object;
use crate::types::TypeId;
use crate::value::{ObjId, Value};
use crate::vm::Vm;

/// How `dumps` was asked to write.
pub struct EncodeOptions {
    pub skip_keys: bool,
    pub ensure_ascii: bool,
    pub allow_nan: bool,
    /// The text of one indentation level, or None for everything on one line.
    pub indent: Option<String>,
    pub item_separator: String,
    pub key_separator: String,
    pub sort_keys: bool,
    /// A `default=` function exists (in Python): meeting an unsupported object is then not an
    /// error but `Encoded::NeedsDefault`.
    pub has_default: bool,
}

pub enum Encoded {
    Text(String),
    /// An object that only `default()` can turn into JSON was found.
    NeedsDefault,
}

/// Nesting deeper than this is a RecursionError, as in CPython.
const MAX_DEPTH: usize = 1000;

/// Output beyond this many bytes is charged to the memory limit in steps of this size.
const RESERVE_STEP: usize = 1 << 16;

/// A container being written: its items (dict keys already converted to text) and progress.
struct Open {
    id: ObjId,
    is_dict: bool,
    items: Vec<(Option<String>, Value)>,
    next: usize,
}

struct Encoder<'a> {
    opts: &'a EncodeOptions,
    out: String,
    reserved: usize,
    stack: Vec<Open>,
}

/// What a value is, for JSON: a scalar written at once, a container, or unsupported.
enum Kind {
    Scalar,
    List(ObjId),
    Dict(ObjId),
    Unsupported,
}

pub fn encode(vm: &mut Vm, value: Value, opts: &EncodeOptions) -> PyResult<Encoded> {
    let mut enc = Encoder { opts, out: String::new(), reserved: 0, stack: Vec::new() };
    if !enc.write_value(vm, value)? {
        return unsupported(vm, value, opts);
    }
    while let Some(top) = enc.stack.last_mut() {
        if top.next == top.items.len() {
            let is_dict = top.is_dict;
            enc.stack.pop();
            enc.newline();
            enc.out.push(if is_dict { '}' } else { ']' });
            continue;
        }
        let (key, item) = std::mem::replace(&mut top.items[top.next], (None, Value::None));
        let first = top.next == 0;
        top.next += 1;
        if !first {
            enc.out.push_str(&opts.item_separator);
        }
        enc.newline();
        if let Some(key) = key {
            write_str(&mut enc.out, &key, opts.ensure_ascii);
            enc.out.push_str(&opts.key_separator);
        }
        if !enc.write_value(vm, item)? {
            return unsupported(vm, item, opts);
        }
        enc.charge(vm)?;
    }
    Ok(Encoded::Text(enc.out))
}

fn unsupported(vm: &Vm, value: Value, opts: &EncodeOptions) -> PyResult<Encoded> {
    if opts.has_default {
        return Ok(Encoded::NeedsDefault);
    }
    Err(Exc::type_error(format!("Object of type {} is not JSON serializable", vm.type_name(value))))
}

impl Encoder<'_> {
    /// A newline and the current indentation (nothing without `indent`).
    fn newline(&mut self) {
        if let Some(indent) = &self.opts.indent {
            self.out.push('\n');
            for _ in 0..self.stack.len() {
                self.out.push_str(indent);
            }
        }
    }

    fn charge(&mut self, vm: &mut Vm) -> PyResult<()> {
        if self.out.len() >= self.reserved + RESERVE_STEP {
            vm.reserve(self.out.len() - self.reserved)?;
            self.reserved = self.out.len();
        }
        Ok(())
    }

    /// Write a scalar, or open a container; false for an object JSON cannot represent.
    fn write_value(&mut self, vm: &mut Vm, value: Value) -> PyResult<bool> {
        match kind(vm, value) {
            Kind::Unsupported => Ok(false),
            Kind::Scalar => {
                write_scalar(vm, &mut self.out, data_of(vm, value), self.opts)?;
                Ok(true)
            }
            Kind::List(id) => {
                let items: Vec<(Option<String>, Value)> = match vm.heap.get(id) {
                    Object::List(v) | Object::Tuple(v) => v.iter().map(|x| (None, *x)).collect(),
                    _ => Vec::new(),
                };
                self.open(id, false, items, '[')
            }
            Kind::Dict(id) => {
                let items = self.dict_items(vm, id)?;
                self.open(id, true, items, '{')
            }
        }
    }

    fn open(&mut self, id: ObjId, is_dict: bool, items: Vec<(Option<String>, Value)>, bracket: char) -> PyResult<bool> {
        if items.is_empty() {
            self.out.push(bracket);
            self.out.push(if is_dict { '}' } else { ']' });
            return Ok(true);
        }
        if self.stack.iter().any(|o| o.id == id) {
            return Err(Exc::value_error("Circular reference detected"));
        }
        if self.stack.len() >= MAX_DEPTH {
            return Err(Exc::new(
                TypeId::RecursionError,
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        self.out.push(bracket);
        self.stack.push(Open { id, is_dict, items, next: 0 });
        Ok(true)
    }

    /// A dict's entries with their keys as JSON text (sorted, skipped or refused as asked).
    fn dict_items(&mut self, vm: &Vm, id: ObjId) -> PyResult<Vec<(Option<String>, Value)>> {
        let Object::Dict(d) = vm.heap.get(id) else { return Ok(Vec::new()) };
        let mut entries: Vec<(Value, Value)> = d.iter_entries().map(|e| (data_of(vm, e.key), e.value)).collect();
        if self.opts.sort_keys {
            sort_keys(vm, &mut entries)?;
        }
        let mut out = Vec::with_capacity(entries.len());
        for (key, value) in entries {
            let text = match key {
                _ if vm.as_str(key).is_some() => vm.as_str(key).unwrap_or_default().to_string(),
                Value::Bool(b) => (if b { "true" } else { "false" }).to_string(),
                Value::None => "null".to_string(),
                Value::Float(f) => float_text(f, self.opts.allow_nan)?,
                Value::Int(i) => i.to_string(),
                _ if vm.bigint_ref(key).is_some() => int_to_decimal(vm.bigint_ref(key).unwrap_or(&Default::default()))?,
                _ if self.opts.skip_keys => continue,
                _ => {
                    return Err(Exc::type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        vm.type_name(key)
                    )));
                }
            };
            out.push((Some(text), value));
        }
        Ok(out)
    }
}

/// The builtin value holding an object's data: itself, or the payload of an instance of a
/// subclass of a builtin type (a `str` enum, a namedtuple, a dict subclass).
fn data_of(vm: &Vm, value: Value) -> Value {
    if let Value::Ref(id) = value
        && let Object::Instance(inst) = vm.heap.get(id)
        && let Some(base) = inst.base
    {
        return base;
    }
    value
}

fn kind(vm: &Vm, value: Value) -> Kind {
    let value = data_of(vm, value);
    match value {
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => Kind::Scalar,
        Value::Ref(id) => match vm.heap.get(id) {
            Object::Str(_) | Object::BigInt(_) => Kind::Scalar,
            Object::List(_) | Object::Tuple(_) => Kind::List(id),
            Object::Dict(_) => Kind::Dict(id),
            _ => Kind::Unsupported,
        },
        _ => Kind::Unsupported,
    }
}

fn float_text(f: f64, allow_nan: bool) -> PyResult<String> {
    if f.is_finite() {
        return Ok(float_repr(f));
    }
    if !allow_nan {
        return Err(Exc::value_error("Out of range float values are not JSON compliant"));
    }
    Ok((if f.is_nan() {
        "NaN"
    } else if f > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    })
    .to_string())
}

fn write_scalar(vm: &Vm, out: &mut String, value: Value, opts: &EncodeOptions) -> PyResult<()> {
    match value {
        Value::None => out.push_str("null"),
        Value::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Float(f) => out.push_str(&float_text(f, opts.allow_nan)?),
        _ => {
            if let Some(s) = vm.as_str(value) {
                write_str(out, s, opts.ensure_ascii);
            } else if let Some(n) = vm.bigint_ref(value) {
                out.push_str(&int_to_decimal(n)?);
            }
        }
    }
    Ok(())
}

/// A JSON string literal: `"`, `\` and control characters escaped, and with `ensure_ascii`
/// everything outside printable ASCII as `\uXXXX` (surrogate pairs beyond the BMP).
pub fn write_str(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && !(' '..='~').contains(&c)) => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Order dict entries by key as `sorted(d.items())` would, refusing keys that do not compare.
fn sort_keys(vm: &Vm, entries: &mut [(Value, Value)]) -> PyResult<()> {
    let all_str = entries.iter().all(|(k, _)| vm.as_str(*k).is_some());
    let number = |k: Value| match k {
        Value::Int(i) => Some(i as f64),
        Value::Bool(b) => Some(b as i64 as f64),
        Value::Float(f) => Some(f),
        _ => vm.bigint_ref(k).and_then(num_traits::ToPrimitive::to_f64),
    };
    if all_str {
        entries.sort_by(|a, b| vm.as_str(a.0).cmp(&vm.as_str(b.0)));
        return Ok(());
    }
    if entries.iter().all(|(k, _)| number(*k).is_some()) {
        entries.sort_by(|a, b| number(a.0).partial_cmp(&number(b.0)).unwrap_or(std::cmp::Ordering::Equal));
        return Ok(());
    }
    let comparable = |a: Value, b: Value| {
        (vm.as_str(a).is_some() && vm.as_str(b).is_some()) || (number(a).is_some() && number(b).is_some())
    };
    let pair = entries.windows(2).find(|w| !comparable(w[0].0, w[1].0));
    let (earlier, later) = match pair {
        Some(w) => (w[0].0, w[1].0),
        None => (entries[0].0, entries[entries.len() - 1].0),
    };
    Err(Exc::type_error(format!(
        "'<' not supported between instances of '{}' and '{}'",
        vm.type_name(later),
        vm.type_name(earlier)
    )))
}
