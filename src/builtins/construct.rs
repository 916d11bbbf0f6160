//! Calling builtin classes: `int(x)`, `list(it)`, `dict(**kw)`, `range(n)`, `ValueError(msg)`...

use super::args::ArgSpec;
use super::parse::{parse_float, parse_int};
use crate::error::{Exc, PyResult};
use crate::format::repr::str_repr;
use crate::numeric;
use crate::objects::{Dict, Instance, Iter, Object, Range, Set, Slice};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::{Args, Outcome};
use crate::vm::frame::ReturnMode;
use crate::vm::iterbuild::Composite;
use crate::vm::sink::Sink;

pub fn construct(vm: &mut Vm, t: TypeId, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    if t.is_exception() {
        let mut pos: Vec<Value> = args.pos.to_vec();
        if !args.kw.is_empty() {
            return Err(Exc::type_error(format!("{}() takes no keyword arguments", t.name())));
        }
        if t == TypeId::StopIteration && pos.is_empty() {
            pos = Vec::new();
        }
        let id = vm.new_exception(Value::Type(t), pos);
        return Ok(Outcome::Value(Value::Ref(id)));
    }
    let name = t.name();
    let spec = ArgSpec::new(name);
    let v = match t {
        TypeId::Int => {
            let [base_kw] = spec.kwargs(vm, &args, ["base"])?;
            if args.pos.len() > 2 {
                return Err(Exc::type_error(format!("int() takes at most 2 arguments ({} given)", args.pos.len())));
            }
            let base = args.pos.get(1).copied().or(base_kw);
            match (args.pos.first().copied(), base) {
                (None, None) => Value::Int(0),
                (None, Some(_)) => return Err(Exc::type_error("int() missing string argument")),
                (Some(x), None) if vm.is_user_instance(x) => match vm.instance_base(x) {
                    Some(b) => to_int(vm, b)?,
                    None => return vm.int_of_instance(x, ret),
                },
                (Some(x), None) => to_int(vm, x)?,
                (Some(x), Some(b)) => {
                    let base = vm.int_arg(b)?;
                    if base != 0 && !(2..=36).contains(&base) {
                        return Err(Exc::value_error("int() base must be >= 2 and <= 36, or 0"));
                    }
                    let text = match text_of(vm, x) {
                        Some(s) => s,
                        None => return Err(Exc::type_error("int() can't convert non-string with explicit base")),
                    };
                    let n = parse_int(&text, base as u32)?;
                    vm.new_bigint(n)
                }
            }
        }
        TypeId::Float => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 0, 1)?;
            match args.pos.first().copied() {
                None => Value::Float(0.0),
                Some(x) if vm.is_user_instance(x) => match vm.instance_base(x) {
                    Some(b) => to_float(vm, b)?,
                    None => return vm.float_of_instance(x, ret),
                },
                Some(x) => to_float(vm, x)?,
            }
        }
        TypeId::Complex => {
            let [re_kw, im_kw] = spec.kwargs(vm, &args, ["real", "imag"])?;
            spec.between(&args, 0, 2)?;
            let re = args.pos.first().copied().or(re_kw);
            let im = args.pos.get(1).copied().or(im_kw);
            if let Some(text) = re.and_then(|v| vm.as_str(v).map(str::to_string)) {
                if im.is_some() {
                    return Err(Exc::type_error("complex() can't take second arg if first is a string"));
                }
                let (r, i) =
                    parse_complex(&text).ok_or_else(|| Exc::value_error("complex() arg is a malformed string"))?;
                return Ok(Outcome::Value(vm.new_complex(r, i)));
            }
            let part = |vm: &mut Vm, v: Option<Value>| -> PyResult<(f64, f64)> {
                match v {
                    None => Ok((0.0, 0.0)),
                    Some(Value::Ref(id)) if matches!(vm.heap.get(id), Object::Complex { .. }) => match *vm.heap.get(id)
                    {
                        Object::Complex { re, im } => Ok((re, im)),
                        _ => Ok((0.0, 0.0)),
                    },
                    Some(x) => match to_float(vm, x)? {
                        Value::Float(f) => Ok((f, 0.0)),
                        _ => Ok((0.0, 0.0)),
                    },
                }
            };
            let (a, b) = part(vm, re)?;
            let (c, d) = part(vm, im)?;
            vm.new_complex(a - d, b + c)
        }
        TypeId::Bool => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 0, 1)?;
            match args.pos.first().copied() {
                None => Value::Bool(false),
                Some(x) if vm.is_user_instance(x) => {
                    return match vm.truthy_dunder(x, ret)? {
                        Some(b) => Ok(Outcome::Value(Value::Bool(b))),
                        None => Ok(Outcome::Pushed),
                    };
                }
                Some(x) => Value::Bool(vm.truthy_native(x)?),
            }
        }
        TypeId::Str => {
            let [_enc, _errors] = spec.kwargs(vm, &args, ["encoding", "errors"])?;
            match args.pos.first().copied() {
                None => vm.new_str(String::new()),
                Some(x) => {
                    if let (Value::Ref(id), true) = (x, args.pos.len() > 1 || _enc.is_some())
                        && let Object::Bytes(b) | Object::ByteArray(b) = vm.heap.get(id)
                    {
                        let s = crate::methods::decode_utf8(b)?;
                        return Ok(Outcome::Value(vm.new_str(s)));
                    }
                    if vm.as_str(x).is_some() {
                        x
                    } else if vm.needs_python_text(x, 0) {
                        return vm.text_task(vec![x], crate::vm::text::TextGoal::Str, ret);
                    } else {
                        let s = vm.str_value(x)?;
                        vm.new_str(s)
                    }
                }
            }
        }
        TypeId::Bytes => return bytes_new(vm, &args, ret, false),
        TypeId::ByteArray => return bytes_new(vm, &args, ret, true),
        TypeId::List | TypeId::Tuple => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 0, 1)?;
            let Some(x) = args.pos.first().copied() else {
                return Ok(Outcome::Value(if t == TypeId::List {
                    vm.new_list(Vec::new())
                } else {
                    vm.new_tuple(Vec::new())
                }));
            };
            if t == TypeId::Tuple
                && let Value::Ref(id) = x
                && matches!(vm.heap.get(id), Object::Tuple(_))
            {
                return Ok(Outcome::Value(x));
            }
            if !vm.is_iterable(x) {
                return Err(Exc::type_error(format!("'{}' object is not iterable", vm.type_name(x))));
            }
            let sink = if t == TypeId::List { Sink::List(Vec::new()) } else { Sink::Tuple(Vec::new()) };
            return vm.run_sink(x, None, sink, ret);
        }
        TypeId::Set | TypeId::FrozenSet => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 0, 1)?;
            let obj = if t == TypeId::Set { Object::Set(Set::new()) } else { Object::FrozenSet(Set::new()) };
            // Copying a set keeps CPython's table layout (and so its order).
            if let Some(Value::Ref(src)) = args.pos.first() {
                if let Object::Set(s) | Object::FrozenSet(s) = vm.heap.get(*src) {
                    let copy = Set::copy_from(s);
                    let o = if t == TypeId::Set { Object::Set(copy) } else { Object::FrozenSet(copy) };
                    return Ok(Outcome::Value(vm.alloc(o)));
                }
                if let Object::Dict(d) = vm.heap.get(*src) {
                    let n = d.len();
                    let mut s = Set::new();
                    s.reserve_for(n);
                    let set = vm.alloc(if t == TypeId::Set { Object::Set(s) } else { Object::FrozenSet(s) });
                    let keys: Vec<Value> = match vm.heap.get(*src) {
                        Object::Dict(d) => d.keys().collect(),
                        _ => Vec::new(),
                    };
                    for k in keys {
                        vm.set_add(set, k)?;
                    }
                    return Ok(Outcome::Value(set));
                }
            }
            let set = vm.alloc(obj);
            let Some(x) = args.pos.first().copied() else { return Ok(Outcome::Value(set)) };
            if !vm.is_iterable(x) {
                return Err(Exc::type_error(format!("'{}' object is not iterable", vm.type_name(x))));
            }
            let Value::Ref(sid) = set else { return Ok(Outcome::Value(set)) };
            return vm.run_sink(x, None, Sink::SetInto(sid), ret);
        }
        TypeId::Dict => {
            if args.pos.len() > 1 {
                return Err(Exc::type_error(format!("dict expected at most 1 argument, got {}", args.pos.len())));
            }
            let dict = vm.new_dict(Dict::new());
            let Value::Ref(did) = dict else { return Ok(Outcome::Value(dict)) };
            let Some(x) = args.pos.first().copied() else {
                for (k, v) in &args.kw {
                    vm.dict_set(dict, *k, *v)?;
                }
                return Ok(Outcome::Value(dict));
            };
            // A dict subclass instance (without its own `keys`) copies like a dict.
            let x = match vm.instance_base(x) {
                Some(base) if vm.dunder(x, "keys").is_none() => base,
                _ => x,
            };
            if let Value::Ref(id) = x
                && let Object::Dict(src) = vm.heap.get(id)
            {
                let mut copy = src.clone();
                copy.compact_if_sparse();
                let d = vm.new_dict(copy);
                for (k, v) in &args.kw {
                    vm.dict_set(d, *k, *v)?;
                }
                return Ok(Outcome::Value(d));
            }
            if !vm.is_iterable(x) {
                return Err(Exc::type_error(format!("'{}' object is not iterable", vm.type_name(x))));
            }
            if !args.kw.is_empty() {
                // Keyword items come after the positional ones; rebuild in that order.
                let kw = args.kw.clone();
                let tmp = vm.new_dict(Dict::new());
                let Value::Ref(tid) = tmp else { return Ok(Outcome::Value(dict)) };
                match vm.run_sink(x, None, Sink::DictPairs { dict: tid, index: 0 }, ret)? {
                    Outcome::Pushed => {
                        return Err(Exc::type_error("dict() from a generator with keywords is not supported"));
                    }
                    Outcome::Value(_) => {}
                }
                for (k, v) in kw {
                    vm.dict_set(tmp, k, v)?;
                }
                return Ok(Outcome::Value(tmp));
            }
            return vm.run_sink(x, None, Sink::DictPairs { dict: did, index: 0 }, ret);
        }
        TypeId::Range => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 1, 3)?;
            let ints: Vec<i128> = args.pos.iter().map(|v| vm.int128_arg(*v)).collect::<PyResult<_>>()?;
            let (start, stop, step) = match ints.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                _ => (0, 0, 1),
            };
            if step == 0 {
                return Err(Exc::value_error("range() arg 3 must not be zero"));
            }
            vm.alloc(Object::Range(Range { start, stop, step }))
        }
        TypeId::Slice => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 1, 3)?;
            let (start, stop, step) = match args.pos.as_slice() {
                [stop] => (Value::None, *stop, Value::None),
                [start, stop] => (*start, *stop, Value::None),
                [start, stop, step] => (*start, *stop, *step),
                _ => (Value::None, Value::None, Value::None),
            };
            vm.alloc(Object::Slice(Slice { start, stop, step }))
        }
        TypeId::Enumerate => {
            let [iterable_kw, start_kw] = spec.kwargs(vm, &args, ["iterable", "start"])?;
            let iterable = args
                .pos
                .first()
                .copied()
                .or(iterable_kw)
                .ok_or_else(|| Exc::type_error("enumerate() missing required argument 'iterable' (pos 1)"))?;
            let start = match args.pos.get(1).copied().or(start_kw) {
                Some(s) => vm.int128_arg(s)?,
                None => 0,
            };
            return vm.composite_iter(Composite::Enumerate { start }, vec![iterable], ret);
        }
        TypeId::Zip => {
            let [strict] = spec.kwargs(vm, &args, ["strict"])?;
            let strict = match strict {
                Some(s) => vm.truthy_native(s)?,
                None => false,
            };
            for x in args.pos.iter() {
                if !vm.is_iterable(*x) {
                    return Err(Exc::type_error(format!("'{}' object is not iterable", vm.type_name(*x))));
                }
            }
            return vm.composite_iter(Composite::Zip { strict }, args.pos.to_vec(), ret);
        }
        TypeId::Map => {
            spec.no_kwargs(&args)?;
            if args.pos.len() < 2 {
                return Err(Exc::type_error("map() must have at least two arguments."));
            }
            let func = args.pos[0];
            for x in &args.pos[1..] {
                if !vm.is_iterable(*x) {
                    return Err(Exc::type_error(format!("'{}' object is not iterable", vm.type_name(*x))));
                }
            }
            return vm.composite_iter(Composite::Map { func }, args.pos[1..].to_vec(), ret);
        }
        TypeId::Filter => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 2, 2)?;
            let func = args.pos[0];
            if !vm.is_iterable(args.pos[1]) {
                return Err(Exc::type_error(format!("'{}' object is not iterable", vm.type_name(args.pos[1]))));
            }
            return vm.composite_iter(Composite::Filter { func }, vec![args.pos[1]], ret);
        }
        TypeId::Reversed => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 1, 1)?;
            let x = args.pos[0];
            if vm.is_user_instance(x) {
                if let Some(f) = vm.dunder(x, "__reversed__") {
                    return vm.call_value(f, Args::positional([x]), ret);
                }
                if let Some(base) = vm.instance_base(x) {
                    return reversed(vm, base).map(Outcome::Value);
                }
            }
            reversed(vm, x)?
        }
        TypeId::Type => {
            spec.no_kwargs(&args)?;
            match args.pos.len() {
                1 => vm.type_of(args.pos[0]),
                3 => return vm.type_new(args.pos[0], args.pos[1], args.pos[2], ret),
                _ => return Err(Exc::type_error("type() takes 1 or 3 arguments")),
            }
        }
        TypeId::Super => vm.make_super(&args)?,
        TypeId::Property => {
            let [g, s, d, doc] = spec.kwargs(vm, &args, ["fget", "fset", "fdel", "doc"])?;
            let arg = |i: usize, kw: Option<Value>| args.pos.get(i).copied().or(kw).unwrap_or(Value::None);
            vm.alloc(Object::Property { fget: arg(0, g), fset: arg(1, s), fdel: arg(2, d), doc: arg(3, doc) })
        }
        TypeId::ClassMethod | TypeId::StaticMethod => {
            let f = spec.one(&args)?;
            vm.alloc(if t == TypeId::ClassMethod { Object::ClassMethod(f) } else { Object::StaticMethod(f) })
        }
        TypeId::Object => {
            if !args.pos.is_empty() || !args.kw.is_empty() {
                return Err(Exc::type_error("object() takes no arguments"));
            }
            vm.alloc(Object::Instance(Box::new(Instance::new(Value::Type(TypeId::Object)))))
        }
        _ => return Err(Exc::type_error(format!("cannot create '{name}' instances"))),
    };
    Ok(Outcome::Value(v))
}

