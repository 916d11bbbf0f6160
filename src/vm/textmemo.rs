//! Formatting operations (`%`, `str.format`, f-string fields with conversions) on values
//! whose `__str__`/`__repr__` is Python code.
//!
//! The native formatter runs once in "recording" mode: each user object whose text it needs
//! is noted (in order) and a placeholder is used. A task then runs those `__str__`/`__repr__`
//! methods as frames and runs the formatter again with the texts known. Only the methods the
//! format actually uses are called, in the order CPython calls them.

use serde::{Deserialize, Serialize};

use super::Vm;
use super::call::Outcome;
use super::frame::ReturnMode;
use super::native::{NativeTask, Resume, TaskStep};
use super::text::TextGoal;
use crate::error::{Exc, PyResult};
use crate::objects::Object;
use crate::value::Value;

/// Rounds of "record, run methods, format again" before giving up (a second round happens
/// only if the first stopped early, e.g. at an error).
const MAX_ROUNDS: u32 = 4;

/// Which text of an object.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextKind {
    Repr,
    Str,
    /// `format(obj, spec)` through the class's `__format__`.
    Format(String),
}

/// Texts of user objects known so far, and those the last formatting run missed.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct TextMemo {
    /// (object, which text, the text as a str value)
    known: Vec<(Value, TextKind, Value)>,
    missing: Vec<(Value, TextKind)>,
}

impl TextMemo {
    fn for_each_ref(&self, f: &mut dyn FnMut(Value)) {
        for (v, _, s) in &self.known {
            f(*v);
            f(*s);
        }
        for (v, _) in &self.missing {
            f(*v);
        }
    }
}

/// A formatting operation that can be run again.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum TextOp {
    /// `fmt % args`
    Percent(Value, Value),
    /// `fmt.format(*args, **kwargs)` (`kwargs` a dict) or `fmt.format_map(mapping)`.
    Format(Value, Vec<Value>, Option<Value>),
    /// An f-string field: value, conversion (1 `!s`, 2 `!r`, 3 `!a`), format spec.
    Field(Value, u32, Option<Value>),
}

impl TextOp {
    fn for_each_ref(&self, f: &mut dyn FnMut(Value)) {
        match self {
            TextOp::Percent(a, b) => {
                f(*a);
                f(*b);
            }
            TextOp::Format(fmt, args, kwargs) => {
                f(*fmt);
                args.iter().copied().for_each(&mut *f);
                if let Some(k) = kwargs {
                    f(*k);
                }
            }
            TextOp::Field(v, _, spec) => {
                f(*v);
                if let Some(s) = spec {
                    f(*s);
                }
            }
        }
    }

    fn run(&self, vm: &mut Vm) -> PyResult<Value> {
        match self {
            TextOp::Percent(fmt, args) => vm.percent_format(*fmt, *args),
            TextOp::Format(fmt, args, kwargs) => {
                let fmt = vm.as_str(*fmt).unwrap_or("").to_string();
                let out = vm.str_format(&fmt, args, *kwargs)?;
                Ok(vm.new_str(out))
            }
            TextOp::Field(v, conversion, spec) => match vm.format_value(*v, *conversion, *spec)? {
                Outcome::Value(s) => Ok(s),
                Outcome::Pushed => Err(Exc::runtime_error("formatting ran Python code while recording")),
            },
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TextRetry {
    op: TextOp,
    memo: TextMemo,
    /// Index into `memo.missing` of the text being computed.
    idx: usize,
    rounds: u32,
}

impl TextRetry {
    pub fn for_each_ref(&self, f: &mut dyn FnMut(Value)) {
        self.op.for_each_ref(f);
        self.memo.for_each_ref(f);
    }

    pub fn resume(&mut self, vm: &mut Vm, input: Resume) -> PyResult<TaskStep> {
        if let Resume::Value(s) = input
            && let Some((v, kind)) = self.memo.missing.get(self.idx).cloned()
        {
            self.memo.known.push((v, kind, s));
            self.idx += 1;
        }
        if let Some((v, kind)) = self.memo.missing.get(self.idx).cloned() {
            match kind {
                TextKind::Repr => vm.text_task(vec![v], TextGoal::Repr, ReturnMode::Native)?,
                TextKind::Str => vm.text_task(vec![v], TextGoal::Str, ReturnMode::Native)?,
                TextKind::Format(spec) => vm.format_instance(v, &spec, ReturnMode::Native)?,
            };
            return Ok(TaskStep::Wait);
        }
        // Every missing text is known: format again.
        self.memo.missing.clear();
        self.idx = 0;
        self.rounds += 1;
        let (result, memo) = vm.record_texts(std::mem::take(&mut self.memo), &self.op);
        self.memo = memo;
        if self.memo.missing.is_empty() || self.rounds >= MAX_ROUNDS {
            return result.map(TaskStep::Done);
        }
        self.resume(vm, Resume::Start)
    }
}

impl Vm {
    /// Run a formatting operation, calling the Python `__str__`/`__repr__` methods it needs;
    /// the result goes to `ret`.
    pub fn format_with_python(&mut self, op: TextOp, ret: ReturnMode) -> PyResult<Outcome> {
        let (result, memo) = self.record_texts(TextMemo::default(), &op);
        if memo.missing.is_empty() {
            return result.map(Outcome::Value);
        }
        let task = TextRetry { op, memo, idx: 0, rounds: 0 };
        self.push_native(NativeTask::TextRetry(Box::new(task)), ret)
    }

    fn record_texts(&mut self, memo: TextMemo, op: &TextOp) -> (PyResult<Value>, TextMemo) {
        let outer = self.text_memo.replace(Box::new(memo));
        let result = op.run(self);
        let memo = std::mem::replace(&mut self.text_memo, outer).map(|m| *m).unwrap_or_default();
        (result, memo)
    }

    /// The `kind` text of user object `v` while recording: Some(Some(text)) when known,
    /// Some(None) when now noted as missing, None when not recording.
    pub fn recorded_text(&mut self, v: Value, kind: TextKind) -> Option<Option<String>> {
        let memo = self.text_memo.as_mut()?;
        if let Some((_, _, s)) = memo.known.iter().find(|(k, t, _)| k.is(v) && *t == kind) {
            let s = *s;
            return Some(Some(self.as_str(s).unwrap_or("").to_string()));
        }
        if !memo.missing.iter().any(|(k, t)| k.is(v) && *t == kind) {
            memo.missing.push((v, kind));
        }
        Some(None)
    }

    /// `str()`/`repr()` of a user object whose class defines them in Python, while recording.
    pub fn recorded_str_or_repr(&mut self, v: Value, want_str: bool) -> Option<String> {
        let kind = if want_str && self.dunder(v, "__str__").is_some() {
            TextKind::Str
        } else if self.dunder(v, "__repr__").is_some() {
            TextKind::Repr
        } else {
            return None;
        };
        self.recorded_text(v, kind).map(Option::unwrap_or_default)
    }

    /// Does formatting `v` (a value, or a tuple/list/dict of them) involve user objects?
    pub fn formats_objects(&self, v: Value) -> bool {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Object::Instance(_) => self.is_user_instance(v),
                _ => self.holds_instances(v),
            },
            _ => false,
        }
    }
}
