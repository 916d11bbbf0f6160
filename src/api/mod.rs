//! The public Rust API: compile once, then run to completion or step through the requests the
//! program makes of its host (external calls, name lookups, OS calls).
//!
//! ```
//! use monty_wasm::{Limits, Monty, MontyObject, MontyOptions, PrintWriter, Progress, ExternalResult};
//! let m = Monty::new("x = fetch(n)\nx * 2", "main.py", &["n"], MontyOptions::with_functions(&["fetch"])).unwrap();
//! let mut progress = m.start(vec![MontyObject::Int(20)], Limits::default(), PrintWriter::Discard).unwrap();
//! if let Progress::FunctionCall(call) = &mut progress {
//!     assert_eq!(call.function_name, "fetch");
//!     progress = call.resume(ExternalResult::Return(MontyObject::Int(21)), PrintWriter::Discard).unwrap();
//! }
//! let Progress::Complete(done) = progress else { panic!() };
//! assert_eq!(done.output, MontyObject::Int(42));
//! ```

mod continuation;
mod convert;
mod object;
mod print;
mod progress;
mod repl;
pub mod wire;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::bytecode::Program;
use crate::compiler::{self, CompileOptions};
use crate::error::{Exc, LimitKind};
use crate::limits::Limits;
use crate::objects::Object;
use crate::snapshot;
use crate::traceback::{PyException, StackFrame};
use crate::vm::frame::{Frame, PyFrame, ReturnMode};
use crate::vm::{Host, Vm};

pub use convert::{MAX_DEPTH, export, import};
pub use object::{MontyException, MontyObject};
pub use print::{Clock, PrintWriter, Stream, set_clock};
pub use progress::{
    Complete, ExternalResult, FunctionCall, NameLookup, OsCall, Progress, ResolveFutures, Script, Session,
};
pub use repl::{Continuation, Repl, ReplComplete, ReplError, ReplSession, detect_continuation};

/// Why a program did not finish normally.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum MontyError {
    /// The source did not compile (SyntaxError and friends).
    Syntax(PyException),
    /// An exception escaped the program.
    Runtime(PyException),
    /// A resource limit stopped the program (not catchable by Python code).
    Limit(LimitError),
    /// The API was used wrongly (a snapshot resumed twice, inputs that do not match...).
    Usage(String),
    /// Snapshot bytes that cannot be loaded (foreign, truncated, corrupted, another version).
    Snapshot(String),
}

/// Which limit stopped a run, its configured value and what had been used.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LimitError {
    pub kind: LimitKind,
    /// The configured limit (bytes, allocations, seconds or instructions).
    pub limit: f64,
    /// What had been used when the run stopped, in the same unit.
    pub used: f64,
    /// One line naming the limit, e.g. `time limit exceeded: 0.5 s allowed, 0.51 s used`.
    pub message: String,
    /// Everything the run had spent when it stopped.
    pub usage: ResourceUsage,
}

impl MontyError {
    /// The text a Python process would print to stderr.
    pub fn display(&self) -> String {
        match self {
            MontyError::Syntax(e) | MontyError::Runtime(e) => e.traceback.clone(),
            MontyError::Limit(l) => format!("{}\n", l.message),
            MontyError::Usage(m) | MontyError::Snapshot(m) => format!("{m}\n"),
        }
    }

    /// The Python exception, for syntax and runtime errors.
    pub fn exception(&self) -> Option<&PyException> {
        match self {
            MontyError::Syntax(e) | MontyError::Runtime(e) => Some(e),
            _ => None,
        }
    }
}

impl std::fmt::Display for MontyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.display().trim_end())
    }
}

impl std::error::Error for MontyError {}

/// Resources a run spent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ResourceUsage {
    pub instructions: u64,
    /// Seconds spent running Python (time waiting for the host not included).
    pub duration: f64,
    /// Largest estimated heap size, in bytes.
    pub memory_peak: usize,
    /// Heap allocations made.
    pub allocations: u64,
    /// Deepest Python call nesting reached.
    pub max_recursion_depth: u32,
}

