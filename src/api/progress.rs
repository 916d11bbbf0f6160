//! Stepping through a run: each request to the host is a `Progress` that owns the paused
//! interpreter and is answered (resumed) exactly once.

use super::convert::{exception_value, export, import};
use super::object::{MontyException, MontyObject};
use super::print::{PrintWriter, RunHost};
use super::{MontyError, ResourceUsage, error_from_exc, usage_of};
use crate::error::Exc;
use crate::value::Value;
use crate::vm::host::HostRequest;
use crate::vm::{RunExit, Vm};

/// Where a run stands.
#[derive(Debug)]
pub enum Progress {
    /// The program called an external function.
    FunctionCall(FunctionCall),
    /// The program used a global name that is neither defined nor a builtin.
    NameLookup(NameLookup),
    /// The program asked for an operating-system operation (`os.getenv`, `Path.read_text`...).
    OsCall(OsCall),
    /// Every task is waiting on host calls answered with "future": resolve some of them.
    ResolveFutures(ResolveFutures),
    /// The program finished.
    Complete(Complete),
}

impl Progress {
    /// The completion, or a usage error if the run is paused.
    pub fn into_complete(self) -> Result<Complete, MontyError> {
        match self {
            Progress::Complete(c) => Ok(c),
            _ => Err(MontyError::Usage("the run is paused at a request to the host".into())),
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

/// A paused interpreter; taken by the first resume.
#[derive(Debug)]
struct Paused(Option<Box<Vm>>);

impl Paused {
    fn take(&mut self) -> Result<Box<Vm>, MontyError> {
        self.0.take().ok_or_else(already_resumed)
    }
}

#[derive(Debug)]
pub struct FunctionCall {
    pub function_name: String,
    pub args: Vec<MontyObject>,
    pub kwargs: Vec<(String, MontyObject)>,
    /// Unique within the run.
    pub call_id: u32,
    /// Whether the function was called as a method (`obj.name(...)`); always false for now.
    pub method_call: bool,
    state: Paused,
}

impl FunctionCall {
    pub fn resume(&mut self, result: ExternalResult, print: PrintWriter) -> Result<Progress, MontyError> {
        let vm = self.state.take()?;
        answer(vm, result, print)
    }
}

#[derive(Debug)]
pub struct NameLookup {
    pub name: String,
    state: Paused,
}

impl NameLookup {
    /// Supply the name's value (it stays defined), or None for a NameError at the lookup.
    pub fn resume(&mut self, value: Option<MontyObject>, print: PrintWriter) -> Result<Progress, MontyError> {
        let mut vm = self.state.take()?;
        let step = match value {
            Some(obj) => answer_object(&mut vm, &obj),
            None => vm.answer_name_undefined(),
        };
        continue_after(vm, step, print)
    }
}

#[derive(Debug)]
pub struct OsCall {
    /// `os.getenv`, `os.environ`, `Path.exists`, `Path.read_text`... (see docs/host-api.md).
    pub function: String,
    /// For `Path.*` functions the first argument is the `Path`.
    pub args: Vec<MontyObject>,
    pub kwargs: Vec<(String, MontyObject)>,
    pub call_id: u32,
    state: Paused,
}

impl OsCall {
    pub fn resume(&mut self, result: ExternalResult, print: PrintWriter) -> Result<Progress, MontyError> {
        let vm = self.state.take()?;
        answer(vm, result, print)
    }

    /// The host does not provide this operation: PermissionError in Python.
    pub fn resume_unhandled(&mut self, print: PrintWriter) -> Result<Progress, MontyError> {
        let msg = format!("{} is not permitted in the sandbox", self.function);
        self.resume(ExternalResult::Error(MontyException::new("PermissionError", msg)), print)
    }
}

#[derive(Debug)]
pub struct ResolveFutures {
    /// Calls answered with "future" that have no result yet, oldest first.
    pub pending_call_ids: Vec<u32>,
    state: Paused,
}

impl ResolveFutures {
    /// Results for any subset of the pending calls, in any order; a result that is an error
    /// is raised where the future is awaited. Unknown or repeated ids are usage errors (and
    /// leave this progress unresumed).
    pub fn resume(&mut self, results: Vec<(u32, ExternalResult)>, print: PrintWriter) -> Result<Progress, MontyError> {
        let Some(vm) = self.state.0.as_ref() else { return Err(already_resumed()) };
        for (i, (id, result)) in results.iter().enumerate() {
            if !vm.pending_futures.contains(id) {
                return Err(MontyError::Usage(format!(
                    "call id {id} is not a pending future (unknown or already resolved)"
                )));
            }
            if results[..i].iter().any(|(other, _)| other == id) {
                return Err(MontyError::Usage(format!("call id {id} is resolved twice")));
            }
            if matches!(result, ExternalResult::Future) {
                return Err(MontyError::Usage(format!(
                    "call id {id}: a future cannot be resolved with another future"
                )));
            }
        }
        let mut vm = self.state.take()?;
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
        continue_after(vm, step, print)
    }
}

fn answer(mut vm: Box<Vm>, result: ExternalResult, print: PrintWriter) -> Result<Progress, MontyError> {
    let step = match result {
        ExternalResult::Return(obj) => answer_object(&mut vm, &obj),
        ExternalResult::Error(e) => vm.answer_error(exception_value(&e)),
        ExternalResult::Future => vm.answer_future(),
    };
    continue_after(vm, step, print)
}

/// Answer the pending request with a host value; one that cannot enter the sandbox is a
/// TypeError raised at the request.
fn answer_object(vm: &mut Vm, obj: &MontyObject) -> Result<(), Exc> {
    match import(vm, obj) {
        Ok(v) => vm.answer_value(v),
        Err(e) => vm.answer_error(e),
    }
}

fn continue_after(mut vm: Box<Vm>, step: Result<(), Exc>, mut print: PrintWriter) -> Result<Progress, MontyError> {
    if let Err(e) = step {
        let mut host = RunHost { print: &mut print };
        return Err(error_from_exc(&mut vm, &mut host, e));
    }
    drive(vm, print)
}

fn strings_and_values(vm: &mut Vm, kwargs: &[(Value, Value)]) -> Vec<(String, MontyObject)> {
    kwargs.iter().map(|(k, v)| (vm.as_str(*k).unwrap_or_default().to_string(), export(vm, *v))).collect()
}

/// Run until the program completes, fails, or stops at a request.
pub(super) fn drive(mut vm: Box<Vm>, mut print: PrintWriter) -> Result<Progress, MontyError> {
    let mut host = RunHost { print: &mut print };
    match vm.run(&mut host) {
        Ok(RunExit::Complete(v)) => {
            let output = export(&mut vm, v);
            Ok(Progress::Complete(Complete { output, usage: usage_of(&vm) }))
        }
        Ok(RunExit::Suspended) => Ok(paused_progress(vm)),
        Err(e) => Err(error_from_exc(&mut vm, &mut host, e)),
    }
}

fn paused_progress(mut vm: Box<Vm>) -> Progress {
    let Some(wait) = vm.pending_request().cloned() else {
        return Progress::Complete(Complete { output: MontyObject::None, usage: usage_of(&vm) });
    };
    match wait.request {
        HostRequest::Call { name, args, kwargs } => {
            let args = args.iter().map(|a| export(&mut vm, *a)).collect();
            let kwargs = strings_and_values(&mut vm, &kwargs);
            Progress::FunctionCall(FunctionCall {
                function_name: name,
                args,
                kwargs,
                call_id: wait.call_id,
                method_call: false,
                state: Paused(Some(vm)),
            })
        }
        HostRequest::Name { name, .. } => Progress::NameLookup(NameLookup { name, state: Paused(Some(vm)) }),
        HostRequest::Os { function, args, kwargs } => {
            let mut args: Vec<MontyObject> = args.iter().map(|a| export(&mut vm, *a)).collect();
            if function.starts_with("Path.")
                && let Some(MontyObject::String(p)) = args.first()
            {
                args[0] = MontyObject::Path(p.clone());
            }
            let kwargs = strings_and_values(&mut vm, &kwargs);
            Progress::OsCall(OsCall { function, args, kwargs, call_id: wait.call_id, state: Paused(Some(vm)) })
        }
        HostRequest::Futures { ids } => {
            Progress::ResolveFutures(ResolveFutures { pending_call_ids: ids, state: Paused(Some(vm)) })
        }
    }
}
