//! `print`, `str`, `repr` and f-string conversion of values whose text needs Python code
//! (`__str__`/`__repr__` of user classes, also inside containers), as a resumable walk.

use serde::{Deserialize, Serialize};

use super::Vm;
use super::call::Outcome;
use super::frame::ReturnMode;
use super::native::{NativeTask, Resume, TaskStep};
use crate::error::{Exc, PyResult};
use crate::objects::Object;
use crate::value::{ObjId, Value};

/// What to do with the texts once every value is converted.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum TextGoal {
    Print { sep: String, end: String, to_stderr: bool },
    Str,
    Repr,
}

/// A piece of the walk over one value.
#[derive(Clone, Debug, Serialize, Deserialize)]
enum Piece {
    /// Render a value (`as_str`: with `str()` rather than `repr()`).
    Val(Value, bool),
    Lit(String),
    /// Leave a container (for the recursion check).
    Leave(ObjId),
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TextTask {
    values: Vec<Value>,
    goal: TextGoal,
    /// Index of the value being converted.
    idx: usize,
    parts: Vec<String>,
    out: String,
    stack: Vec<Piece>,
    seen: Vec<ObjId>,
    waiting: bool,
}

/// Limits the nesting a text walk follows, like the native repr.
const MAX_DEPTH: usize = 400;

impl TextTask {
    pub fn for_each_ref(&self, f: &mut dyn FnMut(Value)) {
        self.values.iter().copied().for_each(&mut *f);
        for p in &self.stack {
            if let Piece::Val(v, _) = p {
                f(*v);
            }
        }
    }

    pub fn resume(&mut self, vm: &mut Vm, input: Resume) -> PyResult<TaskStep> {
        if self.waiting {
            self.waiting = false;
            if let Resume::Value(s) = input {
                self.out.push_str(vm.as_str(s).unwrap_or(""));
            }
        }
        loop {
            if self.stack.is_empty() {
                if self.idx > 0 || !self.out.is_empty() || !self.parts.is_empty() || self.started() {
                    self.parts.push(std::mem::take(&mut self.out));
                }
                if self.parts.len() >= self.values.len() {
                    return self.finish(vm).map(TaskStep::Done);
                }
                let v = self.values[self.parts.len()];
                let as_str = !matches!(self.goal, TextGoal::Repr);
                self.stack.push(Piece::Val(v, as_str));
                self.idx = self.parts.len() + 1;
            }
            let Some(piece) = self.stack.pop() else { continue };
            match piece {
                Piece::Lit(s) => self.out.push_str(&s),
                Piece::Leave(_) => {
                    self.seen.pop();
                }
                Piece::Val(v, as_str) => {
                    if self.out.len() > crate::limits::HARD_ALLOCATION_CAP {
                        return Err(Exc::bare(crate::types::TypeId::MemoryError));
                    }
                    if vm.is_user_instance(v) {
                        let method = if as_str { "__str__" } else { "__repr__" };
                        if let Some(Outcome::Pushed) = vm.text_dunder(v, method, ReturnMode::Native)? {
                            self.waiting = true;
                            return Ok(TaskStep::Wait);
                        }
                    }
                    if vm.needs_python_text(v, 0) {
                        self.expand(vm, v)?;
                    } else {
                        let s = if as_str { vm.str_value(v)? } else { vm.repr_value(v)? };
                        self.out.push_str(&s);
                    }
                }
            }
        }
    }

    fn started(&self) -> bool {
        self.idx > 0
    }

    /// Lay a container out as pieces (items rendered with repr).
    fn expand(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let Value::Ref(id) = v else { return Ok(()) };
        if self.seen.len() > MAX_DEPTH {
            return Err(Exc::new(
                crate::types::TypeId::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        let mut pieces: Vec<Piece> = Vec::new();
        match vm.heap.get(id) {
            Object::List(items) | Object::Tuple(items) => {
                let is_list = matches!(vm.heap.get(id), Object::List(_));
                if is_list && self.seen.contains(&id) {
                    self.out.push_str("[...]");
                    return Ok(());
                }
                self.out.push(if is_list { '[' } else { '(' });
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        pieces.push(Piece::Lit(", ".into()));
                    }
                    pieces.push(Piece::Val(*item, false));
                }
                if !is_list && items.len() == 1 {
                    pieces.push(Piece::Lit(",".into()));
                }
                pieces.push(Piece::Lit(if is_list { "]" } else { ")" }.into()));
            }
            Object::Dict(d) => {
                if self.seen.contains(&id) {
                    self.out.push_str("{...}");
                    return Ok(());
                }
                self.out.push('{');
                for (i, e) in d.iter_entries().enumerate() {
                    if i > 0 {
                        pieces.push(Piece::Lit(", ".into()));
                    }
                    pieces.push(Piece::Val(e.key, false));
                    pieces.push(Piece::Lit(": ".into()));
                    pieces.push(Piece::Val(e.value, false));
                }
                pieces.push(Piece::Lit("}".into()));
            }
            Object::Set(s) | Object::FrozenSet(s) => {
                let frozen = matches!(vm.heap.get(id), Object::FrozenSet(_));
                self.out.push_str(if frozen { "frozenset({" } else { "{" });
                for (i, item) in s.iter().enumerate() {
                    if i > 0 {
                        pieces.push(Piece::Lit(", ".into()));
                    }
                    pieces.push(Piece::Val(item, false));
                }
                pieces.push(Piece::Lit(if frozen { "})" } else { "}" }.into()));
            }
            _ => {
                let s = vm.repr_value(v)?;
                self.out.push_str(&s);
                return Ok(());
            }
        }
        self.seen.push(id);
        self.stack.push(Piece::Leave(id));
        self.stack.extend(pieces.into_iter().rev());
        Ok(())
    }

    fn finish(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let parts = std::mem::take(&mut self.parts);
        match &self.goal {
            TextGoal::Print { sep, end, to_stderr } => {
                let mut line = parts.join(sep);
                line.push_str(end);
                if *to_stderr {
                    vm.write_err(&line)?;
                } else {
                    vm.write_out(&line)?;
                }
                Ok(Value::None)
            }
            TextGoal::Str | TextGoal::Repr => {
                let s = parts.into_iter().next().unwrap_or_default();
                Ok(vm.new_str(s))
            }
        }
    }
}

impl Vm {
    /// Does rendering `v` run Python code (a user class's `__str__`/`__repr__`, possibly
    /// inside containers)?
    pub fn needs_python_text(&self, v: Value, _depth: usize) -> bool {
        self.reaches(v, super::reach::Through::Everything, true, |vm, x| {
            vm.is_user_instance(x) && (vm.dunder(x, "__repr__").is_some() || vm.dunder(x, "__str__").is_some())
        })
    }

    /// Convert values to text through a native frame (used when Python code is needed).
    pub fn text_task(&mut self, values: Vec<Value>, goal: TextGoal, ret: ReturnMode) -> PyResult<Outcome> {
        let task = TextTask {
            values,
            goal,
            idx: 0,
            parts: Vec::new(),
            out: String::new(),
            stack: Vec::new(),
            seen: Vec::new(),
            waiting: false,
        };
        self.push_native(NativeTask::Text(Box::new(task)), ret)
    }
}
