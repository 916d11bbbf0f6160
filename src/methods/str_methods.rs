//! Methods of `str`.

use super::MethodName as M;
use super::str_case as case;
use super::str_search as search;
use crate::builtins::ArgSpec;
use crate::builtins::parse::is_py_space;
use crate::error::{Exc, PyResult};
use crate::objects::{Dict, Object};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::{Args, Outcome};
use crate::vm::frame::ReturnMode;
use crate::vm::sink::Sink;
use crate::vm::textmemo::TextOp;

pub fn decode_utf8(b: &[u8]) -> PyResult<String> {
    match std::str::from_utf8(b) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let pos = e.valid_up_to();
            let byte = b.get(pos).copied().unwrap_or(0);
            let reason = match e.error_len() {
                None => "unexpected end of data",
                Some(_) if (0xc2..=0xf4).contains(&byte) => "invalid continuation byte",
                Some(_) => "invalid start byte",
            };
            Err(Exc::new(
                TypeId::UnicodeDecodeError,
                format!("'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {reason}"),
            ))
        }
    }
}

/// Resolve optional `start`/`end` character positions against a string: returns the byte
/// range and the character index where it starts.
fn char_range(vm: &Vm, s: &str, start: Option<Value>, end: Option<Value>) -> PyResult<(usize, usize, usize)> {
    let n = s.chars().count() as i64;
    let norm = |v: Option<Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = vm.index_value(v).ok_or_else(|| {
                    Exc::type_error("slice indices must be integers or None or have an __index__ method")
                })?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let a = norm(start, 0)?;
    let b = norm(end, n)?;
    let b = b.max(a);
    let byte_at = |ci: i64| -> usize {
        if s.is_ascii() { ci as usize } else { s.char_indices().nth(ci as usize).map_or(s.len(), |(i, _)| i) }
    };
    Ok((byte_at(a), byte_at(b), a as usize))
}

fn char_index(s: &str, byte: usize) -> usize {
    if s.is_ascii() { byte } else { s[..byte].chars().count() }
}

fn str_arg(vm: &Vm, v: Value, what: &str) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(Exc::type_error(format!("{what}must be str, not {}", clinic_type_name(vm, v)))),
    }
}

/// Type names as CPython's argument parser prints them ("None" for None).
fn clinic_type_name(vm: &Vm, v: Value) -> String {
    if v.is_none() { "None".into() } else { vm.type_name(v) }
}

fn fill_char(vm: &Vm, v: Option<Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(v) => {
            let s = vm.as_str(v).ok_or_else(|| {
                Exc::type_error(format!("The fill character must be a unicode character, not {}", vm.type_name(v)))
            })?;
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(Exc::type_error("The fill character must be exactly one character long")),
            }
        }
    }
}

