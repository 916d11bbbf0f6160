//! Builtin functions that are not about iteration or numbers.

use num_bigint::BigInt;

use super::args::ArgSpec;
use super::{Builtin, iterate, numbers};
use crate::error::{Exc, PyResult};
use crate::format::repr::str_ascii_of_repr;
use crate::objects::{Dict, Object};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::{Args, Outcome};
use crate::vm::frame::ReturnMode;
use crate::vm::text::TextGoal;

pub fn call(vm: &mut Vm, b: Builtin, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    let spec = ArgSpec::new(b.name());
    let v = match b {
        Builtin::Print => return print(vm, args, ret),
        Builtin::MontyOsCall => return vm.request_os(args, ret),
        Builtin::MontyWaitFutures => return vm.request_futures(args, ret),
        Builtin::MontyIsFuture => Value::Bool(args.pos.first().is_some_and(|v| vm.is_external_future(*v))),
        Builtin::MontyFutureId => vm.external_future_id(args.pos.first().copied().unwrap_or(Value::None))?,
        Builtin::MontyBind | Builtin::MontySetFields | Builtin::MontyAttrs => crate::stdlib::call_helper(vm, b, args)?,
        Builtin::Len => {
            let x = spec.one(&args)?;
            if vm.is_user_instance(x) {
                return vm.len_dunder(x, ret);
            }
            Value::Int(vm.len_of(x)?)
        }
        Builtin::Repr => {
            let x = spec.one(&args)?;
            if vm.needs_python_text(x, 0) {
                return vm.text_task(vec![x], TextGoal::Repr, ret);
            }
            let s = vm.repr_value(x)?;
            vm.new_str(s)
        }
        Builtin::Ascii => {
            let x = spec.one(&args)?;
            let s = vm.repr_value(x)?;
            vm.new_str(str_ascii_of_repr(&s))
        }
        Builtin::Format => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 1, 2)?;
            let fmt = match args.pos.get(1) {
                Some(f) => match vm.as_str(*f) {
                    Some(s) => s.to_string(),
                    None => {
                        return Err(Exc::type_error(format!(
                            "format() argument 2 must be str, not {}",
                            vm.type_name(*f)
                        )));
                    }
                },
                None => String::new(),
            };
            if vm.is_user_instance(args.pos[0]) {
                return vm.format_instance(args.pos[0], &fmt, ret);
            }
            let s = vm.format_with_spec(args.pos[0], &fmt)?;
            vm.new_str(s)
        }
        Builtin::Chr => {
            let x = spec.one(&args)?;
            let i = vm.int_arg(x)?;
            match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(c) => vm.char_str(c),
                None => return Err(Exc::value_error("chr() arg not in range(0x110000)")),
            }
        }
        Builtin::Ord => {
            let x = spec.one(&args)?;
            if let Some(s) = vm.as_str(x) {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Value::Int(c as i64),
                    _ => {
                        let n = s.chars().count();
                        return Err(Exc::type_error(format!(
                            "ord() expected a character, but string of length {n} found"
                        )));
                    }
                }
            } else if let Value::Ref(id) = x {
                match vm.heap.get(id) {
                    Object::Bytes(b) | Object::ByteArray(b) if b.len() == 1 => Value::Int(b[0] as i64),
                    Object::Bytes(b) | Object::ByteArray(b) => {
                        return Err(Exc::type_error(format!(
                            "ord() expected a character, but string of length {} found",
                            b.len()
                        )));
                    }
                    _ => {
                        return Err(Exc::type_error(format!(
                            "ord() expected string of length 1, but {} found",
                            vm.type_name(x)
                        )));
                    }
                }
            } else {
                return Err(Exc::type_error(format!(
                    "ord() expected string of length 1, but {} found",
                    vm.type_name(x)
                )));
            }
        }
        Builtin::Isinstance | Builtin::Issubclass => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 2, 2)?;
            let (x, cls) = (args.pos[0], args.pos[1]);
            Value::Bool(class_check(vm, b == Builtin::Isinstance, x, cls, 0)?)
        }
        Builtin::Callable => {
            let x = spec.one(&args)?;
            Value::Bool(vm.is_callable(x))
        }
        Builtin::Hash => {
            let x = spec.one(&args)?;
            return vm.hash_any(x, ret);
        }
        Builtin::Id => {
            let x = spec.one(&args)?;
            Value::Int(match x {
                Value::Ref(id) => 0x7f00_0000_0000 + id.0 as i64 * 64,
                other => 0x5f00_0000_0000 + (vm.hash_value(other).unwrap_or(0) & 0xffff_ffff) * 16,
            })
        }
        Builtin::Getattr => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 2, 3)?;
            let name = attr_name(vm, args.pos[1], "getattr")?;
            match args.pos.get(2) {
                Some(d) => return vm.getattr_default(args.pos[0], &name, Some(*d), ret),
                None => return vm.getattr_with(args.pos[0], &name, None, ret),
            }
        }
        Builtin::Hasattr => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 2, 2)?;
            let name = attr_name(vm, args.pos[1], "hasattr")?;
            return vm.getattr_default(args.pos[0], &name, None, ret);
        }
        Builtin::Setattr => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 3, 3)?;
            let name = attr_name(vm, args.pos[1], "setattr")?;
            return match vm.setattr_with(args.pos[0], args.pos[1], &name, args.pos[2])? {
                Outcome::Value(_) => Ok(Outcome::Value(Value::None)),
                Outcome::Pushed => {
                    // The setter frame discards its result; give the call its None.
                    vm.push_result_after(ret, Value::None);
                    Ok(Outcome::Pushed)
                }
            };
        }
        Builtin::Delattr => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 2, 2)?;
            let name = attr_name(vm, args.pos[1], "delattr")?;
            if let Some(o) = vm.user_delattr(args.pos[0], args.pos[1], &name)? {
                if let Outcome::Pushed = o {
                    vm.push_result_after(ret, Value::None);
                    return Ok(Outcome::Pushed);
                }
                return Ok(Outcome::Value(Value::None));
            }
            return Err(Exc::attribute_error(format!(
                "'{}' object has no attribute '{name}'",
                vm.type_name(args.pos[0])
            )));
        }
        Builtin::Dir => {
            spec.no_kwargs(&args)?;
            spec.between(&args, 0, 1)?;
            let names = vm.dir_of(args.pos.first().copied())?;
            let mut items: Vec<Value> = Vec::with_capacity(names.len());
            for n in names {
                items.push(vm.new_str(n));
            }
            vm.new_list(items)
        }
        Builtin::Globals | Builtin::Locals | Builtin::Vars => {
            if b == Builtin::Vars && !args.pos.is_empty() {
                let x = args.pos[0];
                return match x {
                    Value::Ref(id) => match vm.heap.get(id) {
                        Object::Instance(_) => match vm.instance_dict(id) {
                            Some(d) => Ok(Outcome::Value(Value::Ref(d))),
                            None => Err(Exc::type_error("vars() argument must have __dict__ attribute")),
                        },
                        Object::Module(m) => {
                            let d = m.dict.clone();
                            Ok(Outcome::Value(vm.new_dict(d)))
                        }
                        // A snapshot: CPython gives a live read-only mappingproxy.
                        Object::Class(c) => {
                            let d = c.dict.clone();
                            Ok(Outcome::Value(vm.new_dict(d)))
                        }
                        _ => Err(Exc::type_error("vars() argument must have __dict__ attribute")),
                    },
                    _ => Err(Exc::type_error("vars() argument must have __dict__ attribute")),
                };
            }
            vm.globals_dict()?
        }
        Builtin::Abs if args.pos.len() == 1 && vm.is_user_instance(args.pos[0]) => {
            let x = args.pos[0];
            return match vm.dunder(x, "__abs__") {
                Some(f) => vm.call_value(f, Args::positional([x]), ret),
                None => Err(Exc::type_error(format!("bad operand type for abs(): '{}'", vm.type_name(x)))),
            };
        }
        Builtin::Round if !args.pos.is_empty() && vm.is_user_instance(args.pos[0]) => {
            return vm.round_instance(&args, ret);
        }
        Builtin::Divmod if args.pos.len() == 2 && vm.involves_instances(args.pos[0], args.pos[1]) => {
            return vm.divmod_instances(args.pos[0], args.pos[1], ret);
        }
        Builtin::Abs | Builtin::Round | Builtin::Divmod | Builtin::Pow | Builtin::Bin | Builtin::Oct | Builtin::Hex => {
            numbers::call(vm, b, &args)?
        }
        Builtin::All
        | Builtin::Any
        | Builtin::Max
        | Builtin::Min
        | Builtin::Sum
        | Builtin::Sorted
        | Builtin::Iter
        | Builtin::Next => return iterate::call(vm, b, args, ret),
        Builtin::BuildClass => return vm.build_class(args, ret),
        _ => return crate::stdlib::call(vm, b, args, ret),
    };
    Ok(Outcome::Value(v))
}

