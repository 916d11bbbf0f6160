//! Methods of `bytes`.

use super::MethodName as M;
use crate::builtins::ArgSpec;
use crate::error::{Exc, PyResult};
use crate::objects::Object;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::{Args, Outcome};
use crate::vm::compare::find_bytes;
use crate::vm::frame::ReturnMode;
use crate::vm::sink::Sink;

fn bytes_of(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Object::Bytes(b) | Object::ByteArray(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn is_bytearray(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Ref(id) if matches!(vm.heap.get(id), Object::ByteArray(_)))
}

/// Methods that mutate a bytearray in place.
fn mutate(vm: &mut Vm, recv: Value, m: M, args: &Args) -> PyResult<Option<Value>> {
    let Value::Ref(id) = recv else { return Ok(None) };
    let byte = |vm: &Vm, v: Value| -> PyResult<u8> {
        match v {
            Value::Int(i) if (0..256).contains(&i) => Ok(i as u8),
            Value::Int(_) => Err(Exc::value_error("byte must be in range(0, 256)")),
            Value::Bool(b) => Ok(b as u8),
            _ => Err(Exc::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
        }
    };
    let arg = |i: usize| args.pos.get(i).copied();
    let result = match m {
        M::Append => {
            let b = byte(vm, arg(0).unwrap_or(Value::None))?;
            if let Object::ByteArray(v) = vm.heap.get_mut(id) {
                v.push(b);
            }
            Value::None
        }
        M::Extend => {
            let src = arg(0).unwrap_or(Value::None);
            let items = match bytes_of(vm, src) {
                Some(b) => b,
                None => match vm.collect_native(src)? {
                    Some(items) => items.into_iter().map(|v| byte(vm, v)).collect::<PyResult<Vec<u8>>>()?,
                    None => return Err(Exc::type_error(format!("can't extend bytearray with {}", vm.type_name(src)))),
                },
            };
            vm.reserve(items.len())?;
            if let Object::ByteArray(v) = vm.heap.get_mut(id) {
                v.extend(items);
            }
            Value::None
        }
        M::Pop => {
            let idx = match arg(0) {
                Some(v) => vm.int_arg(v)?,
                None => -1,
            };
            let Object::ByteArray(v) = vm.heap.get_mut(id) else { return Ok(None) };
            if v.is_empty() {
                return Err(Exc::index_error("pop from empty bytearray"));
            }
            let n = v.len() as i64;
            let i = if idx < 0 { idx + n } else { idx };
            if i < 0 || i >= n {
                return Err(Exc::index_error("pop index out of range"));
            }
            Value::Int(v.remove(i as usize) as i64)
        }
        M::Insert => {
            let i = vm.int_arg(arg(0).unwrap_or(Value::Int(0)))?;
            let b = byte(vm, arg(1).unwrap_or(Value::None))?;
            if let Object::ByteArray(v) = vm.heap.get_mut(id) {
                let n = v.len() as i64;
                let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
                v.insert(at as usize, b);
            }
            Value::None
        }
        M::Remove => {
            let b = byte(vm, arg(0).unwrap_or(Value::None))?;
            let Object::ByteArray(v) = vm.heap.get_mut(id) else { return Ok(None) };
            match v.iter().position(|x| *x == b) {
                Some(i) => {
                    v.remove(i);
                }
                None => return Err(Exc::value_error("value not found in bytearray")),
            }
            Value::None
        }
        M::Reverse => {
            if let Object::ByteArray(v) = vm.heap.get_mut(id) {
                v.reverse();
            }
            Value::None
        }
        M::Clear => {
            if let Object::ByteArray(v) = vm.heap.get_mut(id) {
                v.clear();
            }
            Value::None
        }
        M::Copy => {
            let data = bytes_of(vm, recv).unwrap_or_default();
            vm.alloc(Object::ByteArray(data))
        }
        _ => return Ok(None),
    };
    Ok(Some(result))
}

/// Results of bytearray methods are bytearrays where bytes methods return bytes.
fn as_bytearray(vm: &mut Vm, v: Value) -> Value {
    if let Value::Ref(id) = v {
        match vm.heap.get(id) {
            Object::Bytes(b) => {
                let b = b.clone();
                return vm.alloc(Object::ByteArray(b));
            }
            Object::List(items) | Object::Tuple(items) => {
                let is_tuple = matches!(vm.heap.get(id), Object::Tuple(_));
                let items = items.clone();
                let conv: Vec<Value> = items.into_iter().map(|x| as_bytearray(vm, x)).collect();
                return if is_tuple { vm.new_tuple(conv) } else { vm.new_list(conv) };
            }
            _ => {}
        }
    }
    v
}

fn bytes_arg(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    bytes_of(vm, v)
        .ok_or_else(|| Exc::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

pub fn call(vm: &mut Vm, recv: Value, m: M, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    if is_bytearray(vm, recv) {
        if let Some(v) = mutate(vm, recv, m, &args)? {
            return Ok(Outcome::Value(v));
        }
        let r = call_bytes(vm, recv, m, args, ret)?;
        return Ok(match r {
            Outcome::Value(v) if !matches!(m, M::Decode | M::Hex) => Outcome::Value(as_bytearray(vm, v)),
            other => other,
        });
    }
    call_bytes(vm, recv, m, args, ret)
}

fn call_bytes(vm: &mut Vm, recv: Value, m: M, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    let b = bytes_of(vm, recv).unwrap_or_default();
    let spec = ArgSpec::new(m.as_str());
    let v = match m {
        M::Decode => {
            let [enc_kw, err_kw] = spec.kwargs(vm, &args, ["encoding", "errors"])?;
            let enc = args
                .pos
                .first()
                .copied()
                .or(enc_kw)
                .and_then(|v| vm.as_str(v).map(str::to_string))
                .unwrap_or_else(|| "utf-8".into());
            let errors = args
                .pos
                .get(1)
                .copied()
                .or(err_kw)
                .and_then(|v| vm.as_str(v).map(str::to_string))
                .unwrap_or_else(|| "strict".into());
            let e = enc.to_ascii_lowercase().replace('_', "-");
            let s = match e.as_str() {
                "utf-8" | "utf8" => match errors.as_str() {
                    "strict" => super::decode_utf8(&b)?,
                    "ignore" => String::from_utf8_lossy(&b).replace('\u{fffd}', ""),
                    _ => String::from_utf8_lossy(&b).into_owned(),
                },
                "ascii" => {
                    if let Some(pos) = b.iter().position(|x| *x >= 128)
                        && errors == "strict"
                    {
                        return Err(Exc::new(
                            TypeId::UnicodeDecodeError,
                            format!(
                                "'ascii' codec can't decode byte 0x{:02x} in position {pos}: ordinal not in range(128)",
                                b[pos]
                            ),
                        ));
                    }
                    b.iter().map(|x| if *x < 128 { *x as char } else { '\u{fffd}' }).collect()
                }
                "latin-1" | "latin1" | "iso-8859-1" => b.iter().map(|x| *x as char).collect(),
                other => return Err(Exc::new(TypeId::LookupError, format!("unknown encoding: {other}"))),
            };
            vm.new_str(s)
        }
        M::Hex => {
            let sep = match args.pos.first() {
                Some(v) => match vm
                    .as_str(*v)
                    .map(str::to_string)
                    .or_else(|| bytes_of(vm, *v).map(|b| String::from_utf8_lossy(&b).into_owned()))
                {
                    Some(s) if s.chars().count() == 1 => Some(s),
                    _ => return Err(Exc::value_error("sep must be length 1.")),
                },
                None => None,
            };
            let per = match args.pos.get(1) {
                Some(v) => vm.int_arg(*v)?,
                None => 1,
            };
            let hex: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
            let s = match (sep, per) {
                (Some(sep), per) if per != 0 => {
                    // Group from the right for positive counts, from the left for negative.
                    let n = per.unsigned_abs() as usize;
                    let mut groups: Vec<String> = Vec::new();
                    if per > 0 {
                        let first = hex.len() % n;
                        if first > 0 {
                            groups.push(hex[..first].concat());
                        }
                        for c in hex[first..].chunks(n) {
                            groups.push(c.concat());
                        }
                    } else {
                        for c in hex.chunks(n) {
                            groups.push(c.concat());
                        }
                    }
                    groups.join(&sep)
                }
                _ => hex.concat(),
            };
            vm.new_str(s)
        }
        M::FromHex => return fromhex(vm, args),
        M::Count => {
            let sub = bytes_arg(vm, spec.one(&args)?)?;
            let n = if sub.is_empty() {
                b.len() + 1
            } else {
                let mut n = 0;
                let mut i = 0;
                while i + sub.len() <= b.len() {
                    if b[i..i + sub.len()] == sub[..] {
                        n += 1;
                        i += sub.len();
                    } else {
                        i += 1;
                    }
                }
                n
            };
            Value::Int(n as i64)
        }
        M::Find | M::Index | M::RFind | M::RIndex => {
            let sub = match args.pos.first().copied() {
                Some(Value::Int(i)) => vec![i as u8],
                Some(v) => bytes_arg(vm, v)?,
                None => return Err(Exc::type_error(format!("{} expected at least 1 argument, got 0", m.as_str()))),
            };
            let found = if matches!(m, M::Find | M::Index) {
                find_bytes(&b, &sub)
            } else if sub.is_empty() {
                Some(b.len())
            } else {
                b.windows(sub.len()).rposition(|w| w == &sub[..])
            };
            match found {
                Some(i) => Value::Int(i as i64),
                None if matches!(m, M::Index | M::RIndex) => return Err(Exc::value_error("subsection not found")),
                None => Value::Int(-1),
            }
        }
        M::Upper => vm.new_bytes(b.to_ascii_uppercase()),
        M::Lower => vm.new_bytes(b.to_ascii_lowercase()),
        M::Strip | M::LStrip | M::RStrip => {
            let chars: Option<Vec<u8>> = match args.pos.first() {
                None | Some(Value::None) => None,
                Some(v) => Some(bytes_arg(vm, *v)?),
            };
            let strip = |x: &u8| match &chars {
                Some(cs) => cs.contains(x),
                None => is_space(*x),
            };
            let start = if m == M::RStrip { 0 } else { b.iter().position(|x| !strip(x)).unwrap_or(b.len()) };
            let end = if m == M::LStrip { b.len() } else { b.iter().rposition(|x| !strip(x)).map_or(start, |i| i + 1) };
            vm.new_bytes(b[start..end.max(start)].to_vec())
        }
        M::Split if args.pos.first().is_none_or(|v| v.is_none()) && args.kw.is_empty() => {
            let parts: Vec<Vec<u8>> = b.split(|x| is_space(*x)).filter(|p| !p.is_empty()).map(<[u8]>::to_vec).collect();
            let items: Vec<Value> = parts.into_iter().map(|p| vm.new_bytes(p)).collect();
            vm.new_list(items)
        }
        M::Join => {
            let x = spec.one(&args)?;
            return match vm.collect_native(x)? {
                Some(items) => join(vm, recv, &items).map(Outcome::Value),
                None if vm.is_iterable(x) => {
                    vm.run_sink(x, None, Sink::BytesJoin { sep: recv, items: Vec::new() }, ret)
                }
                None => Err(Exc::type_error("can only join an iterable")),
            };
        }
        M::Replace => {
            spec.between(&args, 2, 3)?;
            let old = bytes_arg(vm, args.pos[0])?;
            let new = bytes_arg(vm, args.pos[1])?;
            let count = match args.pos.get(2) {
                Some(c) => vm.int_arg(*c)?,
                None => -1,
            };
            let mut out = Vec::with_capacity(b.len());
            let mut rest = &b[..];
            let mut n = 0i64;
            if old.is_empty() {
                return Ok(Outcome::Value(recv));
            }
            while count < 0 || n < count {
                match find_bytes(rest, &old) {
                    Some(i) => {
                        out.extend_from_slice(&rest[..i]);
                        out.extend_from_slice(&new);
                        rest = &rest[i + old.len()..];
                        n += 1;
                    }
                    None => break,
                }
            }
            out.extend_from_slice(rest);
            vm.new_bytes(out)
        }
        M::Title | M::Capitalize | M::SwapCase => {
            let mut out = b.clone();
            let mut prev_letter = false;
            for (i, x) in out.iter_mut().enumerate() {
                let letter = x.is_ascii_alphabetic();
                *x = match m {
                    M::SwapCase if x.is_ascii_uppercase() => x.to_ascii_lowercase(),
                    M::SwapCase => x.to_ascii_uppercase(),
                    M::Capitalize if i == 0 => x.to_ascii_uppercase(),
                    M::Capitalize => x.to_ascii_lowercase(),
                    _ if prev_letter => x.to_ascii_lowercase(),
                    _ => x.to_ascii_uppercase(),
                };
                prev_letter = letter;
            }
            vm.new_bytes(out)
        }
        M::IsDigit => Value::Bool(!b.is_empty() && b.iter().all(u8::is_ascii_digit)),
        M::IsAlpha => Value::Bool(!b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)),
        M::IsAlnum => Value::Bool(!b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)),
        M::IsSpace => Value::Bool(!b.is_empty() && b.iter().all(|x| is_space(*x))),
        M::IsAscii => Value::Bool(b.is_ascii()),
        M::Translate => {
            let table = match args.pos.first() {
                None | Some(Value::None) => None,
                Some(t) => match bytes_of(vm, *t) {
                    Some(t) if t.len() == 256 => Some(t),
                    _ => return Err(Exc::value_error("translation table must be 256 characters long")),
                },
            };
            let delete = match args.pos.get(1) {
                Some(d) => bytes_arg(vm, *d)?,
                None => Vec::new(),
            };
            let out: Vec<u8> = b
                .iter()
                .filter(|x| !delete.contains(x))
                .map(|x| table.as_ref().map_or(*x, |t| t[*x as usize]))
                .collect();
            vm.new_bytes(out)
        }
        M::IsTitle => {
            let text: String = b.iter().map(|x| if x.is_ascii() { *x as char } else { ' ' }).collect();
            Value::Bool(super::str_case::is_title(&text))
        }
        M::IsUpper => Value::Bool(b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)),
        M::IsLower => Value::Bool(b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)),
        _ => {
            // Methods shared with str: operate on latin-1 text (arguments too) and encode back.
            let text: String = b.iter().map(|x| *x as char).collect();
            let s = vm.new_str(text);
            let mut args = args;
            if matches!(m, M::StartsWith | M::EndsWith)
                && let Some(first) = args.pos.first()
            {
                let ok = bytes_of(vm, *first).is_some()
                    || matches!(first, Value::Ref(id) if matches!(vm.heap.get(*id), Object::Tuple(_)));
                if !ok {
                    return Err(Exc::type_error(format!(
                        "{} first arg must be bytes or a tuple of bytes, not {}",
                        m.as_str(),
                        vm.type_name(*first)
                    )));
                }
            }
            for a in args.pos.iter_mut() {
                *a = latin1_text(vm, *a)?;
            }
            let r = super::str_methods::call(vm, s, m, args, ret)?;
            let Outcome::Value(v) = r else { return Ok(r) };
            latin1_back(vm, v)
        }
    };
    Ok(Outcome::Value(v))
}

