//! The `progress` resource: a run or REPL feed paused at a request to the host.

use std::cell::RefCell;

use super::repl::ReplResource;
use super::wit::interpreter::{
    CallResult, FunctionCall, GuestProgress, NameLookup, OsCall, Pause, Progress, Repl, Request, Step,
};
use super::wit::types::{self, Error, Value};
use super::{NAMES, collecting, error_of, limits_from, step_of, usage_error, value_from, values};
use crate::api::{ExternalResult, MontyException, MontyObject};
use crate::bindings::session::{self, Answer, ReplHandle, Stepping};

pub struct ProgressResource {
    /// Each resume replaces it with a spent state; the next step gets a new resource.
    state: RefCell<Stepping>,
}

/// A paused state as the WIT `pause` record.
pub fn pause(state: Stepping, printed: String) -> Pause {
    // A paused state that has not been resumed always has a request; the fallback only keeps
    // this free of panics.
    let request = request_of(&state).unwrap_or(Request::ResolveFutures(Vec::new()));
    Pause { request, progress: Progress::new(ProgressResource { state: RefCell::new(state) }), printed }
}

fn request_of(state: &Stepping) -> Option<Request> {
    if state.is_spent() {
        return None;
    }
    let encode_kwargs =
        |kwargs: &[(String, MontyObject)]| kwargs.iter().map(|(k, v)| (k.clone(), values::to_wit(v))).collect();
    Some(match state.request() {
        session::Request::Call { name, args, kwargs, call_id, caller_is_async } => {
            Request::FunctionCall(FunctionCall {
                name: name.to_string(),
                args: args.iter().map(values::to_wit).collect(),
                kwargs: encode_kwargs(kwargs),
                call_id,
                caller_is_async,
            })
        }
        session::Request::Name { name, is_called } => {
            Request::NameLookup(NameLookup { name: name.to_string(), is_called })
        }
        session::Request::Os { function, args, kwargs, call_id } => Request::OsCall(OsCall {
            function: function.to_string(),
            args: args.iter().map(values::to_wit).collect(),
            kwargs: encode_kwargs(kwargs),
            call_id,
        }),
        session::Request::Futures(ids) => Request::ResolveFutures(ids.to_vec()),
        session::Request::None => return None,
    })
}

fn external_result(result: CallResult) -> Result<ExternalResult, Error> {
    Ok(match result {
        CallResult::ReturnValue(v) => ExternalResult::Return(value_from(&v)?),
        CallResult::Raise(e) => ExternalResult::Error(MontyException::new(e.exc_type, e.message)),
        CallResult::Future => ExternalResult::Future,
    })
}

impl ProgressResource {
    fn resume(&self, answer: Answer) -> Result<Step, Error> {
        let mut state = self.state.borrow_mut();
        match collecting(|print| state.resume(answer, print, NAMES)) {
            (Ok(next), printed) => Ok(step_of(next, printed)),
            (Err(e), printed) => Err(error_of(&e, printed)),
        }
    }
}

impl GuestProgress for ProgressResource {
    fn request(&self) -> Option<Request> {
        request_of(&self.state.borrow())
    }

    fn resume(&self, result: CallResult) -> Result<Step, Error> {
        let result = external_result(result)?;
        ProgressResource::resume(self, Answer::Call(result))
    }

    fn resume_name(&self, value: Option<Value>) -> Result<Step, Error> {
        let value = value.as_ref().map(value_from).transpose()?;
        ProgressResource::resume(self, Answer::Name(value))
    }

    fn resume_futures(&self, results: Vec<(u32, CallResult)>) -> Result<Step, Error> {
        let results =
            results.into_iter().map(|(id, r)| Ok((id, external_result(r)?))).collect::<Result<Vec<_>, Error>>()?;
        ProgressResource::resume(self, Answer::Futures(results))
    }

    fn set_limits(&self, limits: types::Limits) -> Result<(), Error> {
        self.state.borrow_mut().set_limits(limits_from(&limits)?);
        Ok(())
    }

    fn session(&self) -> Option<Repl> {
        let state = self.state.borrow();
        let cell = state.repl()?;
        Some(Repl::new(ReplResource::sharing(ReplHandle { cell: cell.clone() })))
    }

    fn dump(&self) -> Result<Vec<u8>, Error> {
        self.state.borrow().dump().map_err(|e| error_of(&e, String::new()))
    }

    fn load(bytes: Vec<u8>) -> Result<Pause, Error> {
        let state = Stepping::load(&bytes).map_err(|e| error_of(&e, String::new()))?;
        if state.completion().is_some() {
            return Err(usage_error("the snapshot holds no paused run"));
        }
        Ok(pause(state, String::new()))
    }
}
