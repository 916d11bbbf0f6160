//! `WasmProgress`: a run paused at a request to the host, or finished (JS `MontySnapshot`,
//! `MontyNameLookup`, `MontyOsCall`, `MontyFutureSnapshot`, `MontyComplete`).
//!
//! Each resume returns a new handle and leaves this one spent (resuming it again is a usage
//! error, as in the core). A REPL feed's session returns to its `WasmRepl` when the feed ends.

use js_sys::Function;
use wasm_bindgen::prelude::*;

use super::repl::{ReplCell, WasmRepl};
use super::{limits_from, throw, usage, usage_array, value_from, with_print};
use crate::api::{
    ExternalResult, MontyError, MontyException, MontyObject, PrintWriter, Progress, ReplError, ReplSession,
    ResourceUsage, Script, Session, wire,
};
use crate::snapshot::{Kind, peek_kind};

/// What the progress holds.
enum State {
    Script(Progress<Script>),
    /// A REPL feed that is paused; the session comes back to `repl` when it ends.
    Feed(Progress<ReplSession>, ReplCell),
    /// A finished REPL feed.
    FeedDone {
        output: MontyObject,
        usage: ResourceUsage,
        repl: ReplCell,
    },
}

/// The host's answer, before it is applied to a script or a feed.
enum Answer {
    Value(ExternalResult),
    Name(Option<MontyObject>),
    Futures(Vec<(u32, ExternalResult)>),
}

/// A pending call's name, positional and keyword arguments, and call id.
type CallParts<'a> = (&'a str, &'a [MontyObject], &'a [(String, MontyObject)], u32);

/// Progress kinds, as `kind()` reports them.
const COMPLETE: u8 = 0;
const FUNCTION_CALL: u8 = 1;
const NAME_LOOKUP: u8 = 2;
const OS_CALL: u8 = 3;
const FUTURES: u8 = 4;

#[wasm_bindgen]
pub struct WasmProgress {
    state: State,
}

impl WasmProgress {
    pub(super) fn script(progress: Progress<Script>) -> WasmProgress {
        WasmProgress { state: State::Script(progress) }
    }

    /// A feed's progress: a finished feed hands its session back to `repl` right away.
    pub(super) fn feed(progress: Progress<ReplSession>, repl: ReplCell) -> WasmProgress {
        match progress {
            Progress::Complete(done) => {
                *repl.borrow_mut() = Some(done.repl);
                WasmProgress { state: State::FeedDone { output: done.output, usage: done.usage, repl } }
            }
            paused => WasmProgress { state: State::Feed(paused, repl) },
        }
    }

    /// A failed feed: the session (as of the failure) goes back to `repl`, the error is thrown.
    pub(super) fn feed_failed(error: ReplError, repl: &ReplCell) -> JsValue {
        if let Some(session) = error.repl {
            *repl.borrow_mut() = Some(session);
        }
        throw(&error.error)
    }

    fn kind_of<S: Session>(p: &Progress<S>) -> u8 {
        match p {
            Progress::Complete(_) => COMPLETE,
            Progress::FunctionCall(_) => FUNCTION_CALL,
            Progress::NameLookup(_) => NAME_LOOKUP,
            Progress::OsCall(_) => OS_CALL,
            Progress::ResolveFutures(_) => FUTURES,
        }
    }

    fn resume(&mut self, answer: Answer, print: Option<Function>) -> Result<WasmProgress, JsValue> {
        match &mut self.state {
            State::Script(p) => {
                let next = with_print(print, |print| answer_progress(p, answer, print));
                next.map(WasmProgress::script).map_err(|e| throw(&e))
            }
            State::Feed(p, repl) => {
                let repl = repl.clone();
                match with_print(print, |print| answer_progress(p, answer, print)) {
                    Ok(next) => Ok(WasmProgress::feed(next, repl)),
                    Err(e) => Err(WasmProgress::feed_failed(e, &repl)),
                }
            }
            State::FeedDone { .. } => Err(usage("the run has finished; there is nothing to resume")),
        }
    }

    /// Fields of the pending function or OS call.
    fn call_parts(&self) -> Option<CallParts<'_>> {
        fn parts<S: Session>(p: &Progress<S>) -> Option<CallParts<'_>> {
            match p {
                Progress::FunctionCall(c) => Some((&c.function_name, &c.args, &c.kwargs, c.call_id)),
                Progress::OsCall(c) => Some((&c.function, &c.args, &c.kwargs, c.call_id)),
                _ => None,
            }
        }
        match &self.state {
            State::Script(p) => parts(p),
            State::Feed(p, _) => parts(p),
            State::FeedDone { .. } => None,
        }
    }
}

/// A lookup of an unknown name that is being called (`fetch(url)`) is answered with an
/// external function of that name, so the host sees the call itself, as @pydantic/monty
/// reports it; lookups of names that are only read still reach the host.
pub(super) fn call_unknown_names<S: Session>(
    mut step: Result<Progress<S>, S::Failed>,
    mut print: PrintWriter,
) -> Result<Progress<S>, S::Failed> {
    loop {
        match step {
            Ok(Progress::NameLookup(mut lookup)) if lookup.is_called => {
                let name = lookup.name.clone();
                step = lookup.resume(Some(MontyObject::Function { name }), print.reborrow());
            }
            other => return other,
        }
    }
}