/// Compile-time options.
#[derive(Clone, Debug, Default)]
pub struct MontyOptions {
    /// Names that are external functions: calling one stops the run with a `FunctionCall`.
    /// (Other undefined names reach the host as a `NameLookup`.)
    pub external_functions: Vec<String>,
}

impl MontyOptions {
    pub fn with_functions(names: &[&str]) -> Self {
        MontyOptions { external_functions: names.iter().map(|s| s.to_string()).collect() }
    }
}

/// A compiled program.
#[derive(Clone, Debug)]
pub struct Monty {
    pub(crate) program: Arc<Program>,
    pub(crate) input_names: Vec<String>,
    pub(crate) external_functions: Vec<String>,
}

impl Monty {
    /// Compile `code`; `script_name` appears in tracebacks; `input_names` are globals whose
    /// values each run supplies (in this order).
    pub fn new(
        code: &str,
        script_name: &str,
        input_names: &[&str],
        options: MontyOptions,
    ) -> Result<Monty, MontyError> {
        let mut program = Program::default();
        compile_source(
            &mut program,
            code,
            &CompileOptions { filename: script_name, interactive: false, display: false },
        )?;
        Ok(Monty {
            program: Arc::new(program),
            input_names: input_names.iter().map(|s| s.to_string()).collect(),
            external_functions: options.external_functions,
        })
    }

    pub fn program(&self) -> &Program {
        &self.program
    }

    pub fn input_names(&self) -> &[String] {
        &self.input_names
    }

    pub fn external_functions(&self) -> &[String] {
        &self.external_functions
    }

    /// Run to completion without a host: undefined names are NameErrors, external calls
    /// raise RuntimeError and OS calls PermissionError inside Python.
    pub fn run(
        &self,
        inputs: Vec<MontyObject>,
        limits: Limits,
        mut print: PrintWriter,
    ) -> Result<Complete, MontyError> {
        self.start(inputs, limits, print.reborrow())?.finish_without_host(print)
    }

    /// Serialize the compiled program (its sources, input names and external functions).
    pub fn dump(&self) -> Vec<u8> {
        snapshot::dump_program(self)
    }

    /// Restore a program from `dump()` bytes.
    pub fn load(bytes: &[u8]) -> Result<Monty, MontyError> {
        snapshot::load_program(bytes)
    }

    /// Start a run: it goes until it completes or needs the host.
    pub fn start(&self, inputs: Vec<MontyObject>, limits: Limits, print: PrintWriter) -> Result<Progress, MontyError> {
        if inputs.len() != self.input_names.len() {
            return Err(MontyError::Usage(format!(
                "expected {} input value(s) ({}), got {}",
                self.input_names.len(),
                self.input_names.join(", "),
                inputs.len()
            )));
        }
        let mut vm = Box::new(Vm::new(self.program.clone(), limits));
        for (name, value) in self.input_names.iter().zip(&inputs) {
            let v = import(&mut vm, value).map_err(|e| input_error(name, e))?;
            set_global(&mut vm, name, v);
        }
        for name in &self.external_functions {
            let f = vm.alloc(Object::ExternalFunction(name.clone()));
            set_global(&mut vm, name, f);
        }
        start_entry(&mut vm);
        progress::drive(vm, Script, print)
    }
}

fn set_global(vm: &mut Vm, name: &str, v: crate::value::Value) {
    if let Some(slot) = vm.program.global_slot_in(0, name)
        && let Some(g) = vm.globals.get_mut(slot as usize)
    {
        *g = v;
    }
}

fn input_error(name: &str, e: Exc) -> MontyError {
    let text = match e {
        Exc::New(b) => match &b.1 {
            crate::error::ExcArg::Message(m) => m.clone(),
            _ => b.0.name().to_string(),
        },
        _ => "invalid value".to_string(),
    };
    MontyError::Usage(format!("input '{name}': {text}"))
}

