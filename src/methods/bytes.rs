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

fn bytes_of(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Object::Bytes(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn bytes_arg(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    bytes_of(vm, v).ok_or_else(|| Exc::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

pub fn call(vm: &mut Vm, recv: Value, m: M, args: Args, _ret: ReturnMode) -> PyResult<Outcome> {
    let b = bytes_of(vm, recv).unwrap_or_default();
    let spec = ArgSpec::new(m.as_str());
    let v = match m {
        M::Decode => {
            let [enc_kw, err_kw] = spec.kwargs(vm, &args, ["encoding", "errors"])?;
            let enc = args.pos.first().copied().or(enc_kw).and_then(|v| vm.as_str(v).map(str::to_string)).unwrap_or_else(|| "utf-8".into());
            let errors = args.pos.get(1).copied().or(err_kw).and_then(|v| vm.as_str(v).map(str::to_string)).unwrap_or_else(|| "strict".into());
            let e = enc.to_ascii_lowercase().replace('_', "-");
            let s = match e.as_str() {
                "utf-8" | "utf8" => match errors.as_str() {
                    "strict" => super::decode_utf8(&b)?,
                    _ => String::from_utf8_lossy(&b).into_owned(),
                },
                "ascii" => {
                    if let Some(pos) = b.iter().position(|x| *x >= 128) {
                        if errors == "strict" {
                            return Err(Exc::new(
                                TypeId::UnicodeDecodeError,
                                format!("'ascii' codec can't decode byte 0x{:02x} in position {pos}: ordinal not in range(128)", b[pos]),
                            ));
                        }
                    }
                    b.iter().map(|x| if *x < 128 { *x as char } else { '\u{fffd}' }).collect()
                }
                "latin-1" | "latin1" | "iso-8859-1" => b.iter().map(|x| *x as char).collect(),
                other => return Err(Exc::new(TypeId::LookupError, format!("unknown encoding: {other}"))),
            };
            vm.new_str(s)
        }
        M::Hex => {
            let s: String = b.iter().map(|x| format!("{x:02x}")).collect();
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
        M::StartsWith | M::EndsWith => {
            let x = args.pos.first().copied().unwrap_or(Value::None);
            let pre = bytes_arg(vm, x)?;
            Value::Bool(if m == M::StartsWith { b.starts_with(&pre) } else { b.ends_with(&pre) })
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
        M::Split => {
            let sep = match args.pos.first() {
                None | Some(Value::None) => None,
                Some(v) => Some(bytes_arg(vm, *v)?),
            };
            let parts: Vec<Vec<u8>> = match sep {
                None => b.split(|x| is_space(*x)).filter(|p| !p.is_empty()).map(<[u8]>::to_vec).collect(),
                Some(sep) if sep.is_empty() => return Err(Exc::value_error("empty separator")),
                Some(sep) => {
                    let mut out = Vec::new();
                    let mut rest = &b[..];
                    while let Some(i) = find_bytes(rest, &sep) {
                        out.push(rest[..i].to_vec());
                        rest = &rest[i + sep.len()..];
                    }
                    out.push(rest.to_vec());
                    out
                }
            };
            let items: Vec<Value> = parts.into_iter().map(|p| vm.new_bytes(p)).collect();
            vm.new_list(items)
        }
        M::Join => {
            let x = spec.one(&args)?;
            let Some(items) = vm.collect_native(x)? else {
                return Err(Exc::type_error("can only join an iterable"));
            };
            let mut out = Vec::new();
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(&b);
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
            vm.new_bytes(out)
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
        M::IsDigit => Value::Bool(!b.is_empty() && b.iter().all(u8::is_ascii_digit)),
        M::IsAlpha => Value::Bool(!b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)),
        M::IsAlnum => Value::Bool(!b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)),
        M::IsSpace => Value::Bool(!b.is_empty() && b.iter().all(|x| is_space(*x))),
        M::IsAscii => Value::Bool(b.is_ascii()),
        M::IsUpper => Value::Bool(b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)),
        M::IsLower => Value::Bool(b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)),
        _ => {
            // Methods shared with str: operate on the latin-1 text and encode back.
            let text: String = b.iter().map(|x| *x as char).collect();
            let s = vm.new_str(text);
            let r = super::str_methods::call(vm, s, m, args, _ret)?;
            let Outcome::Value(v) = r else { return Ok(r) };
            latin1_back(vm, v)
        }
    };
    Ok(Outcome::Value(v))
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

pub fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Outcome> {
    let s = args.pos.first().and_then(|v| vm.as_str(*v)).unwrap_or("").to_string();
    let digits: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() % 2 != 0 || !digits.iter().all(|c| c.is_ascii_hexdigit()) {
        let pos = digits.iter().position(|c| !c.is_ascii_hexdigit()).unwrap_or(digits.len());
        return Err(Exc::value_error(format!("non-hexadecimal number found in fromhex() arg at position {pos}")));
    }
    let out: Vec<u8> = digits
        .chunks(2)
        .map(|p| u8::from_str_radix(&p.iter().collect::<String>(), 16).unwrap_or(0))
        .collect();
    Ok(Outcome::Value(vm.new_bytes(out)))
}
