//! `repr()` and `str()` of builtin values, exactly as CPython renders them.

use num_bigint::BigInt;

use super::float::float_repr;
use crate::error::{Exc, PyResult};
use crate::objects::{DictPart, Iter, Object};
use crate::types::TypeId;
use crate::value::{ObjId, Value};
use crate::vm::Vm;

/// CPython's default limit on decimal digits when converting ints to and from text.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Containers nested deeper than this give RecursionError in `repr()`.
const MAX_REPR_DEPTH: usize = 400;

pub fn int_to_decimal(n: &BigInt) -> PyResult<String> {
    // 4300 digits need at least 14284 bits; anything much larger is refused without the
    // (quadratic) conversion.
    if n.bits() > 14_300 {
        return Err(int_digits_error());
    }
    let s = n.to_string();
    let digits = s.trim_start_matches('-').len();
    if digits > INT_MAX_STR_DIGITS {
        return Err(int_digits_error());
    }
    Ok(s)
}

fn int_digits_error() -> Exc {
    Exc::value_error(format!(
        "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Is a character printable by Python's definition (not a control, format, separator other
/// than space, private-use, surrogate or unassigned character)?
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || u == 0x7f || (0x80..=0xa0).contains(&u) || u == 0xad {
        return false;
    }
    if u < 0x378 {
        return true;
    }
    !matches!(u,
        0x378..=0x379 | 0x380..=0x383 | 0x38b | 0x38d | 0x3a2
        | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e
        | 0x1680 | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064 | 0x2066..=0x206f
        | 0x3000 | 0xd800..=0xf8ff | 0xfdd0..=0xfdef | 0xfeff | 0xfff0..=0xfffb | 0xfffe..=0xffff
        | 0x110bd | 0x110cd | 0x13430..=0x1343f | 0x1bca0..=0x1bca3 | 0x1d173..=0x1d17a
        | 0xe0000..=0xe0fff | 0xf0000..=0x10ffff)
        && (u & 0xfffe) != 0xfffe
}

/// `repr(str)`: quotes chosen as CPython does, escapes for non-printable characters.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

fn push_escape(out: &mut String, c: char) {
    let u = c as u32;
    if u < 0x100 {
        out.push_str(&format!("\\x{u:02x}"));
    } else if u < 0x10000 {
        out.push_str(&format!("\\u{u:04x}"));
    } else {
        out.push_str(&format!("\\U{u:08x}"));
    }
}

/// `ascii(x)` from `repr(x)`: every non-ASCII character escaped.
pub fn str_ascii_of_repr(r: &str) -> String {
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        if c.is_ascii() { out.push(c) } else { push_escape(&mut out, c) }
    }
    out
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(x as char),
            x => out.push_str(&format!("\\x{x:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `repr(complex)`: `2j`, `(1+2j)`, `(-0-1j)`; parts print like floats without a forced `.0`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let part = |x: f64| {
        let r = float_repr(x);
        r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part(im));
    }
    let sign = if im.is_sign_negative() { "-" } else { "+" };
    format!("({}{sign}{}j)", part(re), part(im.abs()))
}

/// A stable fake address for `<... at 0x...>` reprs.
pub fn fake_address(id: ObjId) -> String {
    format!("0x{:012x}", 0x7f00_0000_0000u64 + id.0 as u64 * 64)
}

impl Vm {
    pub fn repr_value(&mut self, v: Value) -> PyResult<String> {
        let mut seen = Vec::new();
        let mut out = String::new();
        self.repr_into(v, &mut out, &mut seen)?;
        Ok(out)
    }

    pub fn str_value(&mut self, v: Value) -> PyResult<String> {
        if let Some(s) = self.as_str(v) {
            return Ok(s.to_string());
        }
        if let Value::Ref(id) = v
            && let Object::Instance(inst) = self.heap.get(id)
            && let Some(exc) = &inst.exc
        {
            let args = exc.args.clone();
            let is_key_error = self.is_instance_of_type(id, TypeId::KeyError);
            return match args.as_slice() {
                [] => Ok(String::new()),
                [one] if is_key_error => self.repr_value(*one),
                [one] => self.str_value(*one),
                _ => {
                    let t = self.new_tuple(args);
                    self.repr_value(t)
                }
            };
        }
        if self.text_memo.is_some()
            && let Some(text) = self.recorded_str_or_repr(v, true)
        {
            return Ok(text);
        }
        if let Some(base) = self.instance_base(v)
            && self.dunder(v, "__str__").is_none()
            && self.dunder(v, "__repr__").is_none()
        {
            return self.str_value(base);
        }
        self.repr_value(v)
    }

    fn repr_into(&mut self, v: Value, out: &mut String, seen: &mut Vec<ObjId>) -> PyResult<()> {
        match v {
            Value::Undefined => out.push_str("<undefined>"),
            Value::None => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::Float(f) => out.push_str(&float_repr(f)),
            Value::Ellipsis => out.push_str("Ellipsis"),
            Value::NotImplemented => out.push_str("NotImplemented"),
            Value::Builtin(b) => out.push_str(&format!("<built-in function {}>", b.short_name())),
            Value::Type(t) => out.push_str(&format!("<class '{}'>", t.name())),
            Value::Method(m) => out.push_str(&format!("<built-in method {}>", m.as_str())),
            Value::Ref(id) => {
                if seen.len() > MAX_REPR_DEPTH {
                    return Err(Exc::new(
                        TypeId::RecursionError,
                        "maximum recursion depth exceeded while getting the repr of an object",
                    ));
                }
                self.repr_object(id, out, seen)?;
            }
        }
        Ok(())
    }

    fn repr_items(&mut self, items: &[Value], out: &mut String, seen: &mut Vec<ObjId>) -> PyResult<()> {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.repr_into(*item, out, seen)?;
            if out.len() > crate::limits::HARD_ALLOCATION_CAP {
                return Err(Exc::bare(TypeId::MemoryError));
            }
        }
        Ok(())
    }

    fn repr_object(&mut self, id: ObjId, out: &mut String, seen: &mut Vec<ObjId>) -> PyResult<()> {
        self.charge_native()?;
        if out.len() > (1 << 20) {
            self.reserve(out.len())?;
        }
        let recursive = seen.contains(&id);
        match self.heap.get(id) {
            Object::Str(s) => out.push_str(&str_repr(s.as_str())),
            Object::Bytes(b) => out.push_str(&bytes_repr(b)),
            Object::ByteArray(b) => out.push_str(&format!("bytearray({})", bytes_repr(b))),
            Object::BigInt(n) => out.push_str(&int_to_decimal(n)?),
            Object::Complex { re, im } => out.push_str(&complex_repr(*re, *im)),
            Object::List(items) => {
                if recursive {
                    out.push_str("[...]");
                    return Ok(());
                }
                let items = items.clone();
                seen.push(id);
                out.push('[');
                self.repr_items(&items, out, seen)?;
                out.push(']');
                seen.pop();
            }
            Object::Tuple(items) => {
                let items = items.clone();
                seen.push(id);
                out.push('(');
                self.repr_items(&items, out, seen)?;
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
                seen.pop();
            }
            Object::Dict(d) => {
                if recursive {
                    out.push_str("{...}");
                    return Ok(());
                }
                let entries: Vec<(Value, Value)> = d.iter_entries().map(|e| (e.key, e.value)).collect();
                seen.push(id);
                out.push('{');
                for (i, (k, v)) in entries.into_iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.repr_into(k, out, seen)?;
                    out.push_str(": ");
                    self.repr_into(v, out, seen)?;
                }
                out.push('}');
                seen.pop();
            }
            Object::Set(s) | Object::FrozenSet(s) => {
                let frozen = matches!(self.heap.get(id), Object::FrozenSet(_));
                let items: Vec<Value> = s.iter().collect();
                if items.is_empty() {
                    out.push_str(if frozen { "frozenset()" } else { "set()" });
                    return Ok(());
                }
                if recursive {
                    out.push_str(if frozen { "frozenset(...)" } else { "set(...)" });
                    return Ok(());
                }
                seen.push(id);
                out.push_str(if frozen { "frozenset({" } else { "{" });
                self.repr_items(&items, out, seen)?;
                out.push_str(if frozen { "})" } else { "}" });
                seen.pop();
            }
            Object::Range(r) => {
                let r = *r;
                if r.step == 1 {
                    out.push_str(&format!("range({}, {})", r.start, r.stop));
                } else {
                    out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
                }
            }
            Object::Slice(s) => {
                let s = *s;
                out.push_str("slice(");
                self.repr_items(&[s.start, s.stop, s.step], out, seen)?;
                out.push(')');
            }
            Object::Cell(_) => out.push_str(&format!("<cell at {}>", fake_address(id))),
            Object::Traceback { .. } => out.push_str(&format!("<traceback object at {}>", fake_address(id))),
            Object::Alias { .. } => {
                let text = self.alias_text(Value::Ref(id))?;
                out.push_str(&text);
            }
            Object::Function(f) => out.push_str(&format!("<function {} at {}>", f.qualname, fake_address(id))),
            Object::BoundMethod { func, receiver } => {
                let (func, receiver) = (*func, *receiver);
                let name = match func {
                    Value::Ref(fid) => match self.heap.get(fid) {
                        Object::Function(f) => f.qualname.clone(),
                        _ => "?".into(),
                    },
                    _ => "?".into(),
                };
                out.push_str(&format!("<bound method {name} of "));
                self.repr_into(receiver, out, seen)?;
                out.push('>');
            }
            Object::BuiltinMethod { receiver, method } => {
                let (receiver, method) = (*receiver, *method);
                let tn = self.type_name(receiver);
                let addr = match receiver {
                    Value::Ref(r) => fake_address(r),
                    _ => fake_address(id),
                };
                out.push_str(&format!("<built-in method {} of {tn} object at {addr}>", method.as_str()));
            }
            Object::DictView { dict, part } => {
                let (dict, part) = (*dict, *part);
                let name = match part {
                    DictPart::Keys => "dict_keys",
                    DictPart::Values => "dict_values",
                    DictPart::Items => "dict_items",
                };
                let items = self.container_items(Value::Ref(id))?.unwrap_or_default();
                let _ = dict;
                seen.push(id);
                out.push_str(name);
                out.push_str("([");
                self.repr_items(&items, out, seen)?;
                out.push_str("])");
                seen.pop();
            }
            Object::Iter(it) => {
                let name = match &**it {
                    Iter::Enumerate { .. } => "enumerate".to_string(),
                    Iter::Zip { .. } => "zip".to_string(),
                    Iter::Map { .. } => "map".to_string(),
                    Iter::Filter { .. } => "filter".to_string(),
                    _ => self.type_name(Value::Ref(id)),
                };
                out.push_str(&format!("<{name} object at {}>", fake_address(id)));
            }
            Object::Generator(g) => {
                let kind = if g.is_coroutine { "coroutine" } else { "generator" };
                out.push_str(&format!("<{kind} object {} at {}>", g.qualname, fake_address(id)));
            }
            Object::Instance(inst) => {
                let (class, base) = (inst.class, inst.base);
                if let Some(exc) = &inst.exc {
                    let args = exc.args.clone();
                    let name = self.class_name(class);
                    seen.push(id);
                    out.push_str(&name);
                    out.push('(');
                    self.repr_items(&args, out, seen)?;
                    out.push(')');
                    seen.pop();
                } else if let Some(text) = self.recorded_str_or_repr(Value::Ref(id), false) {
                    out.push_str(&text);
                } else if let Some(base) = base {
                    // A subclass of a builtin type shows its value like the builtin does.
                    self.repr_into(base, out, seen)?;
                } else {
                    let name = self.class_name(class);
                    out.push_str(&format!("<__main__.{name} object at {}>", fake_address(id)));
                }
            }
            Object::Class(c) => {
                let qualname = c.qualname.clone();
                let module = self.class_module(Value::Ref(id));
                out.push_str(&format!("<class '{module}.{qualname}'>"));
            }
            Object::Property { .. } => out.push_str(&format!("<property object at {}>", fake_address(id))),
            Object::ExternalFunction(name) => out.push_str(&format!("<function {name} (external)>")),
            Object::ExternalFuture(id) => out.push_str(&format!("<external future {id}>")),
            Object::Awaiting { .. } => out.push_str(&format!("<awaiting object at {}>", fake_address(id))),
            Object::ClassMethod(f) | Object::StaticMethod(f) => {
                let (f, kind) = (
                    *f,
                    if matches!(self.heap.get(id), Object::ClassMethod(_)) { "classmethod" } else { "staticmethod" },
                );
                out.push_str(kind);
                out.push('(');
                self.repr_into(f, out, seen)?;
                out.push(')');
            }
            Object::Super { class, obj } => {
                let (class, obj) = (*class, *obj);
                let cname = self.class_name(class);
                let oname = self.type_name(obj);
                out.push_str(&format!("<super: <class '{cname}'>, <{oname} object>>"));
            }
            Object::Module(m) => out.push_str(&format!("<module '{}' (built-in)>", m.name)),
        }
        Ok(())
    }
}