/// A bytes argument (or tuple of them) as latin-1 text for the shared str implementation.
/// `sep.join(items)` for a bytes or bytearray separator (the result has the separator's type).
pub fn join(vm: &mut Vm, sep: Value, items: &[Value]) -> PyResult<Value> {
    let sep_bytes = bytes_of(vm, sep).unwrap_or_default();
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep_bytes);
        }
        match bytes_of(vm, *it) {
            Some(p) => out.extend_from_slice(&p),
            None => {
                return Err(Exc::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(*it)
                )));
            }
        }
    }
    vm.reserve(out.len())?;
    let joined = vm.new_bytes(out);
    Ok(if is_bytearray(vm, sep) { as_bytearray(vm, joined) } else { joined })
}

fn latin1_text(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(b) = bytes_of(vm, v) {
        let s: String = b.iter().map(|x| *x as char).collect();
        return Ok(vm.new_str(s));
    }
    if vm.as_str(v).is_some() {
        return Err(Exc::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))));
    }
    if let Value::Ref(id) = v
        && let Object::Tuple(items) = vm.heap.get(id)
    {
        let items = items.clone();
        let conv: Vec<Value> = items.into_iter().map(|x| latin1_text(vm, x)).collect::<PyResult<_>>()?;
        return Ok(vm.new_tuple(conv));
    }
    Ok(v)
}

