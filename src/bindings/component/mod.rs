//! The WASI component (wasm32-wasip2): exports `wit/` (`monty:sandbox/interpreter`) over the
//! core API. Values cross as node lists (`values`), errors as the WIT `error` record, paused
//! runs and REPL sessions as resources held the same way as in the JS binding
//! (`bindings::session`). Printed text is collected per step and returned with its result.

// The WIT `error` record is the error type the interface prescribes; boxing it would only
// move the copy.
#![allow(clippy::result_large_err)]

mod program;
mod progress;
mod repl;
mod values;

use crate::api::{self, Continuation, MontyError, MontyObject, PrintWriter, ResourceUsage};
use crate::bindings::session::{CalledNames, Stepping};
use crate::limits::{DEFAULT_RECURSION_LIMIT, Limits};
use crate::snapshot::{Kind, peek_kind};
use program::ProgramResource;
use wit::interpreter::{self as iface, Completion, Options, Step};
use wit::types::{self, Error, ErrorKind, Frame, LimitExceeded, LimitKind, Value};

/// The generated glue. `types` is the data interface, `interpreter` the exported one.
mod wit {
    wit_bindgen::generate!({ world: "sandbox", path: "wit" });
    pub use exports::monty::sandbox::interpreter;
    pub use exports::monty::sandbox::types;
}

/// The component's exports.
struct Component;

wit::export!(Component with_types_in wit);

/// Unknown called names reach the host as name lookups with `is-called` set; the host
/// decides (answering with a `function` node turns them into calls).
const NAMES: CalledNames = CalledNames::AsLookups;

/// Printed text kept per step. Python output is not part of the memory limit, so a program
/// printing in a loop must not grow the component's memory without bound: beyond this the
/// rest of the step's output is dropped and a note says so.
const MAX_PRINTED: usize = 16 << 20;

/// Run `step` with its print output collected; returns the result and the text.
fn collecting<R>(step: impl FnOnce(PrintWriter) -> R) -> (R, String) {
    let mut printed = String::new();
    let mut dropped = 0usize;
    let result = {
        let mut write = |text: &str| {
            if printed.len() + text.len() <= MAX_PRINTED {
                printed.push_str(text);
            } else {
                dropped += text.len();
            }
        };
        step(PrintWriter::Callback(&mut write))
    };
    if dropped > 0 {
        printed.push_str(&format!(
            "\n[monty: {dropped} more bytes of output dropped; at most {MAX_PRINTED} are kept per step]\n"
        ));
    }
    (result, printed)
}

fn usage_error(message: impl Into<String>) -> Error {
    error_of(&MontyError::Usage(message.into()), String::new())
}

fn error_of(e: &MontyError, printed: String) -> Error {
    let blank = |kind, exc_type: &str, message: &str| Error {
        kind,
        exc_type: exc_type.to_string(),
        message: message.to_string(),
        frames: Vec::new(),
        text: e.display(),
        limit: None,
        printed: String::new(),
    };
    let mut error = match e {
        MontyError::Syntax(exc) | MontyError::Runtime(exc) => Error {
            frames: exc.frames.iter().map(frame_of).collect(),
            ..blank(
                if matches!(e, MontyError::Syntax(_)) { ErrorKind::Syntax } else { ErrorKind::Runtime },
                &exc.type_name,
                &exc.message,
            )
        },
        MontyError::Limit(l) => {
            let (kind, exc_type) = match l.kind {
                crate::LimitKind::Memory => (LimitKind::Memory, "MemoryError"),
                crate::LimitKind::Allocations => (LimitKind::Allocations, "MemoryError"),
                crate::LimitKind::Duration => (LimitKind::Duration, "TimeoutError"),
                crate::LimitKind::Instructions => (LimitKind::Instructions, "TimeoutError"),
            };
            let limit = LimitExceeded { kind, limit: l.limit, used: l.used, usage: usage_of(&l.usage) };
            Error { limit: Some(limit), ..blank(ErrorKind::Limit, exc_type, &l.message) }
        }
        MontyError::Usage(m) => blank(ErrorKind::Usage, "", m),
        MontyError::Snapshot(m) => blank(ErrorKind::Snapshot, "", m),
    };
    error.printed = printed;
    error
}