/// Compile into a program; SyntaxErrors become `MontyError::Syntax`.
pub fn compile_source(program: &mut Program, code: &str, opts: &CompileOptions) -> Result<u32, MontyError> {
    let script_name = opts.filename;
    compiler::compile_into(program, code, opts).map_err(|e| {
        let source = crate::bytecode::Source::new(script_name.to_string(), code.to_string());
        let (line, col) = match e.line {
            Some(l) => (l, 1),
            None => source.line_col(e.offset),
        };
        let text = source.line_text(line).to_string();
        let type_name = e.kind.name().to_string();
        let mut tb = format!("  File \"{script_name}\", line {line}\n");
        let trimmed = text.trim_start();
        if !trimmed.is_empty() {
            let indent = text.len() - trimmed.len();
            let caret = (col as usize).saturating_sub(1).saturating_sub(indent);
            tb.push_str(&format!("    {}\n    {}^\n", trimmed.trim_end(), " ".repeat(caret)));
        }
        tb.push_str(&format!("{type_name}: {}\n", e.msg));
        MontyError::Syntax(PyException {
            type_name,
            message: e.msg.clone(),
            frames: vec![StackFrame {
                filename: script_name.to_string(),
                line,
                column: col,
                end_line: line,
                end_column: col,
                function: "<module>".into(),
                source_line: text,
            }],
            traceback: tb,
        })
    })
}

/// Push the frame of the program's entry code.
pub fn start_entry(vm: &mut Vm) {
    let entry = vm.program.entry;
    let nlocals = vm.program.code(entry).nlocals();
    let base = vm.stack.len();
    vm.stack.resize(base + nlocals, crate::value::Value::Undefined);
    vm.frames.push(Frame::Py(PyFrame {
        code: entry,
        ip: 0,
        base: base as u32,
        ret_base: base as u32,
        ret: ReturnMode::Exit,
        func: crate::value::Value::None,
        exc_info: crate::value::Value::None,
        class_ns: None,
        generator: None,
    }));
    vm.depth += 1;
}

pub fn error_from_exc(vm: &mut Vm, host: &mut dyn Host, e: Exc) -> MontyError {
    match e {
        Exc::Limit(kind) => MontyError::Limit(limit_error(kind, vm)),
        other => {
            let id = vm.materialize(other);
            MontyError::Runtime(vm.describe_exception(host, id))
        }
    }
}

fn limit_error(kind: LimitKind, vm: &mut Vm) -> LimitError {
    let usage = usage_of(vm);
    if kind == LimitKind::Memory {
        // The run is over: what is still reachable is what the program was holding.
        vm.collect_garbage();
    }
    let limits = &vm.limits;
    let (limit, used, text) = match kind {
        LimitKind::Memory => {
            let limit = limits.max_memory.unwrap_or(0) as f64;
            let (live, asked) = (vm.heap.bytes(), vm.refused_bytes);
            let used = (live + asked) as f64;
            let text = if asked > 0 {
                format!("{limit} bytes allowed, {live} bytes in use and {asked} more requested")
            } else {
                format!("{limit} bytes allowed, {live} bytes in use")
            };
            (limit, used, text)
        }
        LimitKind::Allocations => {
            let (limit, used) = (limits.max_allocations.unwrap_or(0) as f64, vm.heap.total_allocations() as f64);
            (limit, used, format!("{limit} allocations allowed, {used} made"))
        }
        LimitKind::Duration => {
            let (limit, used) = (limits.max_duration.unwrap_or(0.0), vm.usage.duration);
            (limit, used, format!("{limit} s allowed, {used:.3} s used"))
        }
        LimitKind::Instructions => {
            let (limit, used) = (limits.max_instructions.unwrap_or(0) as f64, vm.usage.instructions as f64);
            (limit, used, format!("{limit} instructions allowed, {used} executed"))
        }
    };
    LimitError { kind, limit, used, message: format!("{}: {text}", kind.describe()), usage }
}

/// What a run spent so far.
pub fn usage_of(vm: &Vm) -> ResourceUsage {
    ResourceUsage {
        instructions: vm.usage.instructions,
        duration: vm.usage.duration,
        memory_peak: vm.heap.peak_bytes(),
        allocations: vm.heap.total_allocations(),
        max_recursion_depth: vm.usage.max_depth,
    }
}
