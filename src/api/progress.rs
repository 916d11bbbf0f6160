//! Stepping through a run: each request to the host is a `Progress` that owns the paused
//! interpreter and is answered (resumed) exactly once.
//!
//! The same paused types serve scripts and REPL feeds; the `Session` parameter says what a
//! finished run gives back (a REPL feed hands the session back, also when it fails).

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::convert::{exception_value, export, import};
use super::object::{MontyException, MontyObject};
use super::print::{PrintWriter, RunHost};
use super::{MontyError, ResourceUsage, error_from_exc, usage_of};
use crate::error::Exc;
use crate::snapshot::{self, Kind};
use crate::value::Value;
use crate::vm::host::HostRequest;
use crate::vm::{RunExit, Vm};

/// Who owns a run and what it gives back when it ends.
pub trait Session: Sized + Clone + std::fmt::Debug + Serialize + DeserializeOwned {
    /// What a completed run returns.
    type Done: std::fmt::Debug;
    /// What a failed run returns.
    type Failed: std::fmt::Debug;
    /// How snapshots of a paused run of this kind are labelled.
    const PAUSED_KIND: Kind;
    fn done(self, vm: Box<Vm>, output: MontyObject) -> Self::Done;
    fn failed(self, vm: Box<Vm>, error: MontyError) -> Self::Failed;
    /// An API misuse (resuming twice...) that leaves nothing to give back.
    fn misuse(error: MontyError) -> Self::Failed;
}

/// A run of a compiled program (`Monty::start`): it ends in a `Complete` or a `MontyError`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, serde::Deserialize)]
pub struct Script;

impl Session for Script {
    type Done = Complete;
    type Failed = MontyError;
    const PAUSED_KIND: Kind = Kind::PausedRun;

    fn done(self, vm: Box<Vm>, output: MontyObject) -> Complete {
        Complete { output, usage: usage_of(&vm) }
    }

    fn failed(self, _vm: Box<Vm>, error: MontyError) -> MontyError {
        error
    }

    fn misuse(error: MontyError) -> MontyError {
        error
    }
}

/// Where a run stands.
#[derive(Debug)]
pub enum Progress<S: Session = Script> {
    /// The program called an external function.
    FunctionCall(FunctionCall<S>),
    /// The program used a global name that is neither defined nor a builtin.
    NameLookup(NameLookup<S>),
    /// The program asked for an operating-system operation (`os.getenv`, `Path.read_text`...).
    OsCall(OsCall<S>),
    /// Every task is waiting on host calls answered with "future": resolve some of them.
    ResolveFutures(ResolveFutures<S>),
    /// The program finished.
    Complete(S::Done),
}

impl Progress<Script> {
    /// The completion, or a usage error if the run is paused.
    pub fn into_complete(self) -> Result<Complete, MontyError> {
        match self {
            Progress::Complete(c) => Ok(c),
            _ => Err(MontyError::Usage("the run is paused at a request to the host".into())),
        }
    }
}

impl<S: Session> Progress<S> {
    /// Serialize a paused run (see `snapshot`); a completed run has nothing to dump.
    pub fn dump(&self) -> Result<Vec<u8>, MontyError> {
        match self {
            Progress::FunctionCall(p) => p.dump(),
            Progress::NameLookup(p) => p.dump(),
            Progress::OsCall(p) => p.dump(),
            Progress::ResolveFutures(p) => p.dump(),
            Progress::Complete(_) => Err(MontyError::Usage("a completed run has no paused state to dump".into())),
        }
    }

    /// Whether this paused progress has been resumed already (a completed run never is).
    pub fn is_spent(&self) -> bool {
        match self {
            Progress::FunctionCall(p) => p.state.0.is_none(),
            Progress::NameLookup(p) => p.state.0.is_none(),
            Progress::OsCall(p) => p.state.0.is_none(),
            Progress::ResolveFutures(p) => p.state.0.is_none(),
            Progress::Complete(_) => false,
        }
    }

