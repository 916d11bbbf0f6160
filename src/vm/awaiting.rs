//! `await`: what an object's awaitable is, and host futures.
//!
//! The event loop itself is Python (`stdlib/python/asyncio.py`): coroutines are generators,
//! `await x` delegates to x's awaitable like `yield from`, and whatever a task is blocked on
//! is yielded up to the loop. A host future (a call the host answered with "future") is
//! awaited through an `Awaiting` object, which yields the future once and finishes with the
//! value the loop sends back. When every task waits on the host, the loop asks for results
//! with `_monty.wait_futures`, which stops the run with a `Futures` request.

use super::Vm;
use super::call::{Args, Outcome};
use super::frame::ReturnMode;
use super::host::HostRequest;
use crate::bytecode::Instr;
use crate::error::{Exc, PyResult};
use crate::objects::Object;
use crate::types::TypeId;
use crate::value::Value;

impl Vm {
    /// `GetAwaitable`: the iterator an `await` delegates to.
    fn get_awaitable(&mut self, v: Value) -> PyResult<Outcome> {
        if let Value::Ref(id) = v {
            match self.heap.get(id) {
                Object::Generator(g) if g.is_coroutine => return Ok(Outcome::Value(v)),
                Object::ExternalFuture(_) => {
                    return Ok(Outcome::Value(self.alloc(Object::Awaiting { future: v, yielded: false })));
                }
                Object::Instance(_) => {
                    if let Some(f) = self.dunder(v, "__await__") {
                        return self.call_value(f, Args::positional([v]), ReturnMode::Push);
                    }
                }
                _ => {}
            }
        }
        Err(Exc::type_error(format!("object {} can't be used in 'await' expression", self.type_name(v))))
    }

    /// `_monty.is_future(x)`: is x a pending host call?
    pub fn is_external_future(&self, v: Value) -> bool {
        matches!(v, Value::Ref(id) if matches!(self.heap.get(id), Object::ExternalFuture(_)))
    }

    /// `_monty.future_id(x)`: the call id of host future x.
    pub fn external_future_id(&self, v: Value) -> PyResult<Value> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Object::ExternalFuture(call_id) => Ok(Value::Int(*call_id as i64)),
                _ => Err(Exc::type_error("not a host future")),
            },
            _ => Err(Exc::type_error("not a host future")),
        }
    }

    /// `_monty.wait_futures()`: stop until the host resolves some of the pending calls; the
    /// result is a list of `(call_id, ok, value_or_exception)`.
    pub fn request_futures(&mut self, _args: Args, ret: ReturnMode) -> PyResult<Outcome> {
        if self.pending_futures.is_empty() {
            return Err(Exc::runtime_error("no host futures to wait for"));
        }
        let ids = self.pending_futures.clone();
        self.push_host_request(HostRequest::Futures { ids }, ret)
    }

    /// The host resolved some pending calls (ids already checked by the API).
    pub fn answer_futures(&mut self, results: Vec<(u32, Result<Value, Exc>)>) -> PyResult<()> {
        let mut items = Vec::with_capacity(results.len());
        for (call_id, result) in results {
            self.pending_futures.retain(|id| *id != call_id);
            let (ok, value) = match result {
                Ok(v) => (true, v),
                Err(e) => (false, Value::Ref(self.materialize(e))),
            };
            items.push(self.new_tuple(vec![Value::Int(call_id as i64), Value::Bool(ok), value]));
        }
        let list = self.new_list(items);
        self.answer_value(list)
    }
}

impl Vm {
    /// The instructions that produce something to await: `GetAwaitable`, `BeforeAsyncWith`,
    /// `GetAIter`, `GetANext` (which keeps the async iterator on the stack).
    pub(super) fn await_setup(&mut self, instr: Instr) -> PyResult<Outcome> {
        if let Instr::GetANext = instr {
            let aiter = self.stack.last().copied().unwrap_or(Value::None);
            return self.get_anext(aiter);
        }
        let v = self.stack.pop().unwrap_or(Value::None);
        match instr {
            Instr::BeforeAsyncWith => self.before_async_with(v),
            Instr::GetAIter => self.get_aiter(v),
            _ => self.get_awaitable(v),
        }
    }

    /// `EndAsyncFor`: `[aiter exc]`; StopAsyncIteration ends the loop, anything else is
    /// re-raised.
    pub(super) fn end_async_for(&mut self) -> PyResult<()> {
        match self.stack.pop() {
            Some(Value::Ref(id)) if self.is_instance_of_type(id, TypeId::StopAsyncIteration) => {
                self.stack.pop();
                Ok(())
            }
            Some(Value::Ref(id)) => {
                self.reraise_pending = true;
                Err(Exc::Raised(id))
            }
            _ => Err(Exc::new(TypeId::SystemError, "bad exception in async for")),
        }
    }

    /// `BeforeAsyncWith`: `[mgr] -> [bound __aexit__, mgr.__aenter__()]`.
    fn before_async_with(&mut self, mgr: Value) -> PyResult<Outcome> {
        let (Some(enter), Some(exit)) = (self.dunder(mgr, "__aenter__"), self.dunder(mgr, "__aexit__")) else {
            return Err(Exc::type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol",
                self.type_name(mgr)
            )));
        };
        let bound_exit = self.alloc(Object::BoundMethod { func: exit, receiver: mgr });
        self.stack.push(bound_exit);
        self.call_value(enter, Args::positional([mgr]), ReturnMode::Push)
    }

    /// `GetAIter`: `[obj] -> [obj.__aiter__()]`.
    fn get_aiter(&mut self, obj: Value) -> PyResult<Outcome> {
        match self.dunder(obj, "__aiter__") {
            Some(f) => self.call_value(f, Args::positional([obj]), ReturnMode::Push),
            None => Err(Exc::type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(obj)
            ))),
        }
    }

    /// `GetANext`: `[aiter] -> [aiter aiter.__anext__()]`.
    fn get_anext(&mut self, aiter: Value) -> PyResult<Outcome> {
        match self.dunder(aiter, "__anext__") {
            Some(f) => self.call_value(f, Args::positional([aiter]), ReturnMode::Push),
            None => Err(Exc::type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(aiter)
            ))),
        }
    }
}