fn print(vm: &mut Vm, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    let spec = ArgSpec::new("print");
    let [sep, end, file, _flush] = spec.kwargs(vm, &args, ["sep", "end", "file", "flush"])?;
    let to_stderr = vm.is_stderr_stream(file);
    let text_of = |vm: &Vm, v: Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(v) => match vm.as_str(v) {
                Some(s) => Ok(s.to_string()),
                None => Err(Exc::type_error(format!("{what} must be None or a string, not {}", vm.type_name(v)))),
            },
        }
    };
    let sep = text_of(vm, sep, " ", "sep")?;
    let end = text_of(vm, end, "\n", "end")?;
    if args.pos.iter().any(|v| vm.needs_python_text(*v, 0)) {
        return vm.text_task(args.pos.to_vec(), TextGoal::Print { sep, end, to_stderr }, ret);
    }
    let mut line = String::new();
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            line.push_str(&sep);
        }
        let s = vm.str_value(*v)?;
        line.push_str(&s);
    }
    line.push_str(&end);
    if to_stderr {
        vm.write_err(&line)?;
    } else {
        vm.write_out(&line)?;
    }
    Ok(Outcome::Value(Value::None))
}

fn attr_name(vm: &Vm, v: Value, func: &str) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let _ = func;
            Err(Exc::type_error(format!("attribute name must be string, not '{}'", vm.type_name(v))))
        }
    }
}

