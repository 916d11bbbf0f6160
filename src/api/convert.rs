//! Converting between heap values and boundary values (`MontyObject`).
//!
//! Both directions are depth-bounded so a deeply nested value cannot overflow the Rust stack:
//! outputs deeper than `MAX_DEPTH` are cut to their `Repr`, inputs deeper are refused.

use super::object::{MontyException, MontyObject};
use crate::error::{Exc, PyResult};
use crate::objects::{Dict, Object, Set};
use crate::types::TypeId;
use crate::value::{ObjId, Value};
use crate::vm::Vm;

/// Nesting levels a value may have when it crosses the boundary.
pub const MAX_DEPTH: usize = 200;

/// A heap value as a boundary value.
pub fn export(vm: &mut Vm, v: Value) -> MontyObject {
    let mut path = Vec::new();
    export_at(vm, v, &mut path)
}

fn repr_of(vm: &mut Vm, v: Value) -> String {
    vm.repr_value(v).unwrap_or_else(|_| format!("<{} object>", vm.type_name(v)))
}

fn export_at(vm: &mut Vm, v: Value, path: &mut Vec<ObjId>) -> MontyObject {
    let id = match v {
        Value::Undefined | Value::None => return MontyObject::None,
        Value::Bool(b) => return MontyObject::Bool(b),
        Value::Int(i) => return MontyObject::Int(i),
        Value::Float(f) => return MontyObject::Float(f),
        Value::Ellipsis => return MontyObject::Ellipsis,
        Value::Ref(id) => id,
        _ => return MontyObject::Repr(repr_of(vm, v)),
    };
    if path.contains(&id) {
        let placeholder = match vm.heap.get(id) {
            Object::List(_) => "[...]",
            Object::Dict(_) => "{...}",
            _ => "...",
        };
        return MontyObject::Cycle(placeholder.to_string());
    }
    if path.len() >= MAX_DEPTH {
        return MontyObject::Repr("...".to_string());
    }
    path.push(id);
    let out = export_object(vm, v, id, path);
    path.pop();
    out
}

fn export_all(vm: &mut Vm, items: Vec<Value>, path: &mut Vec<ObjId>) -> Vec<MontyObject> {
    items.into_iter().map(|x| export_at(vm, x, path)).collect()
}

fn export_object(vm: &mut Vm, v: Value, id: ObjId, path: &mut Vec<ObjId>) -> MontyObject {
    match vm.heap.get(id) {
        Object::Str(s) => MontyObject::String(s.as_str().to_string()),
        Object::Bytes(b) | Object::ByteArray(b) => MontyObject::Bytes(b.clone()),
        Object::BigInt(n) => MontyObject::BigInt(n.clone()),
        Object::List(items) => {
            let items = items.clone();
            MontyObject::List(export_all(vm, items, path))
        }
        Object::Tuple(items) => {
            let items = items.clone();
            MontyObject::Tuple(export_all(vm, items, path))
        }
        Object::Dict(d) => {
            let pairs: Vec<(Value, Value)> = d.iter_entries().map(|e| (e.key, e.value)).collect();
            MontyObject::Dict(
                pairs.into_iter().map(|(k, x)| (export_at(vm, k, path), export_at(vm, x, path))).collect(),
            )
        }
        Object::Set(s) => {
            let items: Vec<Value> = s.iter().collect();
            MontyObject::Set(export_all(vm, items, path))
        }
        Object::FrozenSet(s) => {
            let items: Vec<Value> = s.iter().collect();
            MontyObject::FrozenSet(export_all(vm, items, path))
        }
        Object::ExternalFunction(name) => MontyObject::Function { name: name.clone() },
        Object::Instance(inst) => {
            let (class, base, has_exc) = (inst.class, inst.base, inst.exc.is_some());
            export_instance(vm, v, id, class, base, has_exc, path)
        }
        _ => MontyObject::Repr(repr_of(vm, v)),
    }
}

fn export_instance(
    vm: &mut Vm,
    v: Value,
    id: ObjId,
    class: Value,
    base: Option<Value>,
    has_exc: bool,
    path: &mut Vec<ObjId>,
) -> MontyObject {
    let class_name = vm.class_name(class);
    if has_exc {
        let message = vm.str_value(v).unwrap_or_default();
        return MontyObject::Exception { exc_type: class_name, message };
    }
    if let Some(fields) = vm.class_lookup_str(class, "_fields")
        && let Some(Value::Ref(tuple)) = base
        && let Object::Tuple(values) = vm.heap.get(tuple)
    {
        let values = values.clone();
        let names: Vec<String> =
            vm.seq_items(fields).unwrap_or_default().iter().filter_map(|n| vm.as_str(*n).map(str::to_string)).collect();
        if names.len() == values.len() {
            let values = export_all(vm, values, path);
            return MontyObject::NamedTuple { type_name: class_name, field_names: names, values };
        }
    }
    if let Some(Value::Ref(fields)) = vm.class_lookup_str(class, "__dataclass_fields__")
        && let Object::Dict(d) = vm.heap.get(fields)
    {
        let names: Vec<String> = d.iter_entries().filter_map(|e| vm.as_str(e.key).map(str::to_string)).collect();
        let params_dict = match vm.class_lookup_str(class, "__dataclass_params__") {
            Some(Value::Ref(p)) => match vm.heap.get(p) {
                Object::Instance(params) => params.dict,
                _ => None,
            },
            _ => None,
        };
        let frozen =
            params_dict.and_then(|d| vm.dict_get_str(d, "frozen")).is_some_and(|f| matches!(f, Value::Bool(true)));
        let attrs = match vm.heap.get(id) {
            Object::Instance(i) => i.dict,
            _ => None,
        };
        let mut out = Vec::with_capacity(names.len());
        for name in names {
            let value = attrs.and_then(|d| vm.dict_get_str(d, &name)).unwrap_or(Value::None);
            let value = export_at(vm, value, path);
            out.push((name, value));
        }
        return MontyObject::Dataclass { name: class_name, fields: out, frozen };
    }
    if vm.class_module(class) == "pathlib"
        && let Some(Object::Instance(inst)) = Some(vm.heap.get(id))
        && let Some(attrs) = inst.dict
        && let Some(text) = vm.dict_get_str(attrs, "_path").and_then(|p| vm.as_str(p).map(str::to_string))
    {
        return MontyObject::Path(text);
    }
    match base {
        Some(b) => export_at(vm, b, path),
        None => MontyObject::Repr(format!("<{class_name} object>")),
    }
}