/// `complex('1+2j')`: real and/or imaginary parts, optionally in parentheses.
fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let s = text.trim();
    let s = s.strip_prefix('(').and_then(|x| x.strip_suffix(')')).unwrap_or(s).trim();
    let Some(body) = s.strip_suffix(['j', 'J']) else { return parse_float(s).map(|r| (r, 0.0)) };
    // Split where the imaginary part's sign starts (not an exponent sign).
    let bytes = body.as_bytes();
    let mut split = None;
    for i in (1..bytes.len()).rev() {
        if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
            split = Some(i);
            break;
        }
    }
    let imag = |t: &str| match t {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        t => parse_float(t),
    };
    match split {
        Some(i) => Some((parse_float(&body[..i])?, imag(&body[i..])?)),
        None => Some((0.0, imag(body)?)),
    }
}

fn text_of(vm: &Vm, x: Value) -> Option<String> {
    if let Some(s) = vm.as_str(x) {
        return Some(s.to_string());
    }
    match x {
        Value::Ref(id) => match vm.heap.get(id) {
            Object::Bytes(b) | Object::ByteArray(b) => Some(String::from_utf8_lossy(b).into_owned()),
            _ => None,
        },
        _ => None,
    }
}

fn to_int(vm: &mut Vm, x: Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => Ok(x),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => {
            let n = numeric::f64_to_bigint(f)?;
            Ok(vm.new_bigint(n))
        }
        _ => {
            if vm.bigint_ref(x).is_some() {
                return Ok(x);
            }
            if let Some(s) = text_of(vm, x) {
                let n = parse_int(&s, 10)?;
                return Ok(vm.new_bigint(n));
            }
            Err(Exc::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(x)
            )))
        }
    }
}

