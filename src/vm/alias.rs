//! `list[int]`-style generic aliases and `int | None` unions, as annotations evaluate them.

use super::Vm;
use crate::error::{Exc, PyResult};
use crate::objects::Object;
use crate::types::TypeId;
use crate::value::Value;

impl Vm {
    /// `origin[args]` for a builtin generic class (`list[int]`, `dict[str, Any]`).
    pub fn generic_alias(&mut self, origin: Value, key: Value) -> Value {
        let args = match key {
            Value::Ref(id) => match self.heap.get(id) {
                Object::Tuple(items) => items.clone(),
                _ => vec![key],
            },
            _ => vec![key],
        };
        self.alloc(Object::Alias { origin, args })
    }

    /// Can `v` be an operand of a `|` union of types?
    fn union_member(&self, v: Value) -> bool {
        matches!(v, Value::None | Value::Type(_))
            || self.is_user_class(v)
            || matches!(v, Value::Ref(id) if matches!(self.heap.get(id), Object::Alias { .. }))
    }

    /// `a | b` for types (`int | None`): a union, or None when these are not types.
    pub fn type_union(&mut self, a: Value, b: Value) -> Option<Value> {
        if !self.union_member(a) || !self.union_member(b) || !(self.is_type_like(a) || self.is_type_like(b)) {
            return None;
        }
        let mut members: Vec<Value> = Vec::new();
        for v in [a, b] {
            let parts = match v {
                Value::Ref(id) => match self.heap.get(id) {
                    Object::Alias { origin: Value::Undefined, args } => args.clone(),
                    _ => vec![v],
                },
                Value::None => vec![Value::Type(TypeId::NoneType)],
                _ => vec![v],
            };
            for p in parts {
                if !members.iter().any(|m| m.is(p)) {
                    members.push(p);
                }
            }
        }
        if members.len() == 1 {
            return Some(members[0]);
        }
        Some(self.alloc(Object::Alias { origin: Value::Undefined, args: members }))
    }

    fn is_type_like(&self, v: Value) -> bool {
        matches!(v, Value::Type(_))
            || self.is_user_class(v)
            || matches!(v, Value::Ref(id) if matches!(self.heap.get(id), Object::Alias { .. }))
    }

    /// The members of a union alias (for `isinstance(x, int | str)`).
    pub fn union_members(&self, v: Value) -> Option<Vec<Value>> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Object::Alias { origin: Value::Undefined, args } => Some(args.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// `repr()` of an alias or of one of its arguments.
    pub fn alias_text(&mut self, v: Value) -> PyResult<String> {
        match v {
            Value::Type(TypeId::NoneType) | Value::None => Ok("None".into()),
            Value::Ellipsis => Ok("...".into()),
            Value::Type(t) => Ok(t.name().to_string()),
            Value::Ref(id) => match self.heap.get(id) {
                Object::Alias { origin, args } => {
                    let (origin, args) = (*origin, args.clone());
                    let mut parts = Vec::with_capacity(args.len());
                    for a in args {
                        parts.push(self.alias_text(a)?);
                    }
                    if origin.is_undefined() {
                        return Ok(parts.join(" | "));
                    }
                    let head = self.alias_text(origin)?;
                    Ok(format!("{head}[{}]", parts.join(", ")))
                }
                Object::Class(_) => {
                    let module = self.class_module(v);
                    let qualname = match self.heap.get(id) {
                        Object::Class(c) => c.qualname.clone(),
                        _ => String::new(),
                    };
                    Ok(format!("{module}.{qualname}"))
                }
                _ => self.repr_value(v),
            },
            _ => self.repr_value(v),
        }
    }

    /// Attributes of aliases.
    pub fn alias_attr(&mut self, origin: Value, args: Vec<Value>, name: &str) -> Option<Value> {
        match name {
            "__origin__" if !origin.is_undefined() => Some(origin),
            "__args__" => Some(self.new_tuple(args)),
            _ => None,
        }
    }

    /// Calling `list[int](...)` calls `list`; unions are not callable.
    pub fn alias_origin_for_call(&self, id: crate::value::ObjId) -> PyResult<Value> {
        match self.heap.get(id) {
            Object::Alias { origin, .. } if !origin.is_undefined() => Ok(*origin),
            _ => Err(Exc::type_error("'types.UnionType' object is not callable")),
        }
    }
}
