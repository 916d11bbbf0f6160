//! `WasmProgress`: a run paused at a request to the host, or finished (JS `MontySnapshot`,
//! `MontyNameLookup`, `MontyOsCall`, `MontyFutureSnapshot`, `MontyComplete`).
//!
//! Each resume returns a new handle and leaves this one spent (resuming it again is a usage
//! error, as in the core). A REPL feed's session returns to its `WasmRepl` when the feed ends.

use js_sys::Function;
use wasm_bindgen::prelude::*;

use super::repl::WasmRepl;
use super::{limits_from, throw, usage, usage_array, value_from, with_print};
use crate::api::{ExternalResult, MontyException, MontyObject, wire};
use crate::bindings::session::{Answer, CalledNames, ReplHandle, Request, Stepping};

/// Progress kinds, as `kind()` reports them.
const COMPLETE: u8 = 0;
const FUNCTION_CALL: u8 = 1;
const NAME_LOOKUP: u8 = 2;
const OS_CALL: u8 = 3;
const FUTURES: u8 = 4;

/// A pending call's name, positional and keyword arguments, and call id.
type CallParts<'a> = (&'a str, &'a [MontyObject], &'a [(String, MontyObject)], u32);

/// Called unknown names reach JS as function calls (see `CalledNames`).
pub(super) const NAMES: CalledNames = CalledNames::AsCalls;

#[wasm_bindgen]
pub struct WasmProgress {
    state: Stepping,
}

impl WasmProgress {
    pub(super) fn new(state: Stepping) -> WasmProgress {
        WasmProgress { state }
    }

    fn resume(&mut self, answer: Answer, print: Option<Function>) -> Result<WasmProgress, JsValue> {
        let next = with_print(print, |print| self.state.resume(answer, print, NAMES));
        next.map(WasmProgress::new).map_err(|e| throw(&e))
    }

    /// The pending function or OS call: name, positional and keyword arguments, call id.
    fn call_parts(&self) -> Option<CallParts<'_>> {
        match self.state.request() {
            Request::Call { name, args, kwargs, call_id, .. } => Some((name, args, kwargs, call_id)),
            Request::Os { function, args, kwargs, call_id } => Some((function, args, kwargs, call_id)),
            _ => None,
        }
    }
}

/// Futures results from the JS layer: a list of `(True, value)` or `(False, type, message)`.
fn future_results(ids: Vec<u32>, encoded: &[u8]) -> Result<Vec<(u32, ExternalResult)>, JsValue> {
    let MontyObject::List(items) = value_from(encoded)? else { return Err(usage("future results must be a list")) };
    if items.len() != ids.len() {
        return Err(usage("each call id needs exactly one result"));
    }
    let mut results = Vec::with_capacity(ids.len());
    for (id, item) in ids.into_iter().zip(items) {
        let result = match item {
            MontyObject::Tuple(mut t) if t.len() == 2 && t[0] == MontyObject::Bool(true) => {
                ExternalResult::Return(t.pop().unwrap_or(MontyObject::None))
            }
            MontyObject::Tuple(t) if t.len() == 3 && t[0] == MontyObject::Bool(false) => match (&t[1], &t[2]) {
                (MontyObject::String(ty), MontyObject::String(msg)) => {
                    ExternalResult::Error(MontyException::new(ty.clone(), msg.clone()))
                }
                _ => return Err(usage("an exception result needs a type and a message")),
            },
            _ => return Err(usage("malformed future result")),
        };
        results.push((id, result));
    }
    Ok(results)
}

#[wasm_bindgen]
impl WasmProgress {
    /// 0 complete, 1 function call, 2 name lookup, 3 OS call, 4 futures to resolve.
    pub fn kind(&self) -> u8 {
        match self.state.request() {
            Request::None => COMPLETE,
            Request::Call { .. } => FUNCTION_CALL,
            Request::Name { .. } => NAME_LOOKUP,
            Request::Os { .. } => OS_CALL,
            Request::Futures(_) => FUTURES,
        }
    }

    /// Whether this is a REPL feed (its completion carries the session).
    #[wasm_bindgen(js_name = isFeed)]
    pub fn is_feed(&self) -> bool {
        self.state.repl().is_some()
    }

    /// The function (or OS operation) being called.
    #[wasm_bindgen(js_name = functionName)]
    pub fn function_name(&self) -> String {
        self.call_parts().map(|(name, ..)| name.to_string()).unwrap_or_default()
    }

    /// Positional arguments, encoded as a list.
    pub fn args(&self) -> Vec<u8> {
        let args = self.call_parts().map(|(_, args, ..)| args.to_vec()).unwrap_or_default();
        wire::encode(&MontyObject::List(args))
    }

