//! `_monty`: native helpers for the library modules written in Python (dataclasses,
//! collections), doing in one call what would otherwise be many bytecode steps per instance.

use crate::builtins::{ArgSpec, Builtin};
use crate::error::{Exc, PyResult};
use crate::objects::{Dict, Object};
use crate::value::{ObjId, Value};
use crate::vm::Vm;
use crate::vm::call::Args;

/// The module object.
pub fn create(vm: &mut Vm) -> PyResult<ObjId> {
    let entries =
        Builtin::ALL.iter().filter_map(|b| Some((b.name().strip_prefix("_monty.")?, Value::Builtin(*b)))).collect();
    super::module::new_module(vm, "_monty", entries)
}

/// Call one of the helpers.
pub fn call(vm: &mut Vm, b: Builtin, args: Args) -> PyResult<Value> {
    match b {
        Builtin::MontyBind => bind(vm, args),
        Builtin::MontySetFields => set_fields(vm, args),
        Builtin::MontyJsonDumps => super::json::dumps(vm, args),
        Builtin::MontyJsonLoads => super::json::loads(vm, args),
        Builtin::MontyReCompile => super::re::compile(vm, args),
        Builtin::MontyReMatch => super::re::find(vm, args),
        Builtin::MontyReAll => super::re::find_all(vm, args),
        Builtin::MontyReSub => super::re::sub(vm, args),
        Builtin::MontyReExpand => super::re::expand(vm, args),
        Builtin::MontyReTemplateError => super::re::check_template(vm, args),
        Builtin::MontyMtSeed => super::mersenne::seed(vm, args),
        Builtin::MontyMtRandom => super::mersenne::random(vm, args),
        Builtin::MontyMtGetrandbits => super::mersenne::getrandbits(vm, args),
        Builtin::MontyHashDigest => super::digest::hash_digest(vm, args),
        Builtin::MontyB64Encode => super::digest::b64_encode(vm, args),
        Builtin::MontyB64Decode => super::digest::b64_decode(vm, args),
        // `sys.exception()`: the exception being handled by an enclosing `except`, or None.
        Builtin::MontyCurrentException => Ok(vm.current_handled().map_or(Value::None, Value::Ref)),
        Builtin::MontyExceptionFrames => exception_frames(vm, args),
        _ => attrs(vm, args),
    }
}

/// `exception_frames(exc)`: the traceback of an exception as (filename, line, function, source
/// line) tuples, outermost first (the `traceback` module formats them).
fn exception_frames(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let exc = ArgSpec::new("exception_frames").one(&args)?;
    let frames = match exc {
        Value::Ref(id) if vm.exc_data(id).is_some() => vm.exception_frames(id),
        _ => return Err(Exc::type_error("exception_frames() needs an exception")),
    };
    let mut items = Vec::with_capacity(frames.len());
    for f in frames {
        let filename = vm.new_str(f.filename);
        let function = vm.new_str(f.function);
        let source = vm.new_str(f.source_line);
        items.push(vm.new_tuple(vec![filename, Value::Int(i64::from(f.line)), function, source]));
    }
    Ok(vm.new_list(items))
}

fn strings(vm: &Vm, v: Value) -> Vec<Value> {
    vm.seq_items(v).map(<[Value]>::to_vec).unwrap_or_default()
}

fn contains_name(vm: &Vm, names: &[Value], name: &str) -> bool {
    names.iter().any(|n| vm.as_str(*n) == Some(name))
}

fn quoted_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

fn missing_error(qualname: &str, kind: &str, names: Vec<String>) -> Exc {
    let n = names.len();
    let plural = if n == 1 { "" } else { "s" };
    Exc::type_error(format!("{qualname}() missing {n} required {kind} argument{plural}: {}", quoted_list(&names)))
}

