//! What the native library modules share: building a module object, and reading arguments.

use num_bigint::BigInt;

use crate::error::{Exc, PyResult};
use crate::numeric;
use crate::objects::{Dict, Module, Object};
use crate::value::{ObjId, Value};
use crate::vm::Vm;

/// A module object named `name` holding `entries`.
pub fn new_module(vm: &mut Vm, name: &str, entries: Vec<(&str, Value)>) -> PyResult<ObjId> {
    let mut dict = Dict::new();
    for (key, value) in entries {
        let key = vm.new_str(key.to_string());
        let h = vm.hash_value(key)?;
        dict.insert_new(h, key, value);
    }
    match vm.alloc(Object::Module(Box::new(Module { name: name.to_string(), dict }))) {
        Value::Ref(id) => Ok(id),
        _ => Err(Exc::runtime_error("module allocation failed")),
    }
}

/// A float argument: int, bool or float (`must be real number, not str` otherwise).
pub fn float_arg(vm: &Vm, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f),
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(b as i64 as f64),
        _ => match vm.bigint_ref(v) {
            Some(n) => numeric::big_to_f64(n),
            None => Err(Exc::type_error(format!("must be real number, not {}", vm.type_name(v)))),
        },
    }
}

/// An int (or bool) of any size, or None.
pub fn int_of(vm: &Vm, v: Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(i)),
        Value::Bool(b) => Some(BigInt::from(b as i64)),
        Value::Ref(_) => vm.bigint_ref(v).cloned(),
        _ => None,
    }
}

/// The items of an iterable argument. Functions registered in `collects_iterable` only see
/// lists here when called with an iterator: the call collected it first (`Sink::Reinvoke`).
pub fn iterable_items(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    match vm.container_items(v)? {
        Some(items) => Ok(items),
        None => Err(Exc::type_error(format!("'{}' object is not iterable", vm.type_name(v)))),
    }
}
