//! Methods of `set` and `frozenset` (and `isdisjoint` of dict key/item views).

use super::MethodName as M;
use crate::builtins::ArgSpec;
use crate::bytecode::BinOp;
use crate::error::{Exc, PyResult};
use crate::objects::{Object, Set};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::{Args, Outcome};
use crate::vm::frame::ReturnMode;
use crate::vm::keys::KeyAction;

/// The contents of a set receiver (or of any iterable argument, built into a set).
fn as_set(vm: &mut Vm, v: Value) -> PyResult<Set> {
    if let Value::Ref(id) = v
        && let Object::Set(s) | Object::FrozenSet(s) = vm.heap.get(id)
    {
        return Ok(s.clone());
    }
    let Some(items) = vm.collect_native(v)? else {
        return Err(Exc::type_error(format!("'{}' object is not iterable", vm.type_name(v))));
    };
    let tmp = vm.new_set(Set::new());
    for it in items {
        vm.set_add(tmp, it)?;
    }
    match tmp {
        Value::Ref(id) => match vm.heap.get(id) {
            Object::Set(s) => Ok(s.clone()),
            _ => Ok(Set::new()),
        },
        _ => Ok(Set::new()),
    }
}

fn store(vm: &mut Vm, recv: Value, s: Set) {
    if let Value::Ref(id) = recv
        && let Object::Set(dst) = vm.heap.get_mut(id)
    {
        *dst = s;
    }
}

fn new_like(vm: &mut Vm, recv: Value, s: Set) -> Value {
    let frozen = matches!(recv, Value::Ref(id) if matches!(vm.heap.get(id), Object::FrozenSet(_)));
    if frozen { vm.alloc(Object::FrozenSet(s)) } else { vm.new_set(s) }
}

pub fn call(vm: &mut Vm, recv: Value, m: M, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    let spec = ArgSpec::new(m.as_str());
    spec.no_kwargs(&args)?;
    if matches!(m, M::Add | M::Discard | M::Remove) && args.pos.first().is_some_and(|k| vm.needs_python_key(*k)) {
        let x = spec.one(&args)?;
        let action = match m {
            M::Add => KeyAction::Add,
            M::Discard => KeyAction::Discard,
            _ => KeyAction::Remove,
        };
        return vm.key_op(recv, x, action, ret);
    }
    let v = match m {
        M::Add => {
            let x = spec.one(&args)?;
            vm.set_add(recv, x)?;
            Value::None
        }
        M::Discard => {
            let x = spec.one(&args)?;
            vm.set_discard(recv, x)?;
            Value::None
        }
        M::Remove => {
            let x = spec.one(&args)?;
            if !vm.set_discard(recv, x)? {
                return Err(Exc::with_value(TypeId::KeyError, x));
            }
            Value::None
        }
        M::Pop => {
            let Value::Ref(id) = recv else { return Ok(Outcome::Value(Value::None)) };
            let popped = match vm.heap.get_mut(id) {
                Object::Set(s) => s.pop(),
                _ => None,
            };
            match popped {
                Some(v) => v,
                None => return Err(Exc::new(TypeId::KeyError, "pop from an empty set")),
            }
        }
        M::Clear => {
            store(vm, recv, Set::new());
            Value::None
        }
        M::Copy => {
            let s = as_set(vm, recv)?;
            new_like(vm, recv, Set::copy_from(&s))
        }
        M::Union | M::Intersection | M::Difference | M::SymmetricDifference => {
            let op = match m {
                M::Union => BinOp::Or,
                M::Intersection => BinOp::And,
                M::Difference => BinOp::Sub,
                _ => BinOp::Xor,
            };
            if m == M::SymmetricDifference {
                spec.between(&args, 1, 1)?;
            }
            let mut acc = as_set(vm, recv)?;
            if args.pos.is_empty() {
                acc = Set::copy_from(&acc);
            }
            for other in args.pos.iter() {
                let o = as_set(vm, *other)?;
                acc = vm.set_algebra(op, &acc, &o)?;
            }
            new_like(vm, recv, acc)
        }
        M::Update | M::IntersectionUpdate | M::DifferenceUpdate | M::SymmetricDifferenceUpdate => {
            let op = match m {
                M::Update => BinOp::Or,
                M::IntersectionUpdate => BinOp::And,
                M::DifferenceUpdate => BinOp::Sub,
                _ => BinOp::Xor,
            };
            if m == M::Update {
                for other in args.pos.iter() {
                    let items = match vm.collect_native(*other)? {
                        Some(i) => i,
                        None => {
                            return Err(Exc::type_error(format!("'{}' object is not iterable", vm.type_name(*other))));
                        }
                    };
                    for it in items {
                        vm.set_add(recv, it)?;
                    }
                }
                return Ok(Outcome::Value(Value::None));
            }
            for other in args.pos.iter() {
                let o = as_set(vm, *other)?;
                vm.set_update_in_place(op, recv, &o)?;
            }
            Value::None
        }
        M::IsSubset | M::IsSuperset | M::IsDisjoint => {
            let x = spec.one(&args)?;
            let a = as_set(vm, recv)?;
            let b = as_set(vm, x)?;
            let (small, big) = match m {
                M::IsSubset => (&a, &b),
                _ => (&b, &a),
            };
            if m == M::IsDisjoint {
                let inter = vm.set_algebra(BinOp::And, &a, &b)?;
                Value::Bool(inter.is_empty())
            } else {
                let mut ok = true;
                for (h, k) in small.iter_with_hash() {
                    if !vm.set_probe(big, h, k)? {
                        ok = false;
                        break;
                    }
                }
                Value::Bool(ok)
            }
        }
        _ => {
            return Err(Exc::attribute_error(format!(
                "'{}' object has no attribute '{}'",
                vm.type_name(recv),
                m.as_str()
            )));
        }
    };
    Ok(Outcome::Value(v))
}