fn to_float(vm: &mut Vm, x: Value) -> PyResult<Value> {
    match x {
        Value::Float(_) => Ok(x),
        Value::Int(i) => Ok(Value::Float(i as f64)),
        Value::Bool(b) => Ok(Value::Float(b as i64 as f64)),
        _ => {
            if let Some(b) = vm.bigint_ref(x) {
                return Ok(Value::Float(numeric::big_to_f64(b)?));
            }
            if let Some(s) = vm.as_str(x) {
                return match parse_float(s) {
                    Some(f) => Ok(Value::Float(f)),
                    None => Err(Exc::value_error(format!("could not convert string to float: {}", str_repr(s)))),
                };
            }
            Err(Exc::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(x)
            )))
        }
    }
}

fn bytes_new(vm: &mut Vm, args: &Args, ret: ReturnMode, array: bool) -> PyResult<Outcome> {
    let spec = ArgSpec::new(if array { "bytearray" } else { "bytes" });
    let [enc, errors] = spec.kwargs(vm, args, ["encoding", "errors"])?;
    let make = |vm: &mut Vm, b: Vec<u8>| if array { vm.alloc(Object::ByteArray(b)) } else { vm.new_bytes(b) };
    let Some(x) = args.pos.first().copied() else { return Ok(Outcome::Value(make(vm, Vec::new()))) };
    if let Some(s) = vm.as_str(x) {
        let Some(enc) = args.pos.get(1).copied().or(enc) else {
            return Err(Exc::type_error("string argument without an encoding"));
        };
        let s = s.to_string();
        let enc = vm.as_str(enc).unwrap_or("utf-8").to_string();
        let errors = args
            .pos
            .get(2)
            .copied()
            .or(errors)
            .and_then(|e| vm.as_str(e).map(str::to_string))
            .unwrap_or_else(|| "strict".into());
        let b = crate::methods::encode(&s, &enc, &errors)?;
        return Ok(Outcome::Value(make(vm, b)));
    }
    match x {
        Value::Int(n) => {
            if n < 0 {
                return Err(Exc::value_error("negative count"));
            }
            vm.reserve(n as usize)?;
            Ok(Outcome::Value(make(vm, vec![0; n as usize])))
        }
        Value::Ref(id) if !array && matches!(vm.heap.get(id), Object::Bytes(_)) => Ok(Outcome::Value(x)),
        Value::Ref(id) if matches!(vm.heap.get(id), Object::Bytes(_) | Object::ByteArray(_)) => {
            let data = match vm.heap.get(id) {
                Object::Bytes(b) | Object::ByteArray(b) => b.clone(),
                _ => Vec::new(),
            };
            Ok(Outcome::Value(make(vm, data)))
        }
        _ => {
            if !vm.is_iterable(x) {
                return Err(Exc::type_error(format!("cannot convert '{}' object to bytes", vm.type_name(x))));
            }
            vm.run_sink(x, None, Sink::Bytes { data: Vec::new(), array }, ret)
        }
    }
}

