//! Raising and unwinding: exception objects, traceback entries, handler lookup.

use super::Vm;
use super::frame::{Frame, ReturnMode};
use serde::{Deserialize, Serialize};

use super::call::{Args, Outcome};
use super::native::{NativeTask, Resume, TaskStep};
use crate::error::{Exc, ExcArg, PyResult};
use crate::objects::{ExcData, GenState, Instance, Object};
use crate::types::TypeId;
use crate::value::{ObjId, Value};

impl Vm {
    /// Turn an error into an exception object in the heap.
    pub fn materialize(&mut self, exc: Exc) -> ObjId {
        match exc {
            Exc::Raised(id) => id,
            Exc::New(b) => {
                let (ty, arg) = *b;
                let args = match arg {
                    ExcArg::None => Vec::new(),
                    ExcArg::Message(m) => vec![self.new_str(m)],
                    ExcArg::Value(v) => vec![v],
                };
                self.new_exception(Value::Type(ty), args)
            }
            Exc::Limit(kind) => {
                let msg = self.new_str(kind.describe().to_string());
                self.new_exception(Value::Type(TypeId::MemoryError), vec![msg])
            }
            Exc::Defer => {
                let msg = self.new_str("this operation cannot run the Python code it needs here".to_string());
                self.new_exception(Value::Type(TypeId::TypeError), vec![msg])
            }
        }
    }

    pub fn new_exception(&mut self, class: Value, args: Vec<Value>) -> ObjId {
        let mut inst = Instance::new(class);
        inst.exc = Some(Box::new(ExcData { args, ..ExcData::default() }));
        self.heap.alloc(Object::Instance(Box::new(inst)))
    }

    pub fn exc_data(&self, id: ObjId) -> Option<&ExcData> {
        match self.heap.get(id) {
            Object::Instance(i) => i.exc.as_deref(),
            _ => None,
        }
    }

    pub fn exc_data_mut(&mut self, id: ObjId) -> Option<&mut ExcData> {
        match self.heap.get_mut(id) {
            Object::Instance(i) => i.exc.as_deref_mut(),
            _ => None,
        }
    }

    /// The class of an exception object as a builtin type, when it is one (or derives from one).
    pub fn exc_builtin_type(&self, id: ObjId) -> TypeId {
        let class = match self.heap.get(id) {
            Object::Instance(i) => i.class,
            _ => return TypeId::SystemError,
        };
        self.builtin_base_of_class(class)
    }

    pub fn is_instance_of_type(&self, id: ObjId, ty: TypeId) -> bool {
        self.exc_builtin_type(id).is_subclass(ty)
    }

    /// The exception being handled, looking through the frames from the top.
    pub fn current_handled(&self) -> Option<ObjId> {
        for f in self.frames.iter().rev() {
            if let Frame::Py(p) = f
                && let Value::Ref(id) = p.exc_info
            {
                return Some(id);
            }
        }
        None
    }

    /// Set the top frame's handled exception; returns the previous one.
    pub(super) fn swap_exc_info(&mut self, exc: Value) -> Value {
        match self.frames.last_mut() {
            Some(Frame::Py(f)) => std::mem::replace(&mut f.exc_info, exc),
            _ => Value::None,
        }
    }

    /// The `raise` instruction: build the exception to raise.
    /// `raise X` / `raise X from Y` where X is a class whose `__init__`/`__new__` is Python:
    /// the class is called first (a native frame raises the result). Ok(false) when X needs
    /// no Python code (the plain `Raise` path handles it).
    pub(super) fn raise_class(&mut self, kind: u32) -> PyResult<bool> {
        if kind == 0 {
            return Ok(false);
        }
        let class = self.peek(kind as usize);
        let runs_python = self.is_user_class(class)
            && self.class_is_exception(class)
            && (self.class_lookup_str(class, "__init__").is_some()
                || self.class_lookup_str(class, "__new__").is_some());
        if !runs_python {
            return Ok(false);
        }
        let cause = if kind == 2 { Some(self.pop()) } else { None };
        self.pop();
        self.push_native(NativeTask::Raise(Box::new(RaiseTask { cause })), ReturnMode::Discard)?;
        match self.call_value(class, Args::default(), ReturnMode::Native)? {
            Outcome::Value(v) => self.set_native_input(Resume::Value(v)),
            Outcome::Pushed => {}
        }
        Ok(true)
    }

