//! Uncaught exceptions as data (type, message, frames) and as CPython-formatted text.

use serde::{Deserialize, Serialize};

use crate::bytecode::Program;
use crate::objects::Object;
use crate::value::{ObjId, Value};
use crate::vm::call::Outcome;
use crate::vm::frame::ReturnMode;
use crate::vm::text::TextGoal;
use crate::vm::{Host, RunExit, Vm};

/// One line of a traceback.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StackFrame {
    pub filename: String,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    /// `<module>` for module-level code.
    pub function: String,
    pub source_line: String,
}

/// A Python exception that escaped the program.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PyException {
    pub type_name: String,
    pub message: String,
    /// Outermost call first, as printed.
    pub frames: Vec<StackFrame>,
    /// The full text CPython would print, including chained exceptions.
    pub traceback: String,
}

impl PyException {
    /// `Type: message` (or just `Type`).
    pub fn summary(&self) -> String {
        if self.message.is_empty() { self.type_name.clone() } else { format!("{}: {}", self.type_name, self.message) }
    }
}

impl Vm {
    /// Describe an exception object for the host.
    /// Exceptions whose class defines `__str__` in Python get it run, after the program's
    /// frames are gone, as CPython does when printing an uncaught exception.
    pub fn describe_exception(&mut self, host: &mut dyn Host, id: ObjId) -> PyException {
        let type_name = self.exception_type_name(id);
        let message = self.exception_message(host, id);
        let frames = self.exception_frames(id);
        let mut text = String::new();
        let mut seen = Vec::new();
        self.format_chain(host, id, &mut text, &mut seen);
        PyException { type_name, message, frames, traceback: text }
    }

    /// `str(exc)`, running a Python `__str__` to completion when there is one.
    fn exception_message(&mut self, host: &mut dyn Host, id: ObjId) -> String {
        let v = Value::Ref(id);
        if !self.needs_python_text(v, 0) || !self.frames.is_empty() {
            return self.str_value(v).unwrap_or_default();
        }
        let stack_len = self.stack.len();
        self.result = None;
        let text = match self.text_task(vec![v], TextGoal::Str, ReturnMode::Exit) {
            Ok(Outcome::Value(s)) => Ok(s),
            Ok(Outcome::Pushed) => match self.run(host) {
                Ok(RunExit::Complete(s)) => Ok(s),
                _ => Err(()),
            },
            Err(_) => Err(()),
        };
        self.frames.clear();
        self.stack.truncate(stack_len);
        match text.ok().and_then(|s| self.as_str(s).map(str::to_string)) {
            Some(s) => s,
            None => "<exception str() failed>".to_string(),
        }
    }

    /// The traceback object of exception `exc`, or None when it has not been raised.
    pub fn traceback_of(&mut self, exc: Value) -> Value {
        match exc {
            Value::Ref(id) if self.exc_data(id).is_some_and(|d| !d.traceback.is_empty()) => {
                self.alloc(Object::Traceback { exc: id, index: 0 })
            }
            _ => Value::None,
        }
    }

    /// Attributes of a traceback object (level `index` of `exc`'s traceback, outermost first).
    /// There are no frame objects: `tb_frame` is None.
    pub fn traceback_attr(&mut self, exc: ObjId, index: u32, name: &str) -> Option<Value> {
        let entries = self.exc_data(exc).map(|d| d.traceback.clone()).unwrap_or_default();
        let at = entries.len().checked_sub(index as usize + 1)?;
        let (code, ip) = entries[at];
        Some(match name {
            "tb_lineno" => Value::Int(frame_of(&self.program, code, ip).line as i64),
            "tb_lasti" => Value::Int(ip as i64 * 2),
            "tb_next" if at > 0 => self.alloc(Object::Traceback { exc, index: index + 1 }),
            "tb_next" | "tb_frame" => Value::None,
            _ => return None,
        })
    }

    /// As CPython prints it: qualified by the module unless builtin or `__main__`.
    fn exception_type_name(&self, id: ObjId) -> String {
        let class = self.type_of(Value::Ref(id));
        let module = self.class_module(class);
        let name = self.class_name(class);
        if module == "builtins" || module == "__main__" { name } else { format!("{module}.{name}") }
    }

    pub(crate) fn exception_frames(&self, id: ObjId) -> Vec<StackFrame> {
        let program = self.program.clone();
        let entries = self.exc_data(id).map(|d| d.traceback.clone()).unwrap_or_default();
        entries.iter().rev().map(|(code, ip)| frame_of(&program, *code, *ip)).collect()
    }

    /// Print causes and contexts first, as CPython does.
    fn format_chain(&mut self, host: &mut dyn Host, id: ObjId, out: &mut String, seen: &mut Vec<ObjId>) {
        seen.push(id);
        if let Some(d) = self.exc_data(id) {
            let (cause, context, suppress) = (d.cause, d.context, d.suppress_context);
            if let Some(Value::Ref(c)) = cause {
                if !seen.contains(&c) {
                    self.format_chain(host, c, out, seen);
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                }
            } else if let (Some(Value::Ref(c)), false) = (context, suppress)
                && !seen.contains(&c)
            {
                self.format_chain(host, c, out, seen);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        let frames = self.exception_frames(id);
        if !frames.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for f in &frames {
                out.push_str(&format!("  File \"{}\", line {}, in {}\n", f.filename, f.line, f.function));
                let src = f.source_line.trim();
                if !src.is_empty() {
                    out.push_str(&format!("    {src}\n"));
                }
            }
        }
        let type_name = self.exception_type_name(id);
        let message = self.exception_message(host, id);
        if message.is_empty() {
            out.push_str(&format!("{type_name}\n"));
        } else {
            out.push_str(&format!("{type_name}: {message}\n"));
        }
        if let Some(d) = self.exc_data(id) {
            let notes = d.notes.clone();
            for n in notes {
                if let Ok(s) = self.str_value(n) {
                    out.push_str(&s);
                    out.push('\n');
                }
            }
        }
    }
}

pub fn frame_of(program: &Program, code_id: u32, ip: u32) -> StackFrame {
    let Some(code) = program.codes.get(code_id as usize) else {
        return StackFrame {
            filename: "?".into(),
            line: 0,
            column: 0,
            end_line: 0,
            end_column: 0,
            function: "?".into(),
            source_line: String::new(),
        };
    };
    let source = program.sources.get(code.source as usize);
    let (start, end) = code.positions.get(ip as usize).copied().unwrap_or((0, 0));
    let (line, column, end_line, end_column, text, filename) = match source {
        Some(s) => {
            let (l, c) = s.line_col(start);
            let (el, ec) = s.line_col(end);
            (l, c, el, ec, s.line_text(l).to_string(), s.filename.clone())
        }
        None => (code.first_line, 1, code.first_line, 1, String::new(), "?".into()),
    };
    StackFrame { filename, line, column, end_line, end_column, function: code.name.clone(), source_line: text }
}