/// Turn str results of shared methods back into bytes.
fn latin1_back(vm: &mut Vm, v: Value) -> Value {
    if let Some(s) = vm.as_str(v) {
        let b: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
        return vm.new_bytes(b);
    }
    if let Some(items) = vm.seq_items(v) {
        let items = items.to_vec();
        let is_tuple = matches!(v, Value::Ref(id) if matches!(vm.heap.get(id), Object::Tuple(_)));
        let conv: Vec<Value> = items.into_iter().map(|x| latin1_back(vm, x)).collect();
        return if is_tuple { vm.new_tuple(conv) } else { vm.new_list(conv) };
    }
    v
}

/// `bytes.maketrans(from, to)`: a 256-byte table.
pub fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Outcome> {
    let from = bytes_arg(vm, args.pos.first().copied().unwrap_or(Value::None))?;
    let to = bytes_arg(vm, args.pos.get(1).copied().unwrap_or(Value::None))?;
    if from.len() != to.len() {
        return Err(Exc::value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(Outcome::Value(vm.new_bytes(table)))
}

pub fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Outcome> {
    let s = args.pos.first().and_then(|v| vm.as_str(*v)).unwrap_or("").to_string();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return Err(Exc::value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}")));
            }
            (Some(_), None) => {
                return Err(Exc::value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )));
            }
        }
        i += 2;
    }
    Ok(Outcome::Value(vm.new_bytes(out)))
}
