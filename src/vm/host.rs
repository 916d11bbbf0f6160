//! Requests out of the sandbox: external function calls, name lookups and OS calls.
//!
//! A request pushes a `Frame::Host` holding what is asked (as plain values, so it is a GC root
//! and dumps with the rest of the state). The run loop stops when that frame is on top; the
//! host's answer pops it and is delivered exactly as a returning Python frame's result would
//! be (to the operand stack, or to the native frame that made the call), or raised at the call
//! site.

use serde::{Deserialize, Serialize};

use super::Vm;
use super::call::{Args, Outcome};
use super::frame::{Frame, ReturnMode};
use crate::error::{Exc, PyResult};
use crate::types::TypeId;
use crate::value::Value;

/// What the sandboxed code asks of the host.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum HostRequest {
    /// A call of an external function.
    Call { name: String, args: Vec<Value>, kwargs: Vec<(Value, Value)> },
    /// A global name that is neither defined nor a builtin; `slot` caches the answer.
    Name { name: String, slot: Option<u32> },
    /// An operating-system operation (`os.getenv`, `Path.read_text`...).
    Os { function: String, args: Vec<Value>, kwargs: Vec<(Value, Value)> },
    /// Every task waits on the host: results for some of these calls are needed.
    Futures { ids: Vec<u32> },
}

/// The frame that waits for the host's answer.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct HostWait {
    pub call_id: u32,
    pub ret: ReturnMode,
    pub request: HostRequest,
}

impl HostWait {
    pub fn for_each_ref(&self, f: &mut dyn FnMut(Value)) {
        match &self.request {
            HostRequest::Call { args, kwargs, .. } | HostRequest::Os { args, kwargs, .. } => {
                args.iter().copied().for_each(&mut *f);
                for (k, v) in kwargs {
                    f(*k);
                    f(*v);
                }
            }
            HostRequest::Name { .. } | HostRequest::Futures { .. } => {}
        }
    }
}

impl Vm {
    pub(super) fn push_host_request(&mut self, request: HostRequest, ret: ReturnMode) -> PyResult<Outcome> {
        let call_id = self.next_call_id;
        self.next_call_id = self.next_call_id.wrapping_add(1);
        self.frames.push(Frame::Host(Box::new(HostWait { call_id, ret, request })));
        Ok(Outcome::Pushed)
    }

    /// Call external function `name`: the run stops until the host answers.
    pub fn call_external(&mut self, name: String, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
        let request = HostRequest::Call { name, args: args.pos.to_vec(), kwargs: args.kw };
        self.push_host_request(request, ret)
    }

    /// Ask the host for the value of an undefined global.
    pub fn request_name(&mut self, name: String, slot: Option<u32>) -> PyResult<Outcome> {
        self.push_host_request(HostRequest::Name { name, slot }, ReturnMode::Push)
    }

    /// `_monty.os_call(function, *args, **kwargs)`, used by the `os` and `pathlib` modules.
    pub fn request_os(&mut self, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
        let mut pos = args.pos.into_iter();
        let function = pos.next().and_then(|f| self.as_str(f).map(str::to_string));
        let Some(function) = function else { return Err(Exc::type_error("os_call needs a function name")) };
        let request = HostRequest::Os { function, args: pos.collect(), kwargs: args.kw };
        self.push_host_request(request, ret)
    }

    /// Whether the code that made the pending request runs inside a coroutine: the nearest
    /// Python function below it (looking through comprehensions, generator expressions and
    /// lambdas, which are helpers of their enclosing function) is an `async def` or a module
    /// with top-level `await`. Such a caller can await a future; plain code needs the value.
    pub fn caller_is_async(&self) -> bool {
        use crate::bytecode::CodeKind;
        for frame in self.frames.iter().rev() {
            let Frame::Py(py) = frame else { continue };
            let Some(code) = self.program.codes.get(py.code as usize) else { return false };
            match code.kind {
                CodeKind::Comprehension | CodeKind::GeneratorExpression | CodeKind::Lambda => continue,
                CodeKind::Function | CodeKind::Module => return code.is_coroutine,
                CodeKind::Class => return false,
            }
        }
        false
    }

    /// Whether the pending name lookup loads the function of a call (`fetch(url)` rather than
    /// `x = fetch`): the top Python frame is at the instruction after the load.
    pub fn name_is_called(&self) -> bool {
        let Some(Frame::Py(py)) = self.frames.iter().rev().nth(1) else { return false };
        let Some(code) = self.program.codes.get(py.code as usize) else { return false };
        py.ip.checked_sub(1).is_some_and(|load| code.callee_loads.binary_search(&load).is_ok())
    }

    /// The request the run is stopped at, if any.
    pub fn pending_request(&self) -> Option<&HostWait> {
        match self.frames.last() {
            Some(Frame::Host(w)) => Some(w),
            _ => None,
        }
    }

    fn pop_request(&mut self) -> PyResult<HostWait> {
        match self.frames.pop() {
            Some(Frame::Host(w)) => Ok(*w),
            Some(other) => {
                self.frames.push(other);
                Err(Exc::runtime_error("the interpreter is not waiting for the host"))
            }
            None => Err(Exc::runtime_error("the interpreter is not waiting for the host")),
        }
    }

    /// The host answered the pending request with a value.
    pub fn answer_value(&mut self, v: Value) -> PyResult<()> {
        let wait = self.pop_request()?;
        if let HostRequest::Name { slot: Some(slot), .. } = wait.request
            && let Some(g) = self.globals.get_mut(slot as usize)
        {
            *g = v;
        }
        self.deliver(wait.ret, v);
        Ok(())
    }

    /// The host answered with an exception: it is raised where the request was made.
    /// `Err` means nothing caught it (or a limit stopped the run).
    pub fn answer_error(&mut self, exc: Exc) -> PyResult<()> {
        self.pop_request()?;
        self.unwind(exc, false)
    }

    /// The host will answer the pending call later: Python gets a future to await.
    pub fn answer_future(&mut self) -> PyResult<()> {
        let call_id = match self.pending_request() {
            Some(w) if matches!(w.request, HostRequest::Call { .. } | HostRequest::Os { .. }) => w.call_id,
            _ => return Err(Exc::runtime_error("only a function or OS call can be answered with a future")),
        };
        let fut = self.alloc(crate::objects::Object::ExternalFuture(call_id));
        self.pending_futures.push(call_id);
        self.answer_value(fut)
    }

    /// The host does not know the name: NameError at the lookup.
    pub fn answer_name_undefined(&mut self) -> PyResult<()> {
        let name = match self.pending_request().map(|w| &w.request) {
            Some(HostRequest::Name { name, .. }) => name.clone(),
            _ => return Err(Exc::runtime_error("the interpreter is not waiting for a name")),
        };
        self.answer_error(Exc::new(TypeId::NameError, format!("name '{name}' is not defined")))
    }
}
