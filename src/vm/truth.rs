//! Truthiness.

use super::Vm;
use crate::error::PyResult;
use crate::objects::Object;
use crate::value::Value;

impl Vm {
    /// `bool(v)`; `None` when a `__bool__`/`__len__` call was pushed (its result is left on
    /// the stack as a bool for the instruction to run again).
    pub(super) fn truthy(&mut self, v: Value) -> PyResult<Option<bool>> {
        if self.is_user_instance(v) {
            return self.truthy_dunder(v, super::frame::ReturnMode::Push);
        }
        self.truthy_native(v).map(Some)
    }

    /// Truthiness of builtin values.
    pub fn truthy_native(&mut self, v: Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Undefined => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::Ellipsis | Value::NotImplemented | Value::Builtin(_) | Value::Type(_) | Value::Method(_) => true,
            Value::Ref(id) => match self.heap.get(id) {
                Object::Str(s) => !s.as_str().is_empty(),
                Object::Bytes(b) | Object::ByteArray(b) => !b.is_empty(),
                Object::BigInt(_) => true,
                Object::Complex { re, im } => *re != 0.0 || *im != 0.0,
                Object::List(v) | Object::Tuple(v) => !v.is_empty(),
                Object::Dict(d) => !d.is_empty(),
                Object::Set(s) | Object::FrozenSet(s) => !s.is_empty(),
                Object::Range(r) => !r.is_empty(),
                Object::DictView { dict, .. } => match self.heap.get(*dict) {
                    Object::Dict(d) => !d.is_empty(),
                    _ => false,
                },
                _ => true,
            },
        })
    }
}
