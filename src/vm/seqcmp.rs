//! Comparing containers that hold user objects: `[a, b] == [c, d]`, `(1, obj) < (1, other)`,
//! `{"k": obj} == {"k": obj2}`. Item comparisons may run `__eq__`/`__lt__` as Python frames,
//! so they are made one at a time from a resumable task instead of recursing in Rust.

use serde::{Deserialize, Serialize};

use super::Vm;
use super::call::Outcome;
use super::frame::ReturnMode;
use super::native::{NativeTask, Resume, TaskStep};
use crate::bytecode::CmpOp;
use crate::error::PyResult;
use crate::objects::Object;
use crate::value::Value;

/// Lexicographic comparison of two item lists (dicts compare their values by key).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SeqCompare {
    op: CmpOp,
    left: Vec<Value>,
    right: Vec<Value>,
    idx: usize,
    /// The first differing items are being compared with `op` itself.
    deciding: bool,
}

impl SeqCompare {
    pub fn for_each_ref(&self, f: &mut dyn FnMut(Value)) {
        self.left.iter().chain(self.right.iter()).copied().for_each(f);
    }

    pub fn resume(&mut self, vm: &mut Vm, input: Resume) -> PyResult<TaskStep> {
        if let Resume::Value(r) = input {
            if self.deciding {
                return Ok(TaskStep::Done(r));
            }
            if !vm.truthy_native(r)? {
                return self.decide(vm);
            }
            self.idx += 1;
        }
        loop {
            let (Some(&x), Some(&y)) = (self.left.get(self.idx), self.right.get(self.idx)) else {
                return Ok(TaskStep::Done(Value::Bool(self.op.test(self.left.len().cmp(&self.right.len())))));
            };
            // Identical items are equal without asking them (as CPython does).
            if x.is(y) {
                self.idx += 1;
                continue;
            }
            match vm.compare_any(CmpOp::Eq, x, y, ReturnMode::Native)? {
                Outcome::Pushed => return Ok(TaskStep::Wait),
                Outcome::Value(r) if vm.truthy_native(r)? => self.idx += 1,
                Outcome::Value(_) => return self.decide(vm),
            }
        }
    }

    /// The items at `idx` differ: that decides the comparison.
    fn decide(&mut self, vm: &mut Vm) -> PyResult<TaskStep> {
        match self.op {
            CmpOp::Eq => Ok(TaskStep::Done(Value::Bool(false))),
            CmpOp::Ne => Ok(TaskStep::Done(Value::Bool(true))),
            op => {
                self.deciding = true;
                let (x, y) = (self.left[self.idx], self.right[self.idx]);
                match vm.compare_any(op, x, y, ReturnMode::Native)? {
                    Outcome::Pushed => Ok(TaskStep::Wait),
                    Outcome::Value(r) => Ok(TaskStep::Done(r)),
                }
            }
        }
    }
}

impl Vm {
    /// Could comparing `v` run Python code: is it a user instance, or a list, tuple or dict
    /// holding one?
    pub fn holds_instances(&self, v: Value) -> bool {
        self.reaches(v, super::reach::Through::Sequences, true, |vm, x| vm.is_user_instance(x))
    }

    /// Would `a op b` run Python code?
    pub fn compare_runs_python(&self, a: Value, b: Value) -> bool {
        self.holds_instances(a) || self.holds_instances(b)
    }

    /// `a op b` for any values; special methods run as frames whose result goes to `ret`.
    pub fn compare_any(&mut self, op: CmpOp, a: Value, b: Value, ret: ReturnMode) -> PyResult<Outcome> {
        if self.involves_instances(a, b) {
            return self.compare_dunder(op, a, b, ret);
        }
        if self.compare_runs_python(a, b)
            && let Some(task) = self.container_compare(op, a, b)?
        {
            return self.push_native(NativeTask::SeqCompare(Box::new(task)), ret);
        }
        Ok(Outcome::Value(Value::Bool(self.compare_bool(op, a, b)?)))
    }

    /// A task comparing two lists, two tuples or (for `==`/`!=`) two dicts item by item; None
    /// when the answer needs no item comparisons (different lengths, missing keys, other
    /// types), which `compare_bool` gives.
    fn container_compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Option<SeqCompare>> {
        let (Value::Ref(ia), Value::Ref(ib)) = (a, b) else { return Ok(None) };
        let equality = matches!(op, CmpOp::Eq | CmpOp::Ne);
        let (left, right) = match (self.heap.get(ia), self.heap.get(ib)) {
            (Object::List(x), Object::List(y)) | (Object::Tuple(x), Object::Tuple(y)) => {
                if equality && x.len() != y.len() {
                    return Ok(None);
                }
                (x.clone(), y.clone())
            }
            (Object::Dict(x), Object::Dict(y)) if equality && x.len() == y.len() => {
                let entries: Vec<(Value, Value)> = x.iter_entries().map(|e| (e.key, e.value)).collect();
                let mut left = Vec::with_capacity(entries.len());
                let mut right = Vec::with_capacity(entries.len());
                for (k, v) in entries {
                    match self.dict_lookup(b, k)? {
                        Some(other) => {
                            left.push(v);
                            right.push(other);
                        }
                        None => return Ok(None),
                    }
                }
                (left, right)
            }
            _ => return Ok(None),
        };
        Ok(Some(SeqCompare { op, left, right, idx: 0, deciding: false }))
    }
}