pub fn call(vm: &mut Vm, recv: Value, m: M, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    let s = vm.as_str(recv).unwrap_or("").to_string();
    let spec = ArgSpec::new(m.as_str());
    let p = |i: usize| args.pos.get(i).copied();
    let v = match m {
        M::Upper => vm.new_str(case::upper(&s)),
        M::Lower => vm.new_str(case::lower(&s)),
        M::Title => vm.new_str(case::title(&s)),
        M::Capitalize => vm.new_str(case::capitalize(&s)),
        M::SwapCase => vm.new_str(case::swapcase(&s)),
        M::Casefold => vm.new_str(case::casefold(&s)),
        M::IsUpper => Value::Bool(case::is_upper(&s)),
        M::IsLower => Value::Bool(case::is_lower(&s)),
        M::IsTitle => Value::Bool(case::is_title(&s)),
        M::IsSpace => Value::Bool(case::is_space_str(&s)),
        M::IsDigit => Value::Bool(!s.is_empty() && s.chars().all(case::is_digit_char)),
        M::IsDecimal => Value::Bool(!s.is_empty() && s.chars().all(case::is_decimal_char)),
        M::IsNumeric => Value::Bool(!s.is_empty() && s.chars().all(case::is_numeric_char)),
        M::IsAlpha => Value::Bool(!s.is_empty() && s.chars().all(case::is_alpha_char)),
        M::IsAlnum => Value::Bool(!s.is_empty() && s.chars().all(case::is_alnum_char)),
        M::IsAscii => Value::Bool(s.is_ascii()),
        M::IsIdentifier => Value::Bool(case::is_identifier(&s)),
        M::IsPrintable => Value::Bool(s.chars().all(crate::format::repr::is_printable)),
        M::Strip | M::LStrip | M::RStrip => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 0, 1)?;
            let chars: Option<Vec<char>> = match p(0) {
                None | Some(Value::None) => None,
                Some(c) => Some(
                    str_arg(vm, c, "strip arg ")
                        .map_err(|_| Exc::type_error(format!("{} arg must be None or str", m.as_str())))?
                        .chars()
                        .collect(),
                ),
            };
            let out = match (&chars, m) {
                (None, M::Strip) => s.trim_matches(is_py_space),
                (None, M::LStrip) => s.trim_start_matches(is_py_space),
                (None, _) => s.trim_end_matches(is_py_space),
                (Some(cs), M::Strip) => s.trim_matches(|c| cs.contains(&c)),
                (Some(cs), M::LStrip) => s.trim_start_matches(|c| cs.contains(&c)),
                (Some(cs), _) => s.trim_end_matches(|c| cs.contains(&c)),
            };
            vm.new_str(out.to_string())
        }
        M::Split | M::RSplit => {
            let [sep_kw, max_kw] = spec.kwargs(vm, &args, ["sep", "maxsplit"])?;
            let sep = p(0).or(sep_kw).filter(|v| !v.is_none());
            let maxsplit = match p(1).or(max_kw) {
                Some(v) => vm.int_arg(v)?,
                None => -1,
            };
            let parts: Vec<String> = match sep {
                None => {
                    let v = if m == M::Split {
                        search::split_whitespace(&s, maxsplit)
                    } else {
                        search::rsplit_whitespace(&s, maxsplit)
                    };
                    v.into_iter().map(str::to_string).collect()
                }
                Some(sep) => {
                    let Some(sep) = vm.as_str(sep).map(str::to_string) else {
                        return Err(Exc::type_error(format!("must be str or None, not {}", vm.type_name(sep))));
                    };
                    if sep.is_empty() {
                        return Err(Exc::value_error("empty separator"));
                    }
                    let v = if m == M::Split {
                        search::split_sep(&s, &sep, maxsplit)
                    } else {
                        search::rsplit_sep(&s, &sep, maxsplit)
                    };
                    v.into_iter().map(str::to_string).collect()
                }
            };
            vm.reserve(parts.len() * 64)?;
            let items: Vec<Value> = parts.into_iter().map(|x| vm.new_str(x)).collect();
            vm.new_list(items)
        }
        M::SplitLines => {
            let [keep_kw] = spec.kwargs(vm, &args, ["keepends"])?;
            let keep = match p(0).or(keep_kw) {
                Some(v) => vm.truthy_native(v)?,
                None => false,
            };
            let parts: Vec<String> = search::splitlines(&s, keep).into_iter().map(str::to_string).collect();
            let items: Vec<Value> = parts.into_iter().map(|x| vm.new_str(x)).collect();
            vm.new_list(items)
        }
        M::Join => {
            let x = spec.one(&args)?;
            if !vm.is_iterable(x) {
                return Err(Exc::type_error("can only join an iterable"));
            }
            return vm.run_sink(x, None, Sink::Join { sep: recv, parts: Vec::new() }, ret);
        }
        M::Replace => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 2, 3)?;
            let old = str_arg(vm, args.pos[0], "replace() argument 1 ")?;
            let new = str_arg(vm, args.pos[1], "replace() argument 2 ")?;
            let count = match p(2) {
                Some(c) => vm.int_arg(c)?,
                None => -1,
            };
            vm.reserve(search::replace_size(&s, &old, &new, count))?;
            vm.new_str(search::replace(&s, &old, &new, count))
        }
        M::Find | M::RFind | M::Index | M::RIndex | M::Count => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 1, 3)?;
            let Some(sub) = vm.as_str(args.pos[0]).map(str::to_string) else {
                return Err(Exc::type_error(format!("must be str, not {}", vm.type_name(args.pos[0]))));
            };
            let (b0, b1, c0) = char_range(vm, &s, p(1), p(2))?;
            let hay = &s[b0..b1];
            // A start past the end finds nothing, not even the empty string.
            let n = s.chars().count() as i64;
            let raw_start = match p(1) {
                Some(v) if !v.is_none() => vm.index_value(v).map(|i| if i < 0 { i + n } else { i }).unwrap_or(0),
                _ => 0,
            };
            if raw_start > n {
                return Ok(Outcome::Value(match m {
                    M::Count => Value::Int(0),
                    M::Index | M::RIndex => return Err(Exc::value_error("substring not found")),
                    _ => Value::Int(-1),
                }));
            }
            if m == M::Count {
                Value::Int(search::count(hay, &sub) as i64)
            } else {
                let found = if matches!(m, M::Find | M::Index) { hay.find(&sub) } else { hay.rfind(&sub) };
                match found {
                    Some(i) => Value::Int((c0 + char_index(hay, i)) as i64),
                    None if matches!(m, M::Index | M::RIndex) => return Err(Exc::value_error("substring not found")),
                    None => Value::Int(-1),
                }
            }
        }
        M::StartsWith | M::EndsWith => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 1, 3)?;
            let (b0, b1, _) = char_range(vm, &s, p(1), p(2))?;
            let hay = &s[b0..b1];
            let prefixes: Vec<String> = match vm.seq_items(args.pos[0]) {
                Some(items) if matches!(args.pos[0], Value::Ref(id) if matches!(vm.heap.get(id), Object::Tuple(_))) => {
                    let items = items.to_vec();
                    let mut out = Vec::new();
                    for it in items {
                        match vm.as_str(it) {
                            Some(x) => out.push(x.to_string()),
                            None => {
                                return Err(Exc::type_error(format!(
                                    "tuple for {} must only contain str, not {}",
                                    m.as_str(),
                                    vm.type_name(it)
                                )));
                            }
                        }
                    }
                    out
                }
                _ => match vm.as_str(args.pos[0]) {
                    Some(x) => vec![x.to_string()],
                    None => {
                        return Err(Exc::type_error(format!(
                            "{} first arg must be str or a tuple of str, not {}",
                            m.as_str(),
                            vm.type_name(args.pos[0])
                        )));
                    }
                },
            };
            let ok = prefixes.iter().any(|pre| {
                if m == M::StartsWith { hay.starts_with(pre.as_str()) } else { hay.ends_with(pre.as_str()) }
            });
            Value::Bool(ok)
        }
        M::Center | M::LJust | M::RJust => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 1, 2)?;
            let width = vm.int_arg(args.pos[0])?;
            let fill = fill_char(vm, p(1))?;
            let n = s.chars().count() as i64;
            if width <= n {
                recv
            } else {
                vm.reserve(width as usize)?;
                let pad = (width - n) as usize;
                let (left, right) = match m {
                    M::LJust => (0, pad),
                    M::RJust => (pad, 0),
                    _ => {
                        let left = pad / 2 + (pad & width as usize & 1);
                        (left, pad - left)
                    }
                };
                let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
                vm.new_str(format!("{}{s}{}", f(left), f(right)))
            }
        }
        M::ZFill => {
            let w = spec.one(&args)?;
            let width = vm.int_arg(w)?;
            let n = s.chars().count() as i64;
            if width <= n {
                recv
            } else {
                vm.reserve(width as usize)?;
                let pad = "0".repeat((width - n) as usize);
                let out = match s.chars().next() {
                    Some(c @ ('+' | '-')) => format!("{c}{pad}{}", &s[1..]),
                    _ => format!("{pad}{s}"),
                };
                vm.new_str(out)
            }
        }
        M::Partition | M::RPartition => {
            let sep_v = spec.one(&args)?;
            let sep = str_arg(vm, sep_v, "")?;
            if sep.is_empty() {
                return Err(Exc::value_error("empty separator"));
            }
            let found = if m == M::Partition { s.find(&sep) } else { s.rfind(&sep) };
            let (a, b, c) = match found {
                Some(i) => (s[..i].to_string(), sep.clone(), s[i + sep.len()..].to_string()),
                None if m == M::Partition => (s.clone(), String::new(), String::new()),
                None => (String::new(), String::new(), s.clone()),
            };
            let items = vec![vm.new_str(a), vm.new_str(b), vm.new_str(c)];
            vm.new_tuple(items)
        }
        M::RemovePrefix | M::RemoveSuffix => {
            let a = spec.one(&args)?;
            let affix = str_arg(vm, a, &format!("{}() argument ", m.as_str()))?;
            let out =
                if m == M::RemovePrefix { s.strip_prefix(affix.as_str()) } else { s.strip_suffix(affix.as_str()) };
            match out {
                Some(o) => vm.new_str(o.to_string()),
                None => recv,
            }
        }
        M::ExpandTabs => {
            let [ts_kw] = spec.kwargs(vm, &args, ["tabsize"])?;
            let tabsize = match p(0).or(ts_kw) {
                Some(v) => vm.int_arg(v)?,
                None => 8,
            };
            let mut out = String::new();
            let mut col = 0i64;
            for c in s.chars() {
                match c {
                    '\t' => {
                        if tabsize > 0 {
                            let spaces = tabsize - col % tabsize;
                            vm.reserve(out.len() + spaces as usize)?;
                            out.extend(std::iter::repeat_n(' ', spaces as usize));
                            col += spaces;
                        }
                    }
                    '\n' | '\r' => {
                        out.push(c);
                        col = 0;
                    }
                    _ => {
                        out.push(c);
                        col += 1;
                    }
                }
            }
            vm.new_str(out)
        }
        M::Encode => {
            let [enc_kw, err_kw] = spec.kwargs(vm, &args, ["encoding", "errors"])?;
            let enc = match p(0).or(enc_kw) {
                Some(v) => str_arg(vm, v, "encode() argument 'encoding' ")?,
                None => "utf-8".into(),
            };
            let errors = match p(1).or(err_kw) {
                Some(v) => str_arg(vm, v, "encode() argument 'errors' ")?,
                None => "strict".into(),
            };
            let bytes = encode(&s, &enc, &errors)?;
            vm.new_bytes(bytes)
        }
        M::Format => {
            let kwargs = if args.kw.is_empty() {
                None
            } else {
                let d = vm.new_dict(Dict::new());
                for (k, v) in &args.kw {
                    vm.dict_set(d, *k, *v)?;
                }
                Some(d)
            };
            if args.pos.iter().chain(args.kw.iter().map(|(_, v)| v)).any(|v| vm.formats_objects(*v)) {
                return vm.format_with_python(TextOp::Format(recv, args.pos.to_vec(), kwargs), ret);
            }
            let out = vm.str_format(&s, &args.pos, kwargs)?;
            vm.new_str(out)
        }
        M::FormatMap => {
            let mapping = spec.one(&args)?;
            if vm.formats_objects(mapping) {
                return vm.format_with_python(TextOp::Format(recv, Vec::new(), Some(mapping)), ret);
            }
            let out = vm.str_format(&s, &[], Some(mapping))?;
            vm.new_str(out)
        }
        M::Translate => {
            let table = spec.one(&args)?;
            let mut out = String::with_capacity(s.len());
            for c in s.chars() {
                match vm.dict_lookup(table, Value::Int(c as i64))? {
                    None => out.push(c),
                    Some(Value::None) => {}
                    Some(Value::Int(i)) => out.push(
                        u32::try_from(i)
                            .ok()
                            .and_then(char::from_u32)
                            .ok_or_else(|| Exc::value_error("character mapping must be in range(0x110000)"))?,
                    ),
                    Some(v) => match vm.as_str(v) {
                        Some(t) => out.push_str(t),
                        None => return Err(Exc::type_error("character mapping must return integer, None or str")),
                    },
                }
            }
            vm.new_str(out)
        }
        M::MakeTrans => return maketrans(vm, args),
        _ => return Err(Exc::attribute_error(format!("'str' object has no attribute '{}'", m.as_str()))),
    };
    Ok(Outcome::Value(v))
}

pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let enc = encoding.to_ascii_lowercase().replace('_', "-");
    match enc.as_str() {
        "utf-8" | "utf8" | "u8" => Ok(s.as_bytes().to_vec()),
        "ascii" | "us-ascii" | "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => {
            let limit = if enc.contains("ascii") { 128 } else { 256 };
            let codec = if limit == 128 { "ascii" } else { "latin-1" };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                let u = c as u32;
                if u < limit {
                    out.push(u as u8);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        _ => {
                            return Err(Exc::new(
                                TypeId::UnicodeEncodeError,
                                format!(
                                    "'{codec}' codec can't encode character {} in position {i}: ordinal not in range({limit})",
                                    crate::format::repr::str_ascii_of_repr(&crate::format::repr::str_repr(
                                        &c.to_string()
                                    ))
                                ),
                            ));
                        }
                    }
                }
            }
            Ok(out)
        }
        other => Err(Exc::new(TypeId::LookupError, format!("unknown encoding: {other}"))),
    }
}

pub fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Outcome> {
    let table = vm.new_dict(Dict::new());
    match args.pos.len() {
        1 => {
            let src = args.pos[0];
            let entries: Vec<(Value, Value)> = match src {
                Value::Ref(id) => match vm.heap.get(id) {
                    Object::Dict(d) => d.iter_entries().map(|e| (e.key, e.value)).collect(),
                    _ => return Err(Exc::type_error("if you give only one argument to maketrans it must be a dict")),
                },
                _ => return Err(Exc::type_error("if you give only one argument to maketrans it must be a dict")),
            };
            for (k, v) in entries {
                let key = match vm.as_str(k) {
                    Some(s) if s.chars().count() == 1 => Value::Int(s.chars().next().unwrap_or('\0') as i64),
                    Some(_) => return Err(Exc::value_error("string keys in translate table must be of length 1")),
                    None => k,
                };
                vm.dict_set(table, key, v)?;
            }
        }
        2 | 3 => {
            let x = vm.as_str(args.pos[0]).unwrap_or("").to_string();
            let y = vm.as_str(args.pos[1]).unwrap_or("").to_string();
            if x.chars().count() != y.chars().count() {
                return Err(Exc::value_error("the first two maketrans arguments must have equal length"));
            }
            for (a, b) in x.chars().zip(y.chars()) {
                vm.dict_set(table, Value::Int(a as i64), Value::Int(b as i64))?;
            }
            if let Some(z) = args.pos.get(2) {
                let z = vm.as_str(*z).unwrap_or("").to_string();
                for c in z.chars() {
                    vm.dict_set(table, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        _ => return Err(Exc::type_error("maketrans() takes 1 to 3 arguments")),
    }
    Ok(Outcome::Value(table))
}
