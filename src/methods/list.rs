//! Methods of `list`, and `count`/`index` of tuples and ranges.

use super::MethodName as M;
use crate::builtins::ArgSpec;
use crate::error::{Exc, PyResult};
use crate::objects::Object;
use crate::value::{ObjId, Value};
use crate::vm::Vm;
use crate::vm::call::{Args, Outcome};
use crate::vm::frame::ReturnMode;
use crate::vm::sink::{FindGoal, Sink};

fn items_of(vm: &Vm, id: ObjId) -> Vec<Value> {
    match vm.heap.get(id) {
        Object::List(v) | Object::Tuple(v) => v.clone(),
        _ => Vec::new(),
    }
}

fn list_mut(vm: &mut Vm, id: ObjId) -> Option<&mut Vec<Value>> {
    match vm.heap.get_mut(id) {
        Object::List(v) => Some(v),
        _ => None,
    }
}

/// Clamp an optional start/end argument to `0..=len` like slice bounds.
fn bound(vm: &Vm, v: Option<Value>, len: usize, default: usize) -> PyResult<usize> {
    match v {
        None => Ok(default),
        Some(v) => {
            let i = vm.int_arg(v)?;
            Ok(if i < 0 { (i + len as i64).max(0) as usize } else { (i as usize).min(len) })
        }
    }
}

pub fn call(vm: &mut Vm, recv: Value, m: M, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    let Value::Ref(id) = recv else { return Ok(Outcome::Value(Value::None)) };
    let spec = ArgSpec::new(m.as_str());
    let v = match m {
        M::Append => {
            let x = spec.one(&args)?;
            vm.list_append(recv, x);
            Value::None
        }
        M::Extend => {
            let x = spec.one(&args)?;
            if let Some(items) = vm.collect_native(x)? {
                vm.reserve(items.len() * 16)?;
                vm.heap.grew(items.len() * 16);
                if let Some(l) = list_mut(vm, id) {
                    l.extend(items);
                }
                Value::None
            } else {
                if !vm.is_iterable(x) {
                    return Err(Exc::type_error(format!("'{}' object is not iterable", vm.type_name(x))));
                }
                return match vm.run_sink(x, None, Sink::ExtendList(id), ret)? {
                    Outcome::Value(_) => Ok(Outcome::Value(Value::None)),
                    Outcome::Pushed => Ok(Outcome::Pushed),
                };
            }
        }
        M::Insert => {
            spec.no_kwargs(&args)?;
            if args.pos.len() != 2 {
                return Err(Exc::type_error(format!("insert expected 2 arguments, got {}", args.pos.len())));
            }
            let i = vm.int_arg(args.pos[0])?;
            let x = args.pos[1];
            vm.heap.grew(16);
            if let Some(l) = list_mut(vm, id) {
                let n = l.len() as i64;
                let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
                l.insert(at as usize, x);
            }
            Value::None
        }
        M::Pop => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 0, 1)?;
            let idx = match args.pos.first() {
                Some(v) => Some(vm.int_arg(*v)?),
                None => None,
            };
            let Some(l) = list_mut(vm, id) else { return Ok(Outcome::Value(Value::None)) };
            if l.is_empty() {
                return Err(Exc::index_error("pop from empty list"));
            }
            let n = l.len() as i64;
            let i = idx.unwrap_or(-1);
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(Exc::index_error("pop index out of range"));
            }
            l.remove(j as usize)
        }
        M::Remove => {
            let x = spec.one(&args)?;
            if vm.compare_runs_python(recv, x) {
                let goal = FindGoal::Remove(id);
                let sink = Sink::Find { wanted: x, pos: 0, start: 0, stop: usize::MAX, goal };
                return vm.run_sink(recv, None, sink, ret);
            }
            let items = items_of(vm, id);
            let mut at = None;
            for (i, it) in items.iter().enumerate() {
                if it.is(x) || vm.eq_native(*it, x)? {
                    at = Some(i);
                    break;
                }
            }
            match at {
                Some(i) => {
                    if let Some(l) = list_mut(vm, id)
                        && i < l.len()
                    {
                        l.remove(i);
                    }
                    Value::None
                }
                None => return Err(Exc::value_error("list.remove(x): x not in list")),
            }
        }
        M::Reverse => {
            if let Some(l) = list_mut(vm, id) {
                l.reverse();
            }
            Value::None
        }
        M::Copy => {
            let items = items_of(vm, id);
            vm.new_list(items)
        }
        M::Clear => {
            if let Some(l) = list_mut(vm, id) {
                l.clear();
            }
            Value::None
        }
        M::Sort => {
            let [key, reverse] = spec.kwargs(vm, &args, ["key", "reverse"])?;
            if !args.pos.is_empty() {
                return Err(Exc::type_error("sort() takes no positional arguments"));
            }
            let reverse = match reverse {
                Some(r) => vm.truthy_native(r)?,
                None => false,
            };
            let key = key.filter(|k| !k.is_none());
            // Sort a snapshot; the list is replaced with the sorted items at the end.
            let snapshot = items_of(vm, id);
            let tmp = vm.new_list(snapshot);
            return match vm.run_sink(
                tmp,
                key,
                Sink::Sorted { pairs: Vec::new(), reverse, into: Some(id), merge: None },
                ret,
            )? {
                Outcome::Value(_) => Ok(Outcome::Value(Value::None)),
                Outcome::Pushed => Ok(Outcome::Pushed),
            };
        }
        M::Count | M::Index => return call_sequence(vm, recv, m, args, ret),
        _ => return Err(Exc::attribute_error(format!("'list' object has no attribute '{}'", m.as_str()))),
    };
    Ok(Outcome::Value(v))
}