    pub(super) fn raise_instr(&mut self, kind: u32) -> Exc {
        match kind {
            0 => match self.current_handled() {
                Some(id) => {
                    // A bare `raise` re-raises without a new traceback entry.
                    self.reraise_pending = true;
                    Exc::Raised(id)
                }
                None => Exc::runtime_error("No active exception to reraise"),
            },
            1 => {
                let v = self.pop();
                self.exception_from(v).unwrap_or_else(|e| e)
            }
            _ => {
                let cause = self.pop();
                let v = self.pop();
                let id = match self.exception_from(v) {
                    Ok(Exc::Raised(id)) => id,
                    Ok(other) => self.materialize(other),
                    Err(e) => return e,
                };
                let cause = if cause.is_none() {
                    None
                } else {
                    match self.exception_from(cause) {
                        Ok(c) => Some(Value::Ref(self.materialize(c))),
                        Err(_) => return Exc::type_error("exception causes must derive from BaseException"),
                    }
                };
                if let Some(d) = self.exc_data_mut(id) {
                    d.cause = cause;
                    d.suppress_context = true;
                }
                Exc::Raised(id)
            }
        }
    }

    /// An exception instance from a raised value (instances pass; classes are instantiated).
    fn exception_from(&mut self, v: Value) -> Result<Exc, Exc> {
        match v {
            Value::Type(t) if t.is_exception() => Ok(Exc::bare(t)),
            Value::Ref(id) => match self.heap.get(id) {
                Object::Instance(i) if i.exc.is_some() => Ok(Exc::Raised(id)),
                Object::Class(_) if self.class_is_exception(v) => {
                    let class = v;
                    Ok(Exc::Raised(self.new_exception(class, Vec::new())))
                }
                _ => Err(Exc::type_error("exceptions must derive from BaseException")),
            },
            _ => Err(Exc::type_error("exceptions must derive from BaseException")),
        }
    }

    /// Unwind `exc` to the nearest handler. `reraise` means it is being re-raised by the frame
    /// on top (no new traceback entry for it). Returns Err when no handler is left (the run
    /// ends with that exception).
    pub(super) fn unwind(&mut self, exc: Exc, reraise: bool) -> Result<(), Exc> {
        if exc.is_limit() {
            return Err(exc);
        }
        let reraise = reraise || std::mem::take(&mut self.reraise_pending);
        let id = self.materialize(exc);
        if !reraise {
            self.attach_context(id);
        }
        let program = self.program.clone();
        let mut first = true;
        let mut last_ret: Option<ReturnMode> = None;
        loop {
            match self.frames.last() {
                None => return Err(Exc::Raised(id)),
                // A request nobody answered (not reachable: answers pop it first).
                Some(Frame::Host(_)) => {
                    last_ret = self.frames.pop().map(|f| f.ret());
                }
                Some(Frame::Native(_)) => {
                    let is_stop = self.is_instance_of_type(id, TypeId::StopIteration);
                    let input = if last_ret == Some(ReturnMode::NativeIter) && is_stop {
                        Resume::Exhausted
                    } else {
                        Resume::Error(id)
                    };
                    if let Some(Frame::Native(nf)) = self.frames.last_mut() {
                        nf.input = Some(input);
                    }
                    return Ok(());
                }
                Some(Frame::Py(_)) => {
                    let is_stop = self.is_instance_of_type(id, TypeId::StopIteration);
                    if matches!(last_ret, Some(ReturnMode::ForIter)) && is_stop {
                        self.stack.pop();
                        self.jump_to_loop_exit();
                        return Ok(());
                    }
                    if matches!(last_ret, Some(ReturnMode::Send)) && is_stop {
                        let value = self.exc_data(id).and_then(|d| d.args.first().copied()).unwrap_or(Value::None);
                        self.stack.pop();
                        self.stack.push(value);
                        self.jump_to_loop_exit();
                        return Ok(());
                    }
                    let Some(Frame::Py(f)) = self.frames.last() else { return Err(Exc::Raised(id)) };
                    let at = f.ip.saturating_sub(1);
                    let code_id = f.code;
                    let base = f.base as usize;
                    if !(first && reraise)
                        && let Some(d) = self.exc_data_mut(id)
                    {
                        d.traceback.push((code_id, at));
                    }
                    let code = program.code(code_id);
                    if let Some(h) = code.handler_for(at) {
                        if let Some(Frame::Py(f)) = self.frames.last_mut() {
                            f.ip = h.target;
                        }
                        self.stack.truncate(base + code.nlocals() + h.depth as usize);
                        self.stack.push(Value::Ref(id));
                        return Ok(());
                    }
                    let Some(Frame::Py(popped)) = self.frames.pop() else { return Err(Exc::Raised(id)) };
                    self.depth = self.depth.saturating_sub(1);
                    self.stack.truncate(popped.ret_base as usize);
                    last_ret = Some(popped.ret);
                    if let Some(g) = popped.generator {
                        if let Object::Generator(genr) = self.heap.get_mut(g) {
                            genr.state = GenState::Finished;
                            genr.stack.clear();
                        }
                        if self.is_instance_of_type(id, TypeId::StopIteration) {
                            // PEP 479: StopIteration must not leak out of a generator.
                            let msg = self.new_str("generator raised StopIteration".into());
                            let new_id = self.new_exception(Value::Type(TypeId::RuntimeError), vec![msg]);
                            if let Some(d) = self.exc_data_mut(new_id) {
                                d.cause = Some(Value::Ref(id));
                                d.context = Some(Value::Ref(id));
                                d.suppress_context = true;
                            }
                            return self.unwind_continue(new_id, last_ret);
                        }
                    }
                    if popped.ret == ReturnMode::Exit {
                        return Err(Exc::Raised(id));
                    }
                }
            }
            first = false;
        }
    }