fn frame_of(f: &crate::StackFrame) -> Frame {
    Frame {
        filename: f.filename.clone(),
        line: f.line,
        column: f.column,
        end_line: f.end_line,
        end_column: f.end_column,
        function_name: f.function.clone(),
        source_line: f.source_line.clone(),
    }
}

fn usage_of(u: &ResourceUsage) -> types::ResourceUsage {
    types::ResourceUsage {
        instructions: u.instructions,
        duration_secs: u.duration,
        memory_peak: u.memory_peak as u64,
        allocations: u.allocations,
        max_recursion_depth: u.max_recursion_depth,
    }
}

fn limits_from(l: &types::Limits) -> Result<Limits, Error> {
    if let Some(d) = l.max_duration_secs
        && (d.is_nan() || d < 0.0)
    {
        return Err(usage_error(format!("max-duration-secs must be a non-negative number of seconds, got {d}")));
    }
    Ok(Limits {
        // Saturating: a limit beyond the address space is no limit in practice.
        max_memory: l.max_memory.map(|m| usize::try_from(m).unwrap_or(usize::MAX)),
        max_allocations: l.max_allocations,
        max_duration: l.max_duration_secs,
        max_instructions: l.max_instructions,
        max_recursion_depth: l.max_recursion_depth.unwrap_or(DEFAULT_RECURSION_LIMIT),
        gc_interval: l.gc_interval.map(|n| usize::try_from(n).unwrap_or(usize::MAX).max(1)),
    })
}

fn value_from(v: &Value) -> Result<MontyObject, Error> {
    values::from_wit(v).map_err(|e| usage_error(format!("malformed value: {e}")))
}

fn values_from(vs: &[Value]) -> Result<Vec<MontyObject>, Error> {
    vs.iter().map(value_from).collect()
}

fn completion(output: &MontyObject, usage: &ResourceUsage, printed: String) -> Completion {
    Completion { output: values::to_wit(output), usage: usage_of(usage), printed }
}

/// The WIT step for where a run stands.
fn step_of(state: Stepping, printed: String) -> Step {
    if let Some((output, usage)) = state.completion() {
        return Step::Complete(completion(output, usage, printed));
    }
    let pause = progress::pause(state, printed);
    Step::Paused(pause)
}

impl iface::Guest for Component {
    type Program = ProgramResource;
    type Progress = progress::ProgressResource;
    type Repl = repl::ReplResource;

    fn run(code: String, options: Options, inputs: Vec<Value>, limits: types::Limits) -> Result<Completion, Error> {
        ProgramResource::compile(&code, &options)?.run(inputs, limits)
    }

    fn start(code: String, options: Options, inputs: Vec<Value>, limits: types::Limits) -> Result<Step, Error> {
        ProgramResource::compile(&code, &options)?.start(inputs, limits)
    }

    fn peek_snapshot(bytes: Vec<u8>) -> Option<iface::SnapshotKind> {
        Some(match peek_kind(&bytes)? {
            Kind::Program => iface::SnapshotKind::Program,
            Kind::PausedRun => iface::SnapshotKind::PausedRun,
            Kind::Repl => iface::SnapshotKind::Repl,
            Kind::PausedRepl => iface::SnapshotKind::PausedFeed,
        })
    }

    fn detect_continuation(source: String) -> iface::Continuation {
        match api::detect_continuation(&source) {
            Continuation::Complete => iface::Continuation::Complete,
            Continuation::IncompleteImplicit => iface::Continuation::IncompleteImplicit,
            Continuation::IncompleteBlock => iface::Continuation::IncompleteBlock,
        }
    }
}