/// Apply the host's answer to whichever request `p` is paused at.
fn answer_progress<S: Session>(
    p: &mut Progress<S>,
    answer: Answer,
    mut print: PrintWriter,
) -> Result<Progress<S>, S::Failed> {
    let wrong = |what: &str| S::misuse(MontyError::Usage(format!("the run is not paused at {what}")));
    let step = match (p, answer) {
        (Progress::FunctionCall(c), Answer::Value(r)) => c.resume(r, print.reborrow()),
        (Progress::OsCall(c), Answer::Value(r)) => c.resume(r, print.reborrow()),
        (Progress::NameLookup(n), Answer::Name(v)) => n.resume(v, print.reborrow()),
        (Progress::ResolveFutures(f), Answer::Futures(results)) => f.resume(results, print.reborrow()),
        (Progress::Complete(_), _) => {
            Err(S::misuse(MontyError::Usage("the run has finished; there is nothing to resume".into())))
        }
        (_, Answer::Value(_)) => Err(wrong("a function call")),
        (_, Answer::Name(_)) => Err(wrong("a name lookup")),
        (_, Answer::Futures(_)) => Err(wrong("pending futures")),
    };
    call_unknown_names(step, print)
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
        match &self.state {
            State::Script(p) => Self::kind_of(p),
            State::Feed(p, _) => Self::kind_of(p),
            State::FeedDone { .. } => COMPLETE,
        }
    }

    /// Whether this is a REPL feed (its completion carries the session).
    #[wasm_bindgen(js_name = isFeed)]
    pub fn is_feed(&self) -> bool {
        !matches!(self.state, State::Script(_))
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
        match &self.state {
            State::Script(Progress::FunctionCall(c)) => c.caller_is_async,
            State::Feed(Progress::FunctionCall(c), _) => c.caller_is_async,
            _ => false,
        }
    }

    #[wasm_bindgen(js_name = variableName)]
    pub fn variable_name(&self) -> String {
        match &self.state {
            State::Script(Progress::NameLookup(n)) => n.name.clone(),
            State::Feed(Progress::NameLookup(n), _) => n.name.clone(),
            _ => String::new(),
        }
    }

    #[wasm_bindgen(js_name = pendingCallIds)]
    pub fn pending_call_ids(&self) -> Vec<u32> {
        match &self.state {
            State::Script(Progress::ResolveFutures(f)) => f.pending_call_ids.clone(),
            State::Feed(Progress::ResolveFutures(f), _) => f.pending_call_ids.clone(),
            _ => Vec::new(),
        }
    }

    /// The finished run's value, encoded.
    pub fn output(&self) -> Vec<u8> {
        match &self.state {
            State::Script(Progress::Complete(c)) => wire::encode(&c.output),
            State::FeedDone { output, .. } => wire::encode(output),
            _ => wire::encode(&MontyObject::None),
        }
    }

    /// Resources the finished run used (see `usage_array`).
    pub fn usage(&self) -> Vec<f64> {
        match &self.state {
            State::Script(Progress::Complete(c)) => usage_array(&c.usage),
            State::FeedDone { usage, .. } => usage_array(usage),
            _ => Vec::new(),
        }
    }

    /// The session a finished REPL feed handed back.
    pub fn repl(&self) -> Option<WasmRepl> {
        match &self.state {
            State::FeedDone { repl, .. } => Some(WasmRepl::sharing(repl.clone())),
            _ => None,
        }
    }

    /// Answer a function or OS call with an encoded value.
    #[wasm_bindgen(js_name = resumeReturn)]
    pub fn resume_return(&mut self, value: &[u8], print: Option<Function>) -> Result<WasmProgress, JsValue> {
        let value = value_from(value)?;
        self.resume(Answer::Value(ExternalResult::Return(value)), print)
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
        self.resume(Answer::Value(ExternalResult::Error(exc)), print)
    }

    /// Answer a function or OS call with a future, resolved later with `resumeFutures`.
    #[wasm_bindgen(js_name = resumeFuture)]
    pub fn resume_future(&mut self, print: Option<Function>) -> Result<WasmProgress, JsValue> {
        self.resume(Answer::Value(ExternalResult::Future), print)
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
        let limits = limits_from(limits)?;
        match &mut self.state {
            State::Script(p) => p.set_limits(limits),
            State::Feed(p, _) => p.set_limits(limits),
            State::FeedDone { .. } => {}
        }
        Ok(())
    }

    pub fn dump(&self) -> Result<Vec<u8>, JsValue> {
        match &self.state {
            State::Script(p) => p.dump(),
            State::Feed(p, _) => p.dump(),
            State::FeedDone { .. } => Err(MontyError::Usage("a completed run has no paused state to dump".into())),
        }
        .map_err(|e| throw(&e))
    }

    /// Restore a paused run or a paused REPL feed from `dump()` bytes.
    pub fn load(bytes: &[u8]) -> Result<WasmProgress, JsValue> {
        if peek_kind(bytes) == Some(Kind::PausedRepl) {
            let progress = Progress::<ReplSession>::load(bytes).map_err(|e| throw(&e))?;
            return Ok(WasmProgress::feed(progress, ReplCell::default()));
        }
        Progress::<Script>::load(bytes).map(WasmProgress::script).map_err(|e| throw(&e))
    }
}
