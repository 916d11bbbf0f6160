//! Builtins that consume iterables: all, any, min, max, sum, sorted, iter, next.

use super::Builtin;
use super::args::ArgSpec;
use crate::error::{Exc, PyResult};
use crate::objects::{Iter, Object};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::{Args, Outcome};
use crate::vm::frame::ReturnMode;
use crate::vm::iter::Step;
use crate::vm::sink::Sink;

pub fn call(vm: &mut Vm, b: Builtin, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    let spec = ArgSpec::new(b.name());
    match b {
        Builtin::All | Builtin::Any => {
            let x = spec.one(&args)?;
            let sink = if b == Builtin::All { Sink::All } else { Sink::Any };
            check_iterable(vm, x)?;
            vm.run_sink(x, None, sink, ret)
        }
        Builtin::Sum => {
            let [start_kw] = spec.kwargs(vm, &args, ["start"])?;
            if args.pos.len() > 2 {
                return Err(Exc::type_error(format!("sum() takes at most 2 arguments ({} given)", args.pos.len())));
            }
            if args.pos.is_empty() {
                return Err(Exc::type_error("sum() takes at least 1 positional argument (0 given)"));
            }
            let start = args.pos.get(1).copied().or(start_kw).unwrap_or(Value::Int(0));
            if vm.as_str(start).is_some() {
                return Err(Exc::type_error("sum() can't sum strings [use ''.join(seq) instead]"));
            }
            if let Value::Ref(id) = start
                && matches!(vm.heap.get(id), Object::Bytes(_))
            {
                return Err(Exc::type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
            }
            check_iterable(vm, args.pos[0])?;
            vm.run_sink(args.pos[0], None, Sink::Sum(start), ret)
        }
        Builtin::Max | Builtin::Min => {
            let [key, default] = spec.kwargs(vm, &args, ["key", "default"])?;
            let key = key.filter(|k| !k.is_none());
            let is_max = b == Builtin::Max;
            if args.pos.is_empty() {
                return Err(Exc::type_error(format!("{} expected at least 1 argument, got 0", b.name())));
            }
            let iterable = if args.pos.len() == 1 {
                args.pos[0]
            } else {
                if default.is_some() {
                    return Err(Exc::type_error(format!(
                        "Cannot specify a default for {}() with multiple positional arguments",
                        b.name()
                    )));
                }
                vm.new_tuple(args.pos.to_vec())
            };
            check_iterable(vm, iterable)?;
            vm.run_sink(iterable, key, Sink::MinMax { is_max, best: None, default, pending: None }, ret)
        }
        Builtin::Sorted => {
            let [key, reverse] = spec.kwargs(vm, &args, ["key", "reverse"])?;
            if args.pos.len() != 1 {
                return Err(Exc::type_error(format!("sorted expected 1 argument, got {}", args.pos.len())));
            }
            let reverse = match reverse {
                Some(r) => vm.truthy_native(r)?,
                None => false,
            };
            let key = key.filter(|k| !k.is_none());
            check_iterable(vm, args.pos[0])?;
            vm.run_sink(args.pos[0], key, Sink::Sorted { pairs: Vec::new(), reverse, into: None, merge: None }, ret)
        }
        Builtin::Iter => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 1, 2)?;
            if args.pos.len() == 2 {
                let func = args.pos[0];
                if !vm.is_callable(func) {
                    return Err(Exc::type_error("iter(v, w): v must be callable"));
                }
                let it = vm.alloc(Object::Iter(Box::new(Iter::Callable { func, sentinel: args.pos[1] })));
                return Ok(Outcome::Value(it));
            }
            vm.get_iter(args.pos[0])
        }
        Builtin::Next => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 1, 2)?;
            let it = args.pos[0];
            if !is_iterator(vm, it) {
                return Err(Exc::type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
            }
            if let Some(default) = args.pos.get(1) {
                return vm.run_sink(it, None, Sink::First { default: Some(*default) }, ret);
            }
            match vm.iter_next(it, ret)? {
                Step::Item(v) => Ok(Outcome::Value(v)),
                Step::Done => Err(Exc::bare(TypeId::StopIteration)),
                Step::Pushed => Ok(Outcome::Pushed),
            }
        }
        _ => Ok(Outcome::Value(Value::None)),
    }
}

fn is_iterator(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Ref(id) if matches!(vm.heap.get(id), Object::Iter(_) | Object::Generator(_) | Object::Instance(_)))
}

fn check_iterable(vm: &Vm, v: Value) -> PyResult<()> {
    if vm.is_iterable(v) {
        Ok(())
    } else {
        Err(Exc::type_error(format!("'{}' object is not iterable", vm.type_name(v))))
    }
}