    /// Keyword arguments, encoded as a dict with str keys.
    pub fn kwargs(&self) -> Vec<u8> {
        let pairs = self
            .call_parts()
            .map(|(_, _, kwargs, _)| kwargs.iter().map(|(k, v)| (MontyObject::String(k.clone()), v.clone())).collect())
            .unwrap_or_default();
        wire::encode(&MontyObject::Dict(pairs))
    }

    #[wasm_bindgen(js_name = callId)]
    pub fn call_id(&self) -> u32 {
        self.call_parts().map_or(0, |(.., id)| id)
    }

    /// The call was made from async code, which can await a future.
    #[wasm_bindgen(js_name = callerIsAsync)]
    pub fn caller_is_async(&self) -> bool {
        matches!(self.state.request(), Request::Call { caller_is_async: true, .. })
    }

    #[wasm_bindgen(js_name = variableName)]
    pub fn variable_name(&self) -> String {
        match self.state.request() {
            Request::Name { name, .. } => name.to_string(),
            _ => String::new(),
        }
    }

    #[wasm_bindgen(js_name = pendingCallIds)]
    pub fn pending_call_ids(&self) -> Vec<u32> {
        match self.state.request() {
            Request::Futures(ids) => ids.to_vec(),
            _ => Vec::new(),
        }
    }

    /// The finished run's value, encoded.
    pub fn output(&self) -> Vec<u8> {
        wire::encode(self.state.completion().map_or(&MontyObject::None, |(output, _)| output))
    }

    /// Resources the finished run used (see `usage_array`).
    pub fn usage(&self) -> Vec<f64> {
        self.state.completion().map(|(_, usage)| usage_array(usage)).unwrap_or_default()
    }

    /// The session a finished REPL feed handed back.
    pub fn repl(&self) -> Option<WasmRepl> {
        match &self.state {
            Stepping::FeedDone { repl, .. } => Some(WasmRepl::sharing(ReplHandle { cell: repl.clone() })),
            _ => None,
        }
    }

    /// Answer a function or OS call with an encoded value.
    #[wasm_bindgen(js_name = resumeReturn)]
    pub fn resume_return(&mut self, value: &[u8], print: Option<Function>) -> Result<WasmProgress, JsValue> {
        let value = value_from(value)?;
        self.resume(Answer::Call(ExternalResult::Return(value)), print)
    }

    /// Answer a function or OS call with an exception raised at the call site.
    #[wasm_bindgen(js_name = resumeException)]
    pub fn resume_exception(
        &mut self,
        exc_type: String,
        message: String,
        print: Option<Function>,
    ) -> Result<WasmProgress, JsValue> {
        let exc = MontyException::new(exc_type, message);
        self.resume(Answer::Call(ExternalResult::Error(exc)), print)
    }

    /// Answer a function or OS call with a future, resolved later with `resumeFutures`.
    #[wasm_bindgen(js_name = resumeFuture)]
    pub fn resume_future(&mut self, print: Option<Function>) -> Result<WasmProgress, JsValue> {
        self.resume(Answer::Call(ExternalResult::Future), print)
    }

    /// Answer a name lookup with an encoded value, or with nothing (NameError).
    #[wasm_bindgen(js_name = resumeName)]
    pub fn resume_name(&mut self, value: Option<Vec<u8>>, print: Option<Function>) -> Result<WasmProgress, JsValue> {
        let value = value.map(|v| value_from(&v)).transpose()?;
        self.resume(Answer::Name(value), print)
    }

    /// Resolve pending futures: `ids[i]` gets `results[i]` (see `future_results`).
    #[wasm_bindgen(js_name = resumeFutures)]
    pub fn resume_futures(
        &mut self,
        ids: Vec<u32>,
        results: &[u8],
        print: Option<Function>,
    ) -> Result<WasmProgress, JsValue> {
        let results = future_results(ids, results)?;
        self.resume(Answer::Futures(results), print)
    }

    /// Limits for the rest of the run (a loaded snapshot keeps the ones it was dumped with).
    #[wasm_bindgen(js_name = setLimits)]
    pub fn set_limits(&mut self, limits: Option<Vec<f64>>) -> Result<(), JsValue> {
        self.state.set_limits(limits_from(limits)?);
        Ok(())
    }

    pub fn dump(&self) -> Result<Vec<u8>, JsValue> {
        self.state.dump().map_err(|e| throw(&e))
    }

    /// Restore a paused run or a paused REPL feed from `dump()` bytes.
    pub fn load(bytes: &[u8]) -> Result<WasmProgress, JsValue> {
        Stepping::load(bytes).map(WasmProgress::new).map_err(|e| throw(&e))
    }
}
