//! Calling: functions, builtins, bound methods; argument binding; frame entry and exit.
//!
//! Calling a Python function pushes a frame and returns `Outcome::Pushed`: the result is
//! delivered later, when that frame returns, as its `ReturnMode` says.

use smallvec::SmallVec;

use super::Vm;
use super::frame::{Frame, NativeFrame, PyFrame, ReturnMode};
use super::native::{NativeTask, Resume};
use crate::bytecode::{Code, Instr};
use crate::error::{Exc, PyResult};
use crate::objects::{Dict, Function, GenState, Generator, Object};
use crate::types::TypeId;
use crate::value::{ObjId, Value};

/// The result of an operation that may have to run Python code first.
#[derive(Debug)]
pub enum Outcome {
    Value(Value),
    /// A frame was pushed; its result will be delivered to the caller later.
    Pushed,
}

pub type ArgVec = SmallVec<[Value; 8]>;

/// Arguments of a call: positional values and (name, value) keyword pairs.
#[derive(Debug, Default, Clone)]
pub struct Args {
    pub pos: ArgVec,
    /// Keyword names are heap strings.
    pub kw: Vec<(Value, Value)>,
}

impl Args {
    pub fn positional(pos: impl IntoIterator<Item = Value>) -> Self {
        Args { pos: pos.into_iter().collect(), kw: Vec::new() }
    }
}

impl Vm {
    /// `Call(argc)`: `[f a1..an] -> [result]`.
    pub(super) fn call_from_stack(&mut self, argc: usize) -> PyResult<Outcome> {
        let n = self.stack.len();
        if n < argc + 1 {
            return Err(Exc::new(TypeId::SystemError, "stack underflow in call"));
        }
        let callee_idx = n - argc - 1;
        let callee = self.stack[callee_idx];
        if let Some(code_id) = self.simple_function(callee, argc) {
            self.enter_frame(code_id, callee, callee_idx + 1, callee_idx, ReturnMode::Push)?;
            return Ok(Outcome::Pushed);
        }
        let pos: ArgVec = self.stack.drain(callee_idx + 1..).collect();
        self.stack.pop();
        self.call_value(callee, Args { pos, kw: Vec::new() }, ReturnMode::Push)
    }

    /// `CallKw(argc, kwnames)`: the last `len(kwnames)` of the argc values are keywords.
    pub(super) fn call_kw_from_stack(&mut self, argc: usize, kwnames: u32) -> PyResult<Outcome> {
        let names = self.kwnames(kwnames);
        let mut values = self.pop_n(argc);
        let callee = self.pop();
        let split = values.len().saturating_sub(names.len());
        let kw_values = values.split_off(split);
        let kw = names.into_iter().zip(kw_values).collect();
        self.call_value(callee, Args { pos: values.into_iter().collect(), kw }, ReturnMode::Push)
    }

    /// `CallEx`: `[f args_tuple kwargs_dict?] -> [result]`.
    pub(super) fn call_ex_from_stack(&mut self, has_kw: bool) -> PyResult<Outcome> {
        let kwargs = if has_kw { Some(self.pop()) } else { None };
        let args = self.pop();
        let callee = self.pop();
        let pos: ArgVec = self.seq_items(args).map(|s| s.iter().copied().collect()).unwrap_or_default();
        let mut kw = Vec::new();
        if let Some(Value::Ref(d)) = kwargs
            && let Object::Dict(dict) = self.heap.get(d)
        {
            for e in dict.iter_entries() {
                if self.as_str(e.key).is_none() {
                    return Err(Exc::type_error("keywords must be strings"));
                }
                kw.push((e.key, e.value));
            }
        }
        self.call_value(callee, Args { pos, kw }, ReturnMode::Push)
    }