    /// Change the limits the rest of the run goes under (a loaded snapshot keeps the limits
    /// it was dumped with).
    pub fn set_limits(&mut self, limits: crate::limits::Limits) {
        let state = match self {
            Progress::FunctionCall(p) => &mut p.state,
            Progress::NameLookup(p) => &mut p.state,
            Progress::OsCall(p) => &mut p.state,
            Progress::ResolveFutures(p) => &mut p.state,
            Progress::Complete(_) => return,
        };
        if let Some((vm, _)) = &mut state.0 {
            vm.limits = limits;
        }
    }

    /// Restore a paused run from `dump()` bytes, made by this or any other build target.
    pub fn load(bytes: &[u8]) -> Result<Self, MontyError> {
        let (vm, session) = snapshot::load_paused::<S>(bytes)?;
        Ok(paused_progress(vm, session))
    }

    /// Answer every request the way a run without a host does (see `Monty::run`) until the
    /// run ends.
    pub fn finish_without_host(self, mut print: PrintWriter) -> Result<S::Done, S::Failed> {
        let mut progress = self;
        loop {
            progress = match progress {
                Progress::Complete(done) => return Ok(done),
                Progress::FunctionCall(mut call) => {
                    let msg = format!(
                        "external function '{}' cannot be called without a host (use start())",
                        call.function_name
                    );
                    call.resume(ExternalResult::Error(MontyException::new("RuntimeError", msg)), print.reborrow())
                }
                Progress::NameLookup(mut lookup) => lookup.resume(None, print.reborrow()),
                Progress::OsCall(mut os) if os.function == "asyncio.sleep" => {
                    // No host to wait with: a sleep takes no time.
                    os.resume(ExternalResult::Return(MontyObject::None), print.reborrow())
                }
                Progress::OsCall(mut os) => os.resume_unhandled(print.reborrow()),
                Progress::ResolveFutures(mut f) => {
                    let msg = "host futures cannot be resolved without a host (use start())";
                    let results = f
                        .pending_call_ids
                        .iter()
                        .map(|id| (*id, ExternalResult::Error(MontyException::new("RuntimeError", msg))))
                        .collect();
                    f.resume(results, print.reborrow())
                }
            }?;
        }
    }
}

/// The value of the program's last expression statement (None if it ends otherwise).
#[derive(Clone, Debug, PartialEq)]
pub struct Complete {
    pub output: MontyObject,
    pub usage: ResourceUsage,
}

/// How the host answers an external call or an OS call.
#[derive(Clone, Debug, PartialEq)]
pub enum ExternalResult {
    /// The call returned this value.
    Return(MontyObject),
    /// The call raised this exception (raised in Python at the call site).
    Error(MontyException),
    /// The result will come later (async hosts; see the async support).
    Future,
}

fn already_resumed() -> MontyError {
    MontyError::Usage("this progress has already been resumed".into())
}

/// A paused interpreter and its owner; taken by the first resume.
#[derive(Debug)]
struct Paused<S>(Option<(Box<Vm>, S)>);

impl<S: Session> Paused<S> {
    fn take(&mut self) -> Result<(Box<Vm>, S), S::Failed> {
        self.0.take().ok_or_else(|| S::misuse(already_resumed()))
    }

    fn vm(&self) -> Option<&Vm> {
        self.0.as_ref().map(|(vm, _)| &**vm)
    }

    fn dump(&self) -> Result<Vec<u8>, MontyError> {
        match &self.0 {
            Some((vm, session)) => snapshot::dump_paused(vm, session),
            None => Err(already_resumed()),
        }
    }
}

#[derive(Debug)]
pub struct FunctionCall<S: Session = Script> {
    pub function_name: String,
    pub args: Vec<MontyObject>,
    pub kwargs: Vec<(String, MontyObject)>,
    /// Unique within the run.
    pub call_id: u32,
    /// Whether the function was called as a method (`obj.name(...)`); always false for now.
    pub method_call: bool,
    /// The call was made from async code (an `async def`, top-level `await` code, or a
    /// comprehension or lambda inside them): the caller can await, so an asynchronous host
    /// may answer `ExternalResult::Future`. Plain code expects the value itself.
    pub caller_is_async: bool,
    state: Paused<S>,
}