/// `count` and `index` for lists, tuples and ranges.
pub fn call_sequence(vm: &mut Vm, recv: Value, m: M, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    let Value::Ref(id) = recv else { return Ok(Outcome::Value(Value::None)) };
    let spec = ArgSpec::new(m.as_str());
    spec.no_kwargs(&args)?;
    if let Object::Range(r) = vm.heap.get(id) {
        let r = *r;
        let x = spec.one(&args)?;
        let pos = match vm.int128_arg(x) {
            Ok(i) if vm.contains_bool(recv, x)? => Some((i - r.start) / r.step),
            _ => None,
        };
        return match (m, pos) {
            (M::Count, p) => Ok(Outcome::Value(Value::Int(p.is_some() as i64))),
            (_, Some(p)) => Ok(Outcome::Value(vm.int_from_i128(p))),
            (_, None) => {
                let r = vm.repr_value(x)?;
                Err(Exc::value_error(format!("{r} is not in range")))
            }
        };
    }
    let items = items_of(vm, id);
    let kind = vm.type_name(recv);
    match m {
        M::Count => {
            spec.between(&args, 1, 1)?;
            let x = args.pos[0];
            if vm.compare_runs_python(recv, x) {
                let sink = Sink::Find { wanted: x, pos: 0, start: 0, stop: usize::MAX, goal: FindGoal::Count(0) };
                return vm.run_sink(recv, None, sink, ret);
            }
            let mut n = 0;
            for it in &items {
                if it.is(x) || vm.eq_native(*it, x)? {
                    n += 1;
                }
            }
            Ok(Outcome::Value(Value::Int(n)))
        }
        _ => {
            if args.pos.is_empty() || args.pos.len() > 3 {
                return Err(Exc::type_error(format!("index expected at least 1 argument, got {}", args.pos.len())));
            }
            let x = args.pos[0];
            let start = bound(vm, args.pos.get(1).copied(), items.len(), 0)?;
            let end = bound(vm, args.pos.get(2).copied(), items.len(), items.len())?;
            if vm.compare_runs_python(recv, x) {
                let goal = FindGoal::Index { list: kind == "list" };
                let sink = Sink::Find { wanted: x, pos: 0, start, stop: end, goal };
                return vm.run_sink(recv, None, sink, ret);
            }
            for (i, it) in items.iter().enumerate().take(end).skip(start) {
                if it.is(x) || vm.eq_native(*it, x)? {
                    return Ok(Outcome::Value(Value::Int(i as i64)));
                }
            }
            if kind == "list" {
                let r = vm.repr_value(x)?;
                Err(Exc::value_error(format!("{r} is not in list")))
            } else {
                Err(Exc::value_error("tuple.index(x): x not in tuple"))
            }
        }
    }
}