    /// `CallMethod(argc)`: `[func self a1..an] -> [result]` (see `LoadMethod`).
    pub(super) fn call_method(&mut self, argc: usize, kwnames: Option<u32>) -> PyResult<Outcome> {
        let n = self.stack.len();
        if n < argc + 2 {
            return Err(Exc::new(TypeId::SystemError, "stack underflow in method call"));
        }
        let func = self.stack[n - argc - 2];
        let receiver = self.stack[n - argc - 1];
        match func {
            Value::Undefined => {
                // `receiver` is the attribute value itself: an ordinary call.
                self.stack.remove(n - argc - 2);
                match kwnames {
                    None => self.call_from_stack(argc),
                    Some(k) => self.call_kw_from_stack(argc, k),
                }
            }
            Value::Method(m) => {
                let mut args = self.pop_n(argc);
                self.stack.truncate(n - argc - 2);
                let kw = match kwnames {
                    Some(k) => {
                        let names = self.kwnames(k);
                        let split = args.len().saturating_sub(names.len());
                        let vals = args.split_off(split);
                        names.into_iter().zip(vals).collect()
                    }
                    None => Vec::new(),
                };
                crate::methods::call_method(
                    self,
                    receiver,
                    m,
                    Args { pos: args.into_iter().collect(), kw },
                    ReturnMode::Push,
                )
            }
            _ => {
                // A Python function found on the class: call it with the receiver first.
                if kwnames.is_none()
                    && let Some(code_id) = self.simple_function(func, argc + 1)
                {
                    let base = n - argc - 1;
                    self.enter_frame(code_id, func, base, base - 1, ReturnMode::Push)?;
                    return Ok(Outcome::Pushed);
                }
                // `[func self args...]` is an ordinary call of `func` with `self` first.
                match kwnames {
                    None => self.call_from_stack(argc + 1),
                    Some(k) => self.call_kw_from_stack(argc + 1, k),
                }
            }
        }
    }

    /// The code of a Python function that `argc` positional arguments bind to directly.
    #[inline]
    fn simple_function(&self, f: Value, argc: usize) -> Option<u32> {
        let Value::Ref(id) = f else { return None };
        let Object::Function(func) = self.heap.get(id) else { return None };
        let code = self.program.codes.get(func.code as usize)?;
        (code.is_simple() && argc == code.params.positional as usize).then_some(func.code)
    }

    fn kwnames(&self, k: u32) -> Vec<Value> {
        let t = self.consts.get(k as usize).copied().unwrap_or(Value::None);
        self.seq_items(t).map(|s| s.to_vec()).unwrap_or_default()
    }

    /// Call any callable. Python functions push a frame delivering to `ret`.
    pub fn call_value(&mut self, callee: Value, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
        match callee {
            Value::Builtin(b) => crate::builtins::call(self, b, args, ret),
            Value::Type(t) => crate::builtins::construct(self, t, args, ret),
            Value::Ref(id) => match self.heap.get(id) {
                Object::Function(_) => self.call_function(id, args, ret),
                Object::BoundMethod { func, receiver } => {
                    let (func, receiver) = (*func, *receiver);
                    let mut args = args;
                    args.pos.insert(0, receiver);
                    self.call_value(func, args, ret)
                }
                Object::BuiltinMethod { receiver, method } => {
                    let (receiver, method) = (*receiver, *method);
                    crate::methods::call_method(self, receiver, method, args, ret)
                }
                Object::Class(_) => self.instantiate(id, args, ret),
                Object::Instance(_) => self.call_instance(callee, args, ret),
                Object::Alias { .. } => {
                    let origin = self.alias_origin_for_call(id)?;
                    self.call_value(origin, args, ret)
                }
                Object::ExternalFunction(name) => {
                    let name = name.clone();
                    self.call_external(name, args, ret)
                }
                _ => Err(self.not_callable(callee)),
            },
            _ => Err(self.not_callable(callee)),
        }
    }