impl<S: Session> FunctionCall<S> {
    pub fn resume(&mut self, result: ExternalResult, print: PrintWriter) -> Result<Progress<S>, S::Failed> {
        let (vm, session) = self.state.take()?;
        answer(vm, session, result, print)
    }

    /// Serialize the paused run (see `snapshot`).
    pub fn dump(&self) -> Result<Vec<u8>, MontyError> {
        self.state.dump()
    }
}

#[derive(Debug)]
pub struct NameLookup<S: Session = Script> {
    pub name: String,
    /// The name is the function of a call (`fetch(url)`): hosts that treat unknown called
    /// names as external functions answer with `MontyObject::Function`.
    pub is_called: bool,
    state: Paused<S>,
}

impl<S: Session> NameLookup<S> {
    /// Supply the name's value (it stays defined), or None for a NameError at the lookup.
    pub fn resume(&mut self, value: Option<MontyObject>, print: PrintWriter) -> Result<Progress<S>, S::Failed> {
        let (mut vm, session) = self.state.take()?;
        let step = match value {
            Some(obj) => answer_object(&mut vm, &obj),
            None => vm.answer_name_undefined(),
        };
        continue_after(vm, session, step, print)
    }

    /// Serialize the paused run (see `snapshot`).
    pub fn dump(&self) -> Result<Vec<u8>, MontyError> {
        self.state.dump()
    }
}

#[derive(Debug)]
pub struct OsCall<S: Session = Script> {
    /// `os.getenv`, `os.environ`, `Path.exists`, `Path.read_text`... (see docs/host-api.md).
    pub function: String,
    /// For `Path.*` functions the first argument is the `Path`.
    pub args: Vec<MontyObject>,
    pub kwargs: Vec<(String, MontyObject)>,
    pub call_id: u32,
    state: Paused<S>,
}

impl<S: Session> OsCall<S> {
    pub fn resume(&mut self, result: ExternalResult, print: PrintWriter) -> Result<Progress<S>, S::Failed> {
        let (vm, session) = self.state.take()?;
        answer(vm, session, result, print)
    }

    /// The host does not provide this operation: PermissionError in Python.
    pub fn resume_unhandled(&mut self, print: PrintWriter) -> Result<Progress<S>, S::Failed> {
        let msg = format!("{} is not permitted in the sandbox", self.function);
        self.resume(ExternalResult::Error(MontyException::new("PermissionError", msg)), print)
    }

    /// Serialize the paused run (see `snapshot`).
    pub fn dump(&self) -> Result<Vec<u8>, MontyError> {
        self.state.dump()
    }
}

#[derive(Debug)]
pub struct ResolveFutures<S: Session = Script> {
    /// Calls answered with "future" that have no result yet, oldest first.
    pub pending_call_ids: Vec<u32>,
    state: Paused<S>,
}

impl<S: Session> ResolveFutures<S> {
    /// Results for any subset of the pending calls, in any order; a result that is an error
    /// is raised where the future is awaited. Unknown or repeated ids are usage errors (and
    /// leave this progress unresumed).
    pub fn resume(
        &mut self,
        results: Vec<(u32, ExternalResult)>,
        print: PrintWriter,
    ) -> Result<Progress<S>, S::Failed> {
        let Some(vm) = self.state.vm() else { return Err(S::misuse(already_resumed())) };
        for (i, (id, result)) in results.iter().enumerate() {
            let problem = if !vm.pending_futures.contains(id) {
                Some(format!("call id {id} is not a pending future (unknown or already resolved)"))
            } else if results[..i].iter().any(|(other, _)| other == id) {
                Some(format!("call id {id} is resolved twice"))
            } else if matches!(result, ExternalResult::Future) {
                Some(format!("call id {id}: a future cannot be resolved with another future"))
            } else {
                None
            };
            if let Some(message) = problem {
                return Err(S::misuse(MontyError::Usage(message)));
            }
        }
        let (mut vm, session) = self.state.take()?;
        let mut converted = Vec::with_capacity(results.len());
        for (id, result) in results {
            let value = match result {
                ExternalResult::Return(obj) => import(&mut vm, &obj),
                ExternalResult::Error(e) => Err(exception_value(&e)),
                ExternalResult::Future => continue,
            };
            converted.push((id, value));
        }
        let step = vm.answer_futures(converted);
        continue_after(vm, session, step, print)
    }