fn reversed(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let Value::Ref(id) = x else {
        return Err(Exc::type_error(format!("'{}' object is not reversible", vm.type_name(x))));
    };
    let state = match vm.heap.get(id) {
        Object::List(items) | Object::Tuple(items) => Iter::SeqReverse { seq: id, next: items.len() as isize - 1 },
        Object::Bytes(b) | Object::ByteArray(b) => {
            let items: Vec<Value> = b.iter().rev().map(|x| Value::Int(*x as i64)).collect();
            let list = vm.new_list(items);
            let Value::Ref(lid) = list else { return Ok(list) };
            Iter::Seq { seq: lid, index: 0 }
        }
        Object::Range(r) => {
            let r = *r;
            let n = r.len();
            if n == 0 {
                Iter::Range { next: 0, stop: 0, step: 1 }
            } else {
                let last = r.get(n - 1);
                Iter::Range { next: last, stop: r.start.saturating_sub(r.step), step: r.step.saturating_neg() }
            }
        }
        Object::Str(s) => {
            let chars: Vec<char> = s.as_str().chars().rev().collect();
            let items: Vec<Value> = chars.into_iter().map(|c| vm.char_str(c)).collect();
            let list = vm.new_list(items);
            let Value::Ref(lid) = list else { return Ok(list) };
            Iter::Seq { seq: lid, index: 0 }
        }
        Object::Dict(_) | Object::DictView { .. } => {
            let mut items = vm.container_items(x)?.unwrap_or_default();
            items.reverse();
            let list = vm.new_list(items);
            let Value::Ref(lid) = list else { return Ok(list) };
            Iter::Seq { seq: lid, index: 0 }
        }
        _ => return Err(Exc::type_error(format!("'{}' object is not reversible", vm.type_name(x)))),
    };
    Ok(vm.alloc(Object::Iter(Box::new(state))))
}
