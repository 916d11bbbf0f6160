//! Methods of `dict`.

use super::MethodName as M;
use crate::builtins::ArgSpec;
use crate::error::{Exc, PyResult};
use crate::objects::{Dict, DictPart, Object};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::{Args, Outcome};
use crate::vm::frame::ReturnMode;
use crate::vm::keys::KeyAction;

pub fn call(vm: &mut Vm, recv: Value, m: M, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    let Value::Ref(id) = recv else { return Ok(Outcome::Value(Value::None)) };
    let spec = ArgSpec::new(m.as_str());
    if matches!(m, M::Get | M::SetDefault | M::Pop) && args.pos.first().is_some_and(|k| vm.needs_python_key(*k)) {
        spec.no_kwargs(&args)?;
        spec.between(&args, 1, 2)?;
        let default = args.pos.get(1).copied();
        let action = match m {
            M::Get => KeyAction::GetOr(default.unwrap_or(Value::None)),
            M::SetDefault => KeyAction::SetDefault(default.unwrap_or(Value::None)),
            _ => KeyAction::Pop(default),
        };
        return vm.key_op(recv, args.pos[0], action, ret);
    }
    let v = match m {
        M::Get => {
            spec.no_kwargs(&args)?;
            if args.pos.is_empty() || args.pos.len() > 2 {
                return Err(Exc::type_error(format!("get expected at least 1 argument, got {}", args.pos.len())));
            }
            let default = args.pos.get(1).copied().unwrap_or(Value::None);
            match vm.dict_lookup(recv, args.pos[0]) {
                Ok(found) => found.unwrap_or(default),
                Err(e) if e.is_defer() => return vm.key_op(recv, args.pos[0], KeyAction::GetOr(default), ret),
                Err(e) => return Err(e),
            }
        }
        M::SetDefault => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 1, 2)?;
            let default = args.pos.get(1).copied().unwrap_or(Value::None);
            match vm.dict_lookup(recv, args.pos[0])? {
                Some(v) => v,
                None => {
                    vm.dict_set(recv, args.pos[0], default)?;
                    default
                }
            }
        }
        M::Pop => {
            spec.no_kwargs(&args)?;
            if args.pos.is_empty() || args.pos.len() > 2 {
                return Err(Exc::type_error(format!("pop expected at least 1 argument, got {}", args.pos.len())));
            }
            match vm.dict_remove(recv, args.pos[0])? {
                Some(v) => v,
                None => match args.pos.get(1) {
                    Some(d) => *d,
                    None => return Err(Exc::with_value(TypeId::KeyError, args.pos[0])),
                },
            }
        }
        M::PopItem => {
            let Object::Dict(d) = vm.heap.get_mut(id) else { return Ok(Outcome::Value(Value::None)) };
            let Some(pos) = d.last_pos() else {
                return Err(Exc::new(TypeId::KeyError, "popitem(): dictionary is empty"));
            };
            let e = d.remove_at(pos);
            match e {
                Some(e) => vm.new_tuple(vec![e.key, e.value]),
                None => Value::None,
            }
        }
        M::Keys => vm.alloc(Object::DictView { dict: id, part: DictPart::Keys }),
        M::Values => vm.alloc(Object::DictView { dict: id, part: DictPart::Values }),
        M::Items => vm.alloc(Object::DictView { dict: id, part: DictPart::Items }),
        M::Copy => {
            let Object::Dict(d) = vm.heap.get(id) else { return Ok(Outcome::Value(Value::None)) };
            let mut copy = d.clone();
            copy.compact_if_sparse();
            vm.new_dict(copy)
        }
        M::Clear => {
            if let Object::Dict(d) = vm.heap.get_mut(id) {
                d.clear();
            }
            Value::None
        }
        M::Update => {
            spec.between(&args, 0, 1)?;
            if let Some(other) = args.pos.first() {
                vm.dict_update_from(recv, *other)?;
            }
            for (k, v) in &args.kw {
                vm.dict_set(recv, *k, *v)?;
            }
            Value::None
        }
        M::FromKeys => return fromkeys(vm, args, ret),
        _ => return Err(Exc::attribute_error(format!("'dict' object has no attribute '{}'", m.as_str()))),
    };
    Ok(Outcome::Value(v))
}

/// `dict.fromkeys(iterable, value=None)`.
pub fn fromkeys(vm: &mut Vm, args: Args, _ret: ReturnMode) -> PyResult<Outcome> {
    let spec = ArgSpec::new("fromkeys");
    spec.no_kwargs(&args)?;
    spec.between(&args, 1, 2)?;
    let value = args.pos.get(1).copied().unwrap_or(Value::None);
    let Some(keys) = vm.collect_native(args.pos[0])? else {
        return Err(Exc::type_error(format!(
            "dict.fromkeys() of a '{}' object is not supported; pass a list",
            vm.type_name(args.pos[0])
        )));
    };
    let d = vm.new_dict(Dict::with_capacity(keys.len()));
    for k in keys {
        vm.dict_set(d, k, value)?;
    }
    Ok(Outcome::Value(d))
}