    /// Serialize the paused run (see `snapshot`).
    pub fn dump(&self) -> Result<Vec<u8>, MontyError> {
        self.state.dump()
    }
}

fn answer<S: Session>(
    mut vm: Box<Vm>,
    session: S,
    result: ExternalResult,
    print: PrintWriter,
) -> Result<Progress<S>, S::Failed> {
    let step = match result {
        ExternalResult::Return(obj) => answer_object(&mut vm, &obj),
        ExternalResult::Error(e) => vm.answer_error(exception_value(&e)),
        ExternalResult::Future => vm.answer_future(),
    };
    continue_after(vm, session, step, print)
}

/// Answer the pending request with a host value; one that cannot enter the sandbox is a
/// TypeError raised at the request.
fn answer_object(vm: &mut Vm, obj: &MontyObject) -> Result<(), Exc> {
    match import(vm, obj) {
        Ok(v) => vm.answer_value(v),
        Err(e) => vm.answer_error(e),
    }
}

fn continue_after<S: Session>(
    mut vm: Box<Vm>,
    session: S,
    step: Result<(), Exc>,
    mut print: PrintWriter,
) -> Result<Progress<S>, S::Failed> {
    if let Err(e) = step {
        let mut host = RunHost { print: &mut print };
        let error = error_from_exc(&mut vm, &mut host, e);
        return Err(session.failed(vm, error));
    }
    drive(vm, session, print)
}

fn strings_and_values(vm: &mut Vm, kwargs: &[(Value, Value)]) -> Vec<(String, MontyObject)> {
    kwargs.iter().map(|(k, v)| (vm.as_str(*k).unwrap_or_default().to_string(), export(vm, *v))).collect()
}

/// Run until the program completes, fails, or stops at a request.
pub(super) fn drive<S: Session>(mut vm: Box<Vm>, session: S, mut print: PrintWriter) -> Result<Progress<S>, S::Failed> {
    let mut host = RunHost { print: &mut print };
    match vm.run(&mut host) {
        Ok(RunExit::Complete(v)) => {
            let output = export(&mut vm, v);
            Ok(Progress::Complete(session.done(vm, output)))
        }
        Ok(RunExit::Suspended) => Ok(paused_progress(vm, session)),
        Err(e) => {
            let error = error_from_exc(&mut vm, &mut host, e);
            Err(session.failed(vm, error))
        }
    }
}

fn paused_progress<S: Session>(mut vm: Box<Vm>, session: S) -> Progress<S> {
    let Some(wait) = vm.pending_request().cloned() else {
        return Progress::Complete(session.done(vm, MontyObject::None));
    };
    match wait.request {
        HostRequest::Call { name, args, kwargs } => {
            let args = args.iter().map(|a| export(&mut vm, *a)).collect();
            let kwargs = strings_and_values(&mut vm, &kwargs);
            let caller_is_async = vm.caller_is_async();
            Progress::FunctionCall(FunctionCall {
                function_name: name,
                args,
                kwargs,
                call_id: wait.call_id,
                method_call: false,
                caller_is_async,
                state: Paused(Some((vm, session))),
            })
        }
        HostRequest::Name { name, .. } => {
            let is_called = vm.name_is_called();
            Progress::NameLookup(NameLookup { name, is_called, state: Paused(Some((vm, session))) })
        }
        HostRequest::Os { function, args, kwargs } => {
            let mut args: Vec<MontyObject> = args.iter().map(|a| export(&mut vm, *a)).collect();
            if function.starts_with("Path.")
                && let Some(MontyObject::String(p)) = args.first()
            {
                args[0] = MontyObject::Path(p.clone());
            }
            let kwargs = strings_and_values(&mut vm, &kwargs);
            Progress::OsCall(OsCall {
                function,
                args,
                kwargs,
                call_id: wait.call_id,
                state: Paused(Some((vm, session))),
            })
        }
        HostRequest::Futures { ids } => {
            Progress::ResolveFutures(ResolveFutures { pending_call_ids: ids, state: Paused(Some((vm, session))) })
        }
    }
}
