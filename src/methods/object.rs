//! The special methods every object has (`object.__init__`, `__repr__`, `__eq__`...), reached
//! through `super()` or explicitly (`object.__setattr__(self, ...)`), plus those of builtin
//! containers for their subclasses.

use super::MethodName as M;
use crate::error::{Exc, PyResult};
use crate::objects::Object;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::{Args, Outcome};
use crate::vm::frame::ReturnMode;

pub fn is_object_dunder(m: M) -> bool {
    matches!(
        m,
        M::DunderInit
            | M::DunderNew
            | M::DunderRepr
            | M::DunderStr
            | M::DunderEq
            | M::DunderNe
            | M::DunderHash
            | M::DunderSetattr
            | M::DunderDelattr
            | M::DunderFormat
            | M::DunderGetitem
            | M::DunderSetitem
            | M::DunderDelitem
            | M::DunderContains
            | M::DunderLen
            | M::DunderIter
            | M::DunderInitSubclass
    )
}

pub fn call(vm: &mut Vm, recv: Value, m: M, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    let arg = |i: usize| args.pos.get(i).copied().unwrap_or(Value::None);
    let base = vm.instance_base(recv);
    let v = match m {
        M::DunderInit => {
            let Value::Ref(id) = recv else { return Ok(Outcome::Value(Value::None)) };
            let is_exc = matches!(vm.heap.get(id), Object::Instance(i) if i.exc.is_some());
            if is_exc {
                if let Some(d) = vm.exc_data_mut(id) {
                    d.args = args.pos.to_vec();
                }
            } else if let Some(b) = base {
                let t = match vm.type_of(b) {
                    Value::Type(t) => t,
                    _ => crate::types::TypeId::Object,
                };
                // Immutable payloads were made by `__new__`.
                if !matches!(t, crate::types::TypeId::List | crate::types::TypeId::Dict | crate::types::TypeId::Set) {
                    return Ok(Outcome::Value(Value::None));
                }
                return vm.init_payload(recv, t, args, Value::None, ret);
            } else if !args.pos.is_empty() || !args.kw.is_empty() {
                return Err(Exc::type_error(
                    "object.__init__() takes exactly one argument (the instance to initialize)",
                ));
            }
            Value::None
        }
        M::DunderNew => {
            if !vm.is_class(recv) {
                return Err(Exc::type_error("object.__new__(X): X is not a type object"));
            }
            vm.new_instance_of(recv, &Args::default())?
        }
        M::DunderRepr | M::DunderStr => match base {
            Some(b) => {
                let s = vm.repr_value(b)?;
                vm.new_str(s)
            }
            None => {
                // object.__str__ calls the class's __repr__.
                if m == M::DunderStr {
                    if let Some(f) = vm.dunder(recv, "__repr__") {
                        return vm.call_value(f, Args::positional([recv]), ret);
                    }
                    let s = vm.str_value(recv)?;
                    vm.new_str(s)
                } else {
                    let s = vm.repr_value(recv)?;
                    vm.new_str(s)
                }
            }
        },
        M::DunderEq => match base {
            Some(b) => {
                let other = vm.instance_base(arg(0)).unwrap_or(arg(0));
                Value::Bool(vm.eq_native(b, other)?)
            }
            None if recv.is(arg(0)) => Value::Bool(true),
            None => Value::NotImplemented,
        },
        M::DunderNe => match base {
            Some(b) => {
                let other = vm.instance_base(arg(0)).unwrap_or(arg(0));
                Value::Bool(!vm.eq_native(b, other)?)
            }
            None if recv.is(arg(0)) => Value::Bool(false),
            None => Value::NotImplemented,
        },
        M::DunderHash => Value::Int(crate::hash::hash_int(recv.as_ref().map_or(0, |id| id.0 as i64 + 0x40000))),
        M::DunderSetattr | M::DunderDelattr => {
            let Value::Ref(id) = recv else { return Ok(Outcome::Value(Value::None)) };
            let key = arg(0);
            if vm.as_str(key).is_none() {
                return Err(Exc::type_error("attribute name must be string"));
            }
            if m == M::DunderSetattr {
                let name = vm.as_str(key).unwrap_or("").to_string();
                vm.check_slot(vm.type_of(recv), &name)?;
                vm.set_instance_attr(id, key, arg(1))?;
            } else if let Some(d) = vm.instance_dict(id)
                && vm.dict_remove(Value::Ref(d), key)?.is_none()
            {
                let name = vm.as_str(key).unwrap_or("").to_string();
                return Err(Exc::attribute_error(format!("'{}' object has no attribute '{name}'", vm.type_name(recv))));
            }
            Value::None
        }
        M::DunderFormat => {
            let spec = vm.as_str(arg(0)).unwrap_or("").to_string();
            if !spec.is_empty() {
                return Err(Exc::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    vm.type_name(recv)
                )));
            }
            return vm.text_task(vec![recv], crate::vm::text::TextGoal::Str, ret);
        }
        M::DunderInitSubclass => Value::None,
        _ => {
            // Container protocol of a builtin base.
            let b = base.unwrap_or(recv);
            // `dict.__getitem__` of a dict subclass falls back to its `__missing__` (Counter).
            if m == M::DunderGetitem
                && vm.is_dict(b)
                && let Some(missing) = vm.dunder(recv, "__missing__")
                && !vm.contains_bool(b, arg(0))?
            {
                return vm.call_value(missing, Args::positional([recv, arg(0)]), ret);
            }
            return match m {
                M::DunderGetitem => vm.subscript(b, arg(0)),
                M::DunderSetitem => vm.store_subscript(b, arg(0), arg(1)),
                M::DunderDelitem => vm.delete_subscript(b, arg(0)),
                M::DunderContains => Ok(Outcome::Value(Value::Bool(vm.contains_bool(b, arg(0))?))),
                M::DunderLen => Ok(Outcome::Value(Value::Int(vm.len_of(b)?))),
                _ => vm.get_iter(b),
            };
        }
    };
    Ok(Outcome::Value(v))
}
