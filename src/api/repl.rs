//! REPL sessions: globals, functions and classes survive between feeds.
//!
//! Each feed compiles into the session's program (new code objects, constants and globals are
//! appended; a feed that does not compile is rolled back) and runs its module code on the
//! session's interpreter. Its result is the value of its trailing expression statement. A
//! feed that raises leaves the session as it was when the exception escaped.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::object::MontyObject;
use super::print::PrintWriter;
use super::progress::{Progress, Session, drive};
use super::{MontyError, MontyOptions, ResourceUsage, compile_source, start_entry, usage_of};
use crate::bytecode::Program;
use crate::compiler::CompileOptions;
use crate::limits::Limits;
use crate::objects::Object;
use crate::snapshot::{self, Kind};
use crate::value::Value;
use crate::vm::Vm;

pub use super::continuation::{Continuation, detect_continuation};

/// What a REPL session remembers besides its interpreter.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ReplSession {
    /// The file name tracebacks show for fed code.
    script_name: String,
    /// Names that are external functions in every feed.
    external_functions: Vec<String>,
    /// Feeds give `repr()` of their trailing expression (see `Repl::set_echo_repr`).
    echo_repr: bool,
}

/// An interactive session.
#[derive(Clone, Debug)]
pub struct Repl {
    vm: Box<Vm>,
    session: ReplSession,
}

/// A feed that finished: the session, ready for the next feed, and the feed's value.
#[derive(Debug)]
pub struct ReplComplete {
    pub repl: Repl,
    /// The value of the feed's trailing expression statement (None otherwise).
    pub output: MontyObject,
    pub usage: ResourceUsage,
}

/// A feed that failed. The session comes back (with the state as of the failure) unless the
/// error is an API misuse, such as resuming a paused feed twice.
#[derive(Debug)]
pub struct ReplError {
    pub repl: Option<Repl>,
    pub error: MontyError,
}

impl Session for ReplSession {
    type Done = ReplComplete;
    type Failed = ReplError;
    const PAUSED_KIND: Kind = Kind::PausedRepl;

    fn done(self, vm: Box<Vm>, output: MontyObject) -> ReplComplete {
        let usage = usage_of(&vm);
        ReplComplete { repl: Repl::settled(vm, self), output, usage }
    }

    fn failed(self, vm: Box<Vm>, error: MontyError) -> ReplError {
        ReplError { repl: Some(Repl::settled(vm, self)), error }
    }

    fn misuse(error: MontyError) -> ReplError {
        ReplError { repl: None, error }
    }
}

impl Repl {
    /// An empty session; `script_name` appears in tracebacks, `options` names the external
    /// functions, `limits` apply to each feed (time and instruction budgets restart per feed,
    /// memory is the session's).
    pub fn new(script_name: &str, options: MontyOptions, limits: Limits) -> Repl {
        let vm = Box::new(Vm::new(Arc::new(Program::default()), limits));
        let session = ReplSession {
            script_name: script_name.to_string(),
            external_functions: options.external_functions,
            echo_repr: false,
        };
        Repl { vm, session }
    }

    /// For consoles: from now on a feed's result is the `repr()` text of its trailing
    /// expression, computed in Python (so a class's `__repr__` runs), as Python's prompt shows
    /// it; `'None'` when the value is None.
    pub fn set_echo_repr(&mut self, on: bool) {
        self.session.echo_repr = on;
    }

    /// The limits each feed runs under.
    /// The file name tracebacks show for fed code.
    pub fn script_name(&self) -> &str {
        &self.session.script_name
    }

    pub fn limits(&self) -> &Limits {
        &self.vm.limits
    }

    pub fn set_limits(&mut self, limits: Limits) {
        self.vm.limits = limits;
    }

    /// Run `code` to completion without a host (external calls raise RuntimeError, unknown
    /// names NameError). The session survives errors.
    pub fn feed(&mut self, code: &str, mut print: PrintWriter) -> Result<MontyObject, MontyError> {
        let placeholder = Repl::new("", MontyOptions::default(), Limits::default());
        let this = std::mem::replace(self, placeholder);
        let outcome = match this.feed_start(code, print.reborrow()) {
            Ok(progress) => progress.finish_without_host(print),
            Err(failed) => Err(failed),
        };
        match outcome {
            Ok(done) => {
                *self = done.repl;
                Ok(done.output)
            }
            Err(failed) => {
                if let Some(repl) = failed.repl {
                    *self = repl;
                }
                Err(failed.error)
            }
        }
    }

    /// Start a feed: it runs until it completes or needs the host, like `Monty::start`.
    /// The session travels inside the progress and comes back in `ReplComplete` or
    /// `ReplError`.
    // The error is large because it hands the whole session back; it is not a hot path.
    #[allow(clippy::result_large_err)]
    pub fn feed_start(self, code: &str, print: PrintWriter) -> Result<Progress<ReplSession>, ReplError> {
        let Repl { mut vm, session } = self;
        let shared = std::mem::take(&mut vm.program);
        let mut program = Arc::try_unwrap(shared).unwrap_or_else(|arc| (*arc).clone());
        let mark = program.mark();
        let opts = CompileOptions { filename: &session.script_name, interactive: true, display: session.echo_repr };
        if let Err(error) = compile_source(&mut program, code, &opts) {
            program.truncate(mark);
            vm.program = Arc::new(program);
            return Err(ReplError { repl: Some(Repl { vm, session }), error });
        }
        vm.attach_program(Arc::new(program));
        bind_external_functions(&mut vm, &session.external_functions);
        vm.usage.duration = 0.0;
        vm.usage.instructions = 0;
        start_entry(&mut vm);
        drive(vm, session, print)
    }

    /// Serialize the idle session (see `snapshot`).
    pub fn dump(&self) -> Result<Vec<u8>, MontyError> {
        snapshot::dump_vm(Kind::Repl, &self.vm, &self.session)
    }

    /// Restore a session from `dump()` bytes.
    pub fn load(bytes: &[u8]) -> Result<Repl, MontyError> {
        let (vm, session) = snapshot::load_vm::<ReplSession>(Kind::Repl, bytes)?;
        if !vm.frames.is_empty() {
            return Err(MontyError::Snapshot("snapshot state is inconsistent: the session is not idle".into()));
        }
        Ok(Repl { vm, session })
    }

    /// A session whose feed ended: nothing of the feed's frames remains.
    fn settled(mut vm: Box<Vm>, session: ReplSession) -> Repl {
        vm.frames.clear();
        vm.stack.clear();
        vm.depth = 0;
        vm.result = None;
        vm.pending_futures.clear();
        Repl { vm, session }
    }
}

/// Give the session's external functions to globals that new code refers to and that
/// nothing has bound yet.
fn bind_external_functions(vm: &mut Vm, names: &[String]) {
    for name in names {
        let Some(slot) = vm.program.global_slot_in(0, name) else { continue };
        if matches!(vm.globals.get(slot as usize), Some(Value::Undefined)) {
            let f = vm.alloc(Object::ExternalFunction(name.clone()));
            vm.globals[slot as usize] = f;
        }
    }
}