/// isinstance/issubclass with a class or a tuple of classes.
fn class_check(vm: &mut Vm, instance: bool, x: Value, cls: Value, depth: u32) -> PyResult<bool> {
    if depth > 100 {
        return Err(Exc::recursion());
    }
    if let Some(items) = vm.seq_items(cls)
        && matches!(cls, Value::Ref(id) if matches!(vm.heap.get(id), Object::Tuple(_)))
    {
        let classes: Vec<Value> = items.to_vec();
        for c in classes {
            if class_check(vm, instance, x, c, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(members) = vm.union_members(cls) {
        for c in members {
            if class_check(vm, instance, x, c, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !vm.is_class(cls) {
        let which = if instance { "isinstance" } else { "issubclass" };
        return Err(Exc::type_error(format!("{which}() arg 2 must be a type, a tuple of types, or a union")));
    }
    if instance {
        Ok(vm.isinstance(x, cls))
    } else {
        if !vm.is_class(x) {
            return Err(Exc::type_error("issubclass() arg 1 must be a class"));
        }
        Ok(vm.is_subclass(x, cls))
    }
}

impl Vm {
    pub fn is_class(&self, v: Value) -> bool {
        match v {
            Value::Type(_) => true,
            Value::Ref(id) => matches!(self.heap.get(id), Object::Class(_)),
            _ => false,
        }
    }

    pub fn is_callable(&self, v: Value) -> bool {
        match v {
            Value::Builtin(_) | Value::Type(_) | Value::Method(_) => true,
            Value::Ref(id) => match self.heap.get(id) {
                Object::Function(_) | Object::BoundMethod { .. } | Object::BuiltinMethod { .. } | Object::Class(_) => {
                    true
                }
                Object::Instance(_) => self.dunder(v, "__call__").is_some(),
                _ => false,
            },
            _ => false,
        }
    }

    /// Append printed text, within the memory budget.
    pub fn write_out(&mut self, text: &str) -> PyResult<()> {
        self.reserve(text.len())?;
        self.out.push_str(text);
        Ok(())
    }

    /// Text for stderr, kept in order with the stdout text around it.
    pub fn write_err(&mut self, text: &str) -> PyResult<()> {
        self.reserve(text.len())?;
        if !self.out.is_empty() {
            let before = std::mem::take(&mut self.out);
            self.out_chunks.push((false, before));
        }
        match self.out_chunks.last_mut() {
            Some((true, last)) => last.push_str(text),
            _ => self.out_chunks.push((true, text.to_string())),
        }
        Ok(())
    }

    /// `print(..., file=f)` writes to stderr when `f` is `sys.stderr` (which marks itself).
    pub fn is_stderr_stream(&self, file: Option<Value>) -> bool {
        let Some(Value::Ref(id)) = file else { return false };
        match self.heap.get(id) {
            Object::Instance(inst) => inst
                .dict
                .and_then(|d| self.dict_get_str(d, "_monty_stderr"))
                .is_some_and(|v| matches!(v, Value::Bool(true))),
            _ => false,
        }
    }

    /// `len(x)`. An i64 (a Py_ssize_t), not a usize: a range can be longer than a 32-bit
    /// usize (on wasm32) allows.
    pub fn len_of(&mut self, x: Value) -> PyResult<i64> {
        if let Value::Ref(id) = x {
            let n = match self.heap.get(id) {
                Object::Str(s) => Some(s.char_len() as i64),
                Object::Bytes(b) | Object::ByteArray(b) => Some(b.len() as i64),
                Object::List(v) | Object::Tuple(v) => Some(v.len() as i64),
                Object::Dict(d) => Some(d.len() as i64),
                Object::Set(s) | Object::FrozenSet(s) => Some(s.len() as i64),
                Object::Range(r) => match i64::try_from(r.len()) {
                    Ok(n) => Some(n),
                    Err(_) => return Err(Exc::overflow("Python int too large to convert to C ssize_t")),
                },
                Object::DictView { dict, .. } => match self.heap.get(*dict) {
                    Object::Dict(d) => Some(d.len() as i64),
                    _ => Some(0),
                },
                _ => None,
            };
            if let Some(n) = n {
                return Ok(n);
            }
        }
        Err(Exc::type_error(format!("object of type '{}' has no len()", self.type_name(x))))
    }

    /// The module's globals as a dict (a snapshot).
    pub fn globals_dict(&mut self) -> PyResult<Value> {
        let program = self.program.clone();
        let dict = self.new_dict(Dict::new());
        let name_key = self.new_str("__name__".into());
        let main = self.new_str("__main__".into());
        self.dict_set(dict, name_key, main)?;
        for (i, g) in program.globals.iter().enumerate() {
            let v = self.globals.get(i).copied().unwrap_or(Value::Undefined);
            if !v.is_undefined() && g.module == 0 {
                let k = self.new_str(g.name.clone());
                self.dict_set(dict, k, v)?;
            }
        }
        Ok(dict)
    }

    /// Names for `dir()`: globals without an argument, else the object's attributes.
    pub fn dir_of(&mut self, obj: Option<Value>) -> PyResult<Vec<String>> {
        let mut names: Vec<String> = match obj {
            None => {
                let program = self.program.clone();
                program
                    .globals
                    .iter()
                    .enumerate()
                    .filter(|(i, g)| g.module == 0 && self.globals.get(*i).is_some_and(|v| !v.is_undefined()))
                    .map(|(_, g)| g.name.clone())
                    .collect()
            }
            Some(v) => {
                let mut out: Vec<String> =
                    crate::methods::method_names_of(self, v).iter().map(|m| m.as_str().to_string()).collect();
                if let Value::Ref(id) = v {
                    match self.heap.get(id) {
                        Object::Module(m) => {
                            out.extend(m.dict.keys().filter_map(|k| self.heap.get_str(k).map(str::to_string)))
                        }
                        Object::Instance(i) => {
                            if let Some(Object::Dict(d)) = i.dict.map(|d| self.heap.get(d)) {
                                out.extend(d.keys().filter_map(|k| self.heap.get_str(k).map(str::to_string)));
                            }
                            for c in self.mro_of(i.class) {
                                if let Value::Ref(cid) = c
                                    && let Object::Class(cls) = self.heap.get(cid)
                                {
                                    out.extend(
                                        cls.dict.keys().filter_map(|k| self.heap.get_str(k).map(str::to_string)),
                                    );
                                }
                            }
                        }
                        Object::Class(_) => {
                            for c in self.mro_of(v) {
                                if let Value::Ref(cid) = c
                                    && let Object::Class(cls) = self.heap.get(cid)
                                {
                                    out.extend(
                                        cls.dict.keys().filter_map(|k| self.heap.get_str(k).map(str::to_string)),
                                    );
                                }
                            }
                        }
                        _ => {}
                    }
                }
                out.push("__class__".into());
                out
            }
        };
        names.sort();
        names.dedup();
        Ok(names)
    }

    pub fn bigint_of(&self, v: Value) -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from(i)),
            Value::Bool(b) => Some(BigInt::from(b as i64)),
            _ => self.bigint_ref(v).cloned(),
        }
    }
}