/// Why a boundary value could not be brought into the sandbox.
fn refuse(msg: impl Into<String>) -> Exc {
    Exc::type_error(msg)
}

/// A boundary value as a heap value.
pub fn import(vm: &mut Vm, obj: &MontyObject) -> PyResult<Value> {
    import_at(vm, obj, 0)
}

fn import_all(vm: &mut Vm, items: &[MontyObject], depth: usize) -> PyResult<Vec<Value>> {
    items.iter().map(|x| import_at(vm, x, depth + 1)).collect()
}

fn import_set(vm: &mut Vm, items: &[MontyObject], depth: usize) -> PyResult<Value> {
    let set = vm.new_set(Set::new());
    for item in items {
        let v = import_at(vm, item, depth + 1)?;
        vm.set_add(set, v)?;
    }
    Ok(set)
}

fn import_at(vm: &mut Vm, obj: &MontyObject, depth: usize) -> PyResult<Value> {
    if depth > MAX_DEPTH {
        return Err(refuse(format!("value nested more than {MAX_DEPTH} levels deep cannot enter the sandbox")));
    }
    Ok(match obj {
        MontyObject::None => Value::None,
        MontyObject::Ellipsis => Value::Ellipsis,
        MontyObject::Bool(b) => Value::Bool(*b),
        MontyObject::Int(i) => Value::Int(*i),
        MontyObject::BigInt(n) => vm.new_bigint(n.clone()),
        MontyObject::Float(f) => Value::Float(*f),
        MontyObject::String(s) | MontyObject::Path(s) => vm.new_str(s.clone()),
        MontyObject::Bytes(b) => vm.new_bytes(b.clone()),
        MontyObject::List(items) => {
            let items = import_all(vm, items, depth)?;
            vm.new_list(items)
        }
        // Named tuples and dataclasses arrive as plain tuples and dicts (their classes live
        // in the host).
        MontyObject::Tuple(items) | MontyObject::NamedTuple { values: items, .. } => {
            let items = import_all(vm, items, depth)?;
            vm.new_tuple(items)
        }
        MontyObject::Dict(pairs) => {
            let dict = vm.new_dict(Dict::new());
            for (k, x) in pairs {
                let key = import_at(vm, k, depth + 1)?;
                let value = import_at(vm, x, depth + 1)?;
                vm.dict_set(dict, key, value)?;
            }
            dict
        }
        MontyObject::Dataclass { fields, .. } => {
            let dict = vm.new_dict(Dict::new());
            for (name, x) in fields {
                let key = vm.new_str(name.clone());
                let value = import_at(vm, x, depth + 1)?;
                vm.dict_set(dict, key, value)?;
            }
            dict
        }
        MontyObject::Set(items) => import_set(vm, items, depth)?,
        MontyObject::FrozenSet(items) => {
            let set = import_set(vm, items, depth)?;
            if let Value::Ref(id) = set
                && let Object::Set(s) = vm.heap.get_mut(id)
            {
                let s = std::mem::take(s);
                *vm.heap.get_mut(id) = Object::FrozenSet(s);
            }
            set
        }
        MontyObject::Exception { exc_type, message } => {
            let exc = exception_value(&MontyException::new(exc_type.clone(), message.clone()));
            Value::Ref(vm.materialize(exc))
        }
        MontyObject::Function { name } => vm.alloc(Object::ExternalFunction(name.clone())),
        MontyObject::Repr(text) => vm.new_str(text.clone()),
        MontyObject::Cycle(_) => return Err(refuse("a Cycle marker cannot enter the sandbox")),
    })
}

/// The exception a host error becomes inside Python: the builtin exception class of that
/// name, else RuntimeError with the type name kept in the message.
pub fn exception_value(e: &MontyException) -> Exc {
    match TypeId::from_builtin_name(&e.exc_type) {
        Some(t) if t.is_exception() => {
            if e.message.is_empty() {
                Exc::bare(t)
            } else {
                Exc::new(t, e.message.clone())
            }
        }
        _ => Exc::runtime_error(format!("{}: {}", e.exc_type, e.message)),
    }
}