    /// Continue unwinding a replacement exception from the frame below a finished one.
    fn unwind_continue(&mut self, id: ObjId, last_ret: Option<ReturnMode>) -> Result<(), Exc> {
        if last_ret == Some(ReturnMode::Exit) {
            return Err(Exc::Raised(id));
        }
        // The replacement is raised "at" the caller: unwinding from there adds its entry.
        self.unwind(Exc::Raised(id), false)
    }

    fn jump_to_loop_exit(&mut self) {
        let program = self.program.clone();
        if let Some(Frame::Py(f)) = self.frames.last_mut() {
            let at = f.ip.saturating_sub(1) as usize;
            if let Some(crate::bytecode::Instr::ForIter { target } | crate::bytecode::Instr::Send { target }) =
                program.code(f.code).instrs.get(at)
            {
                f.ip = *target;
            }
        }
    }

    /// Implicit chaining: a new exception raised while another is handled gets it as
    /// `__context__` (avoiding cycles).
    fn attach_context(&mut self, id: ObjId) {
        let Some(handled) = self.current_handled() else { return };
        if handled == id {
            return;
        }
        // Break a cycle if `id` already appears in the handled exception's context chain.
        let mut cur = handled;
        let mut steps = 0;
        while let Some(next) = self.exc_data(cur).and_then(|d| d.context) {
            let Value::Ref(next_id) = next else { break };
            if next_id == id {
                if let Some(d) = self.exc_data_mut(cur) {
                    d.context = None;
                }
                break;
            }
            cur = next_id;
            steps += 1;
            if steps > 10_000 {
                break;
            }
        }
        if let Some(d) = self.exc_data_mut(id) {
            d.context = Some(Value::Ref(handled));
        }
    }

    /// `except cls:` matching, with tuples of classes.
    pub(super) fn exception_matches(&mut self, exc: Value, cls: Value) -> PyResult<bool> {
        if let Some(items) = self.seq_items(cls) {
            let items = items.to_vec();
            for c in items {
                if self.exception_matches(exc, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let valid = match cls {
            Value::Type(t) => t.is_exception(),
            Value::Ref(_) => self.class_is_exception(cls),
            _ => false,
        };
        if !valid {
            return Err(Exc::type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        Ok(self.isinstance(exc, cls))
    }
}

/// Raises the instance made by calling an exception class (see `Vm::raise_class`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RaiseTask {
    cause: Option<Value>,
}

impl RaiseTask {
    pub fn for_each_ref(&self, f: &mut dyn FnMut(Value)) {
        if let Some(c) = self.cause {
            f(c);
        }
    }

    pub fn resume(&mut self, vm: &mut Vm, input: Resume) -> PyResult<TaskStep> {
        let Resume::Value(v) = input else { return Err(Exc::runtime_error("raise: no exception")) };
        vm.stack.push(v);
        match self.cause {
            Some(c) => {
                vm.stack.push(c);
                Err(vm.raise_instr(2))
            }
            None => Err(vm.raise_instr(1)),
        }
    }
}