    pub(super) fn not_callable(&self, v: Value) -> Exc {
        Exc::type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// Is calling `v` going to run Python code (rather than a builtin)?
    pub fn runs_python(&self, v: Value) -> bool {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Object::Function(_) | Object::Class(_) | Object::Instance(_) | Object::ExternalFunction(_) => true,
                Object::BoundMethod { func, .. } => self.runs_python(*func),
                // A builtin method of a user instance's payload may reach its Python methods
                // (`counter.__getitem__` calls `__missing__`).
                Object::BuiltinMethod { receiver, .. } => self.is_user_instance(*receiver),
                _ => false,
            },
            _ => false,
        }
    }

    fn call_function(&mut self, func_id: ObjId, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
        if args.kw.is_empty()
            && let Some(code_id) = self.simple_function(Value::Ref(func_id), args.pos.len())
        {
            let base = self.stack.len();
            self.stack.extend_from_slice(&args.pos);
            self.enter_frame(code_id, Value::Ref(func_id), base, base, ret)?;
            return Ok(Outcome::Pushed);
        }
        let Object::Function(f) = self.heap.get(func_id) else {
            return Err(Exc::new(TypeId::SystemError, "not a function"));
        };
        let f: Function = (**f).clone();
        let program = self.program.clone();
        let Some(code) = program.codes.get(f.code as usize) else {
            return Err(Exc::new(TypeId::SystemError, "invalid code object"));
        };
        let locals = self.bind_args(&f, code, args)?;
        if code.is_generator || code.is_coroutine {
            let gen_value = self.new_generator(f.code, code, Value::Ref(func_id), &f, locals);
            return Ok(Outcome::Value(gen_value));
        }
        let base = self.stack.len();
        self.stack.extend_from_slice(&locals);
        self.enter_frame(f.code, Value::Ref(func_id), base, base, ret)?;
        Ok(Outcome::Pushed)
    }

    /// Push a frame whose locals start at `base` (parameters already stored there).
    pub(super) fn enter_frame(
        &mut self,
        code_id: u32,
        func: Value,
        base: usize,
        ret_base: usize,
        ret: ReturnMode,
    ) -> PyResult<()> {
        if self.depth >= self.limits.max_recursion_depth {
            self.stack.truncate(ret_base);
            return Err(Exc::recursion());
        }
        let Some(code) = self.program.codes.get(code_id as usize) else {
            return Err(Exc::new(TypeId::SystemError, "invalid code object"));
        };
        let nlocals = code.nlocals();
        let has_cells = !code.cell_slots.is_empty() || !code.free_slots.is_empty();
        self.stack.resize(base + nlocals, Value::Undefined);
        if has_cells {
            let program = self.program.clone();
            self.init_cells(program.code(code_id), func, base);
        }
        self.frames.push(Frame::Py(PyFrame {
            code: code_id,
            ip: 0,
            base: base as u32,
            ret_base: ret_base as u32,
            ret,
            func,
            exc_info: Value::None,
            class_ns: None,
            generator: None,
        }));
        self.depth += 1;
        if self.depth > self.usage.max_depth {
            self.usage.max_depth = self.depth;
        }
        Ok(())
    }

    /// Make the cells of a new frame and copy in the closure's cells.
    fn init_cells(&mut self, code: &Code, func: Value, base: usize) {
        if code.cell_slots.is_empty() && code.free_slots.is_empty() {
            return;
        }
        for &slot in &code.cell_slots {
            let i = base + slot as usize;
            let v = self.stack.get(i).copied().unwrap_or(Value::Undefined);
            let cell = self.alloc(Object::Cell(v));
            if let Some(s) = self.stack.get_mut(i) {
                *s = cell;
            }
        }
        if code.free_slots.is_empty() {
            return;
        }
        let closure: Vec<Value> = match func {
            Value::Ref(id) => match self.heap.get(id) {
                Object::Function(f) => f.closure.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        for (i, &slot) in code.free_slots.iter().enumerate() {
            if let (Some(s), Some(c)) = (self.stack.get_mut(base + slot as usize), closure.get(i)) {
                *s = *c;
            }
        }
    }

    fn new_generator(
        &mut self,
        code_id: u32,
        code: &Code,
        func_value: Value,
        f: &Function,
        locals: Vec<Value>,
    ) -> Value {
        // Lay the locals out as the generator's private stack and set up cells there.
        let base = self.stack.len();
        self.stack.extend_from_slice(&locals);
        self.stack.resize(base + code.nlocals(), Value::Undefined);
        self.init_cells(code, func_value, base);
        let saved = self.stack.split_off(base);
        let frame = PyFrame {
            code: code_id,
            ip: 0,
            base: 0,
            ret_base: 0,
            ret: ReturnMode::Push,
            func: func_value,
            exc_info: Value::None,
            class_ns: None,
            generator: None,
        };
        self.alloc(Object::Generator(Box::new(Generator {
            frame,
            stack: saved,
            state: GenState::Created,
            name: f.name.clone(),
            qualname: f.qualname.clone(),
            is_coroutine: code.is_coroutine,
        })))
    }

    /// Bind call arguments to parameter slots, with Python's error messages.
    #[allow(clippy::needless_range_loop)] // slots and parameter names are indexed together
    fn bind_args(&mut self, f: &Function, code: &Code, args: Args) -> PyResult<Vec<Value>> {
        let p = &code.params;
        let npos = p.positional as usize;
        let nkwonly = p.kwonly as usize;
        let mut locals = vec![Value::Undefined; code.nlocals()];
        let given = args.pos.len();
        let fname = &f.qualname;
        if given > npos && !p.varargs {
            let kw_given = args
                .kw
                .iter()
                .filter(|(k, _)| {
                    let k = self.as_str(*k).unwrap_or("");
                    code.varnames[npos..npos + nkwonly].iter().any(|n| n == k)
                })
                .count();
            return Err(Exc::type_error(too_many_positional(fname, npos, f.defaults.len(), given, kw_given)));
        }
        for (i, v) in args.pos.iter().take(npos).enumerate() {
            locals[i] = *v;
        }
        let mut slot = npos + nkwonly;
        if p.varargs {
            let extra: Vec<Value> = args.pos.iter().skip(npos).copied().collect();
            locals[slot] = self.new_tuple(extra);
            slot += 1;
        }
        let mut kwdict: Option<Dict> = if p.varkw { Some(Dict::new()) } else { None };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (name_v, value) in &args.kw {
            let name = self.as_str(*name_v).unwrap_or("").to_string();
            let found = code.varnames[p.posonly as usize..npos + nkwonly].iter().position(|n| *n == name);
            match found {
                Some(i) => {
                    let i = i + p.posonly as usize;
                    if !locals[i].is_undefined() {
                        return Err(Exc::type_error(format!("{fname}() got multiple values for argument '{name}'")));
                    }
                    locals[i] = *value;
                }
                None => match &mut kwdict {
                    Some(d) => {
                        let h = crate::hash::hash_str(&name);
                        let heap = &self.heap;
                        let exists = d.find(h, |k| matches!(heap.get_str(k), Some(s) if s == name));
                        match exists {
                            Some(pos) => d.set_value_at(pos, *value),
                            None => d.insert_new(h, *name_v, *value),
                        }
                    }
                    None => {
                        if code.varnames[..p.posonly as usize].contains(&name) {
                            posonly_as_kw.push(name);
                            continue;
                        }
                        return Err(Exc::type_error(format!("{fname}() got an unexpected keyword argument '{name}'")));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(Exc::type_error(format!(
                "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        if let Some(d) = kwdict {
            locals[slot] = self.new_dict(d);
        }
        // Defaults for missing positional parameters.
        let first_default = npos.saturating_sub(f.defaults.len());
        let mut missing: Vec<&str> = Vec::new();
        for i in given.min(npos)..npos {
            if locals[i].is_undefined() {
                if i >= first_default {
                    locals[i] = f.defaults[i - first_default];
                } else {
                    missing.push(&code.varnames[i]);
                }
            }
        }
        if !missing.is_empty() {
            return Err(Exc::type_error(missing_args(fname, "positional", &missing)));
        }
        for i in npos..npos + nkwonly {
            if locals[i].is_undefined() {
                match f.kwdefaults.get(i - npos) {
                    Some(d) if !d.is_undefined() => locals[i] = *d,
                    _ => missing.push(&code.varnames[i]),
                }
            }
        }
        if !missing.is_empty() {
            return Err(Exc::type_error(missing_args(fname, "keyword-only", &missing)));
        }
        Ok(locals)
    }

    /// `MakeFunction`: `[defaults? kwdefaults? closure?] -> [function]`.
    pub(super) fn make_function(&mut self, code_id: u32, flags: u32) -> PyResult<()> {
        let closure = if flags & 4 != 0 { self.pop() } else { Value::None };
        let kwdefaults = if flags & 2 != 0 { self.pop() } else { Value::None };
        let defaults = if flags & 1 != 0 { self.pop() } else { Value::None };
        let program = self.program.clone();
        let Some(code) = program.codes.get(code_id as usize) else {
            return Err(Exc::new(TypeId::SystemError, "invalid code object"));
        };
        let defaults = self.seq_items(defaults).map(|s| s.to_vec()).unwrap_or_default();
        let closure = self.seq_items(closure).map(|s| s.to_vec()).unwrap_or_default();
        let npos = code.params.positional as usize;
        let mut kw = vec![Value::Undefined; code.params.kwonly as usize];
        if let Value::Ref(d) = kwdefaults
            && let Object::Dict(dict) = self.heap.get(d)
        {
            for e in dict.iter_entries() {
                let name = self.heap.get_str(e.key).unwrap_or("");
                if let Some(i) = code.varnames[npos..npos + kw.len()].iter().position(|n| n == name) {
                    kw[i] = e.value;
                }
            }
        }
        let f = Function {
            code: code_id,
            name: code.name.clone(),
            qualname: code.qualname.clone(),
            defaults,
            kwdefaults: kw,
            closure,
            attrs: None,
        };
        let v = self.alloc(Object::Function(Box::new(f)));
        self.stack.push(v);
        Ok(())
    }

    /// `ReturnValue`: leave the top Python frame and hand the value to its caller.
    pub(super) fn return_from_frame(&mut self, v: Value) -> PyResult<()> {
        let Some(Frame::Py(f)) = self.frames.pop() else {
            return Err(Exc::new(TypeId::SystemError, "return outside a Python frame"));
        };
        self.depth = self.depth.saturating_sub(1);
        self.stack.truncate(f.ret_base as usize);
        if let Some(g) = f.generator {
            if let Object::Generator(genr) = self.heap.get_mut(g) {
                genr.state = GenState::Finished;
                genr.stack.clear();
            }
            return self.deliver_exhausted(f.ret, v);
        }
        self.deliver(f.ret, v);
        Ok(())
    }

    /// Hand a result to the frame below, as the finished frame's return mode says.
    pub(super) fn deliver(&mut self, ret: ReturnMode, v: Value) {
        match ret {
            ReturnMode::Push | ReturnMode::ForIter | ReturnMode::Send => self.stack.push(v),
            ReturnMode::Native | ReturnMode::NativeIter => self.set_native_input(Resume::Value(v)),
            ReturnMode::Exit => self.result = Some(v),
            ReturnMode::Discard => {}
        }
    }

    /// An iterator (generator or native iteration step) is exhausted with return value `v`.
    pub(super) fn deliver_exhausted(&mut self, ret: ReturnMode, v: Value) -> PyResult<()> {
        match ret {
            ReturnMode::ForIter => {
                self.stack.pop();
                self.jump_caller_to_target();
                Ok(())
            }
            ReturnMode::Send => {
                self.stack.pop();
                self.stack.push(v);
                self.jump_caller_to_target();
                Ok(())
            }
            ReturnMode::NativeIter => {
                self.set_native_input(Resume::Exhausted);
                Ok(())
            }
            ReturnMode::Push | ReturnMode::Native | ReturnMode::Exit | ReturnMode::Discard => {
                Err(self.stop_iteration(v))
            }
        }
    }

    pub(super) fn stop_iteration(&mut self, v: Value) -> Exc {
        if v.is_none() { Exc::bare(TypeId::StopIteration) } else { Exc::with_value(TypeId::StopIteration, v) }
    }

    /// The top frame is executing `ForIter`/`Send` (its ip is just past it): jump to the
    /// instruction's target.
    fn jump_caller_to_target(&mut self) {
        let program = self.program.clone();
        if let Some(Frame::Py(f)) = self.frames.last_mut() {
            let at = f.ip.saturating_sub(1) as usize;
            if let Some(Instr::ForIter { target } | Instr::Send { target }) = program.code(f.code).instrs.get(at) {
                f.ip = *target;
            }
        }
    }

    pub(super) fn set_native_input(&mut self, input: Resume) {
        if let Some(Frame::Native(nf)) = self.frames.last_mut() {
            nf.input = Some(input);
        }
    }

    /// Push a native frame and run its first step at the next loop iteration.
    pub fn push_native(&mut self, task: NativeTask, ret: ReturnMode) -> PyResult<Outcome> {
        if self.depth >= self.limits.max_recursion_depth {
            return Err(Exc::recursion());
        }
        self.frames.push(Frame::Native(Box::new(NativeFrame { task, ret, input: Some(Resume::Start) })));
        Ok(Outcome::Pushed)
    }

    /// Run one step of the native frame on top.
    pub(super) fn step_native(&mut self) -> PyResult<()> {
        let idx = self.frames.len() - 1;
        let (input, mut task) = match &mut self.frames[idx] {
            Frame::Native(nf) => (nf.input.take(), std::mem::replace(&mut nf.task, NativeTask::Empty)),
            Frame::Py(_) | Frame::Host(_) => return Ok(()),
        };
        let Some(input) = input else {
            return Err(Exc::new(TypeId::SystemError, "native frame resumed without input"));
        };
        let step = task.resume(self, input);
        let ret = match &mut self.frames[idx] {
            Frame::Native(nf) => {
                nf.task = task;
                nf.ret
            }
            Frame::Py(_) | Frame::Host(_) => ReturnMode::Push,
        };
        match step {
            Ok(super::native::TaskStep::Wait) => Ok(()),
            Ok(super::native::TaskStep::Yield) => {
                self.set_native_input(Resume::Start);
                Ok(())
            }
            Ok(super::native::TaskStep::Done(v)) => {
                self.frames.truncate(idx);
                self.deliver(ret, v);
                Ok(())
            }
            Ok(super::native::TaskStep::Exhausted) => {
                self.frames.truncate(idx);
                self.deliver_exhausted(ret, Value::None)
            }
            Err(e) => {
                self.frames.truncate(idx);
                Err(e)
            }
        }
    }
}

impl crate::heap::Heap {
    /// The text of a heap string value.
    pub fn get_str(&self, v: Value) -> Option<&str> {
        match v {
            Value::Ref(id) => match self.get(id) {
                Object::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") }
}

fn too_many_positional(fname: &str, npos: usize, ndefaults: usize, given: usize, kw_given: usize) -> String {
    let takes = if ndefaults > 0 && ndefaults <= npos {
        format!("from {} to {npos} positional arguments", npos - ndefaults)
    } else {
        plural(npos, "positional argument")
    };
    let was = if given == 1 { "was" } else { "were" };
    if kw_given > 0 {
        format!(
            "{fname}() takes {takes} but {} (and {}) were given",
            plural(given, "positional argument"),
            plural(kw_given, "keyword-only argument")
        )
    } else {
        format!("{fname}() takes {takes} but {given} {was} given")
    }
}

fn missing_args(fname: &str, kind: &str, names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    let word = if names.len() == 1 { "argument" } else { "arguments" };
    format!("{fname}() missing {} required {kind} {word}: {list}", names.len())
}