/// `bind(qualname, positional, keyword_only, defaults, optional, args, kwargs)`: map the
/// arguments of a generated signature onto parameter names, with CPython's error messages.
/// Missing parameters take their value from the `defaults` dict, or stay out of the result
/// when named in `optional` (default factories). Returns a dict.
fn bind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = ArgSpec::new("bind");
    spec.no_kwargs(&args)?;
    spec.between(&args, 7, 7)?;
    let qualname = vm.as_str(args.pos[0]).unwrap_or("?").to_string();
    let positional = strings(vm, args.pos[1]);
    let keyword_only = strings(vm, args.pos[2]);
    let (defaults, optional, given, kwargs) = (args.pos[3], strings(vm, args.pos[4]), args.pos[5], args.pos[6]);
    let given = strings(vm, given);
    if given.len() > positional.len() {
        return Err(Exc::type_error(format!(
            "{qualname}() takes {} positional arguments but {} were given",
            positional.len() + 1,
            given.len() + 1
        )));
    }
    let result = vm.new_dict(Dict::new());
    for (name, value) in positional.iter().zip(given.iter()) {
        vm.dict_set(result, *name, *value)?;
    }
    let kw_entries: Vec<(Value, Value)> = match kwargs {
        Value::Ref(id) => match vm.heap.get(id) {
            Object::Dict(d) => d.iter_entries().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    for (key, value) in kw_entries {
        let name = vm.as_str(key).unwrap_or("").to_string();
        if !contains_name(vm, &positional, &name) && !contains_name(vm, &keyword_only, &name) {
            return Err(Exc::type_error(format!("{qualname}() got an unexpected keyword argument '{name}'")));
        }
        if vm.dict_lookup(result, key)?.is_some() {
            return Err(Exc::type_error(format!("{qualname}() got multiple values for argument '{name}'")));
        }
        vm.dict_set(result, key, value)?;
    }
    for (params, kind) in [(&positional, "positional"), (&keyword_only, "keyword-only")] {
        let mut missing = Vec::new();
        for name in params.iter() {
            if vm.dict_lookup(result, *name)?.is_some() {
                continue;
            }
            match vm.dict_lookup(defaults, *name)? {
                Some(d) => vm.dict_set(result, *name, d)?,
                None => {
                    let text = vm.as_str(*name).unwrap_or("").to_string();
                    if !contains_name(vm, &optional, &text) {
                        missing.push(text);
                    }
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(&qualname, kind, missing));
        }
    }
    Ok(result)
}

/// `set_fields(obj, names, values)`: store `values[name]` (when present) as attribute `name`
/// of `obj`, straight into its `__dict__` (as `object.__setattr__` does, so frozen classes
/// can initialise themselves).
fn set_fields(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = ArgSpec::new("set_fields");
    spec.between(&args, 3, 3)?;
    let (obj, values) = (args.pos[0], args.pos[2]);
    let Value::Ref(id) = obj else { return Err(Exc::type_error("set_fields() needs an instance")) };
    if !vm.is_user_instance(obj) {
        return Err(Exc::type_error("set_fields() needs an instance"));
    }
    for name in strings(vm, args.pos[1]) {
        if let Some(v) = vm.dict_lookup(values, name)? {
            vm.set_instance_attr(id, name, v)?;
        }
    }
    Ok(Value::None)
}

/// `attrs(obj, names)`: the tuple of `obj`'s attributes `names` when each is a plain entry
/// of its `__dict__` (no property or descriptor of that name in its class); None otherwise,
/// and the caller uses `getattr`.
fn attrs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = ArgSpec::new("attrs");
    spec.between(&args, 2, 2)?;
    let obj = args.pos[0];
    let Value::Ref(id) = obj else { return Ok(Value::None) };
    let Object::Instance(inst) = vm.heap.get(id) else { return Ok(Value::None) };
    let (class, dict) = (inst.class, inst.dict);
    let Some(dict) = dict else { return Ok(Value::None) };
    let mut values = Vec::new();
    for name in strings(vm, args.pos[1]) {
        let text = vm.as_str(name).unwrap_or("").to_string();
        // A property or other descriptor of that name takes precedence over `__dict__`.
        let descriptor = vm.class_lookup_str(class, &text).is_some_and(|a| {
            matches!(a, Value::Ref(aid) if matches!(vm.heap.get(aid), Object::Property { .. }))
                || vm.dunder(a, "__get__").is_some()
        });
        if descriptor {
            return Ok(Value::None);
        }
        match vm.dict_get_str(dict, &text) {
            Some(v) => values.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(vm.new_tuple(values))
}
