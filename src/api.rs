//! The public Rust API: compile once, run with limits, print and a clock from the host.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::bytecode::Program;
use crate::compiler::{self, CompileOptions};
use crate::error::{Exc, LimitKind};
use crate::limits::Limits;
use crate::traceback::{PyException, StackFrame};
use crate::vm::frame::{Frame, PyFrame, ReturnMode};
use crate::vm::{Host, Usage, Vm};

/// Why a program did not finish normally.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum MontyError {
    /// The source did not compile (SyntaxError and friends).
    Syntax(PyException),
    /// An exception escaped the program.
    Runtime(PyException),
    /// A resource limit stopped the program (not catchable by Python code).
    Limit(LimitError),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LimitError {
    pub kind: LimitKind,
    pub message: String,
}

impl MontyError {
    /// The text a Python process would print to stderr.
    pub fn display(&self) -> String {
        match self {
            MontyError::Syntax(e) | MontyError::Runtime(e) => e.traceback.clone(),
            MontyError::Limit(l) => format!("{}\n", l.message),
        }
    }
}

impl std::fmt::Display for MontyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.display().trim_end())
    }
}

impl std::error::Error for MontyError {}

/// A compiled program.
#[derive(Clone, Debug)]
pub struct Monty {
    program: Arc<Program>,
}

impl Monty {
    /// Compile `code`; `script_name` appears in tracebacks.
    pub fn new(code: &str, script_name: &str) -> Result<Monty, MontyError> {
        let mut program = Program::default();
        compile_source(&mut program, code, script_name, false)?;
        Ok(Monty { program: Arc::new(program) })
    }

    pub fn program(&self) -> &Program {
        &self.program
    }

    /// Run to completion; returns the repr of nothing useful yet (the module returns None).
    pub fn run(&self, limits: Limits, host: &mut dyn Host) -> Result<Usage, MontyError> {
        let mut vm = Vm::new(self.program.clone(), limits);
        start_entry(&mut vm);
        let r = vm.run(host);
        let usage = vm.usage;
        match r {
            Ok(_) => Ok(usage),
            Err(e) => Err(error_from_exc(&mut vm, host, e)),
        }
    }
}

/// Compile into a program; SyntaxErrors become `MontyError::Syntax`.
pub fn compile_source(
    program: &mut Program,
    code: &str,
    script_name: &str,
    interactive: bool,
) -> Result<u32, MontyError> {
    let opts = CompileOptions { filename: script_name, interactive };
    compiler::compile_into(program, code, &opts).map_err(|e| {
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
        Exc::Limit(kind) => MontyError::Limit(LimitError { kind, message: limit_message(kind, &vm.limits) }),
        other => {
            let id = vm.materialize(other);
            MontyError::Runtime(vm.describe_exception(host, id))
        }
    }
}

fn limit_message(kind: LimitKind, limits: &Limits) -> String {
    let detail = match kind {
        LimitKind::Memory => limits.max_memory.map(|m| format!(" (limit {m} bytes)")),
        LimitKind::Allocations => limits.max_allocations.map(|m| format!(" (limit {m} allocations)")),
        LimitKind::Duration => limits.max_duration.map(|m| format!(" (limit {m} seconds)")),
        LimitKind::Instructions => limits.max_instructions.map(|m| format!(" (limit {m} instructions)")),
    };
    format!("MemoryError: {}{}", kind.describe(), detail.unwrap_or_default())
}

/// A host that prints to a `String` buffer and reads the system clock.
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
pub struct StdHost<W: FnMut(&str)> {
    start: std::time::Instant,
    pub write: W,
}

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
impl<W: FnMut(&str)> StdHost<W> {
    pub fn new(write: W) -> Self {
        StdHost { start: std::time::Instant::now(), write }
    }
}

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
impl<W: FnMut(&str)> Host for StdHost<W> {
    fn now(&mut self) -> Option<f64> {
        Some(self.start.elapsed().as_secs_f64())
    }

    fn write(&mut self, text: &str) {
        (self.write)(text)
    }
}

/// A host without a clock that collects printed text.
#[derive(Default)]
pub struct CollectHost {
    pub output: String,
}

impl Host for CollectHost {
    fn now(&mut self) -> Option<f64> {
        None
    }

    fn write(&mut self, text: &str) {
        self.output.push_str(text);
    }
}
