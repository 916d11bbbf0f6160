//! Dict and set operations on keys whose `__hash__` or `__eq__` is Python code.
//!
//! Such a key is hashed by running its `__hash__` as a frame; then the entries with the same
//! hash are compared with it one at a time (`__eq__` frames), and finally the operation is
//! applied. Keys with builtin hashing never come here.

use serde::{Deserialize, Serialize};

use super::Vm;
use super::build::key_eq;
use super::call::Outcome;
use super::frame::ReturnMode;
use super::native::{NativeTask, Resume, TaskStep};
use crate::bytecode::CmpOp;
use crate::error::{Exc, PyResult};
use crate::hash::TupleHasher;
use crate::objects::Object;
use crate::objects::set::Probe;
use crate::types::TypeId;
use crate::value::{ObjId, Value};

/// What to do with the key once it is found (or not).
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub enum KeyAction {
    /// `d[k]`: the value, or KeyError.
    Get,
    /// `d[k]` on a dict subclass instance (first value) whose `__missing__` (second) gives
    /// the value of absent keys.
    GetMissing(Value, Value),
    /// `d.get(k, default)`.
    GetOr(Value),
    /// `k in d` / `k in s`.
    Contains { invert: bool },
    /// `d[k] = v`.
    Set(Value),
    /// `del d[k]`.
    Delete,
    /// `d.pop(k[, default])`.
    Pop(Option<Value>),
    /// `d.setdefault(k, default)`.
    SetDefault(Value),
    /// `s.add(k)`.
    Add,
    /// `s.remove(k)` (KeyError when absent).
    Remove,
    /// `s.discard(k)`.
    Discard,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct KeyTask {
    container: ObjId,
    key: Value,
    action: KeyAction,
    hash: Option<i64>,
    /// Keys in the table with the same hash, compared with `key` in order.
    candidates: Vec<Value>,
    idx: usize,
    /// `__missing__` is running; its result is the answer.
    awaiting_missing: bool,
}

impl KeyTask {
    pub fn for_each_ref(&self, f: &mut dyn FnMut(Value)) {
        f(Value::Ref(self.container));
        f(self.key);
        match self.action {
            KeyAction::GetOr(v) | KeyAction::Set(v) | KeyAction::SetDefault(v) | KeyAction::Pop(Some(v)) => f(v),
            KeyAction::GetMissing(obj, missing) => {
                f(obj);
                f(missing);
            }
            _ => {}
        }
        self.candidates.iter().copied().for_each(f);
    }

    pub fn resume(&mut self, vm: &mut Vm, input: Resume) -> PyResult<TaskStep> {
        if self.awaiting_missing {
            let Resume::Value(v) = input else { return Ok(TaskStep::Done(Value::None)) };
            return Ok(TaskStep::Done(v));
        }
        let mut answer = None;
        if let Resume::Value(v) = input {
            if self.hash.is_none() {
                self.set_hash(vm, v);
            } else {
                answer = Some(vm.truthy_native(v)?);
            }
        }
        let Some(hash) = self.hash else {
            return match vm.hash_any(self.key, ReturnMode::Native)? {
                Outcome::Pushed => Ok(TaskStep::Wait),
                Outcome::Value(h) => {
                    self.set_hash(vm, h);
                    self.resume(vm, Resume::Start)
                }
            };
        };
        if let Some(equal) = answer {
            if equal {
                return self.apply(vm, hash, Some(self.candidates[self.idx]));
            }
            self.idx += 1;
        }
        while let Some(&c) = self.candidates.get(self.idx) {
            if c.is(self.key) {
                return self.apply(vm, hash, Some(c));
            }
            if vm.compare_runs_python(c, self.key) {
                // The stored key is asked first, as in CPython.
                match vm.compare_any(CmpOp::Eq, c, self.key, ReturnMode::Native)? {
                    Outcome::Pushed => return Ok(TaskStep::Wait),
                    Outcome::Value(r) if vm.truthy_native(r)? => return self.apply(vm, hash, Some(c)),
                    Outcome::Value(_) => {}
                }
            } else if key_eq(&vm.heap, c, self.key) {
                return self.apply(vm, hash, Some(c));
            }
            self.idx += 1;
        }
        self.apply(vm, hash, None)
    }

    fn set_hash(&mut self, vm: &Vm, v: Value) {
        let h = match v {
            Value::Int(h) => h,
            _ => 0,
        };
        self.hash = Some(h);
        self.candidates = vm.keys_with_hash(self.container, h);
        self.idx = 0;
    }

    /// Do the operation; `matched` is the stored key equal to ours.
    fn apply(&mut self, vm: &mut Vm, hash: i64, matched: Option<Value>) -> PyResult<TaskStep> {
        let key = self.key;
        let id = self.container;
        if let KeyAction::GetMissing(obj, f) = self.action {
            let found = match (vm.heap.get(id), matched) {
                (Object::Dict(d), Some(c)) => d.find(hash, |k| k.is(c)).and_then(|p| d.entry_at(p)).map(|e| e.value),
                _ => None,
            };
            if let Some(v) = found {
                return Ok(TaskStep::Done(v));
            }
            return match vm.call_value(f, super::call::Args::positional([obj, key]), ReturnMode::Native)? {
                Outcome::Value(v) => Ok(TaskStep::Done(v)),
                Outcome::Pushed => {
                    self.awaiting_missing = true;
                    Ok(TaskStep::Wait)
                }
            };
        }
        let missing = || Exc::with_value(TypeId::KeyError, key);
        // Bytes the table grew by, charged after the table is no longer borrowed.
        let mut grew = 0;
        let result = match vm.heap.get_mut(id) {
            Object::Dict(d) => {
                let pos = matched.and_then(|c| d.find(hash, |k| k.is(c)));
                let value = pos.and_then(|p| d.entry_at(p)).map(|e| e.value);
                match (self.action, pos) {
                    (KeyAction::Get, _) => value.ok_or_else(missing)?,
                    (KeyAction::GetOr(default), _) => value.unwrap_or(default),
                    (KeyAction::Contains { invert }, _) => Value::Bool(pos.is_some() != invert),
                    (KeyAction::Set(v), Some(p)) => {
                        d.set_value_at(p, v);
                        Value::None
                    }
                    (KeyAction::Set(v), None) => {
                        d.insert_new(hash, key, v);
                        grew = 40;
                        Value::None
                    }
                    (KeyAction::Delete | KeyAction::Pop(_), Some(p)) => {
                        let removed = d.remove_at(p).map(|e| e.value);
                        d.compact_if_sparse();
                        if matches!(self.action, KeyAction::Delete) {
                            Value::None
                        } else {
                            removed.unwrap_or(Value::None)
                        }
                    }
                    (KeyAction::Pop(Some(default)), None) => default,
                    (KeyAction::Delete | KeyAction::Pop(None), None) => return Err(missing()),
                    (KeyAction::SetDefault(default), None) => {
                        d.insert_new(hash, key, default);
                        grew = 40;
                        default
                    }
                    (KeyAction::SetDefault(_), Some(_)) => value.unwrap_or(Value::None),
                    (action, _) => return Err(Exc::runtime_error(format!("{action:?} is not a dict operation"))),
                }
            }
            Object::Set(s) | Object::FrozenSet(s) => {
                let probe = match matched {
                    Some(c) => s.probe(hash, |k| k.is(c)),
                    None => s.probe(hash, |_| false),
                };
                match (self.action, probe) {
                    (KeyAction::Contains { invert }, p) => Value::Bool(matches!(p, Probe::Found(_)) != invert),
                    (KeyAction::Add, Probe::Found(_)) => Value::None,
                    (KeyAction::Add, p) => {
                        s.insert_at(p, hash, key);
                        grew = 24;
                        Value::None
                    }
                    (KeyAction::Remove | KeyAction::Discard, Probe::Found(i)) => {
                        s.remove_at(i);
                        Value::None
                    }
                    (KeyAction::Discard, _) => Value::None,
                    (KeyAction::Remove, _) => return Err(missing()),
                    (action, _) => return Err(Exc::runtime_error(format!("{action:?} is not a set operation"))),
                }
            }
            _ => return Err(Exc::runtime_error("the container of a key operation went away")),
        };
        if grew > 0 {
            vm.heap.grew(grew);
        }
        Ok(TaskStep::Done(result))
    }
}

/// `hash()` of a tuple whose items' hashes need Python code: item hashes one at a time.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct HashTuple {
    items: Vec<Value>,
    hashes: Vec<i64>,
}

impl HashTuple {
    pub fn for_each_ref(&self, f: &mut dyn FnMut(Value)) {
        self.items.iter().copied().for_each(f);
    }

    pub fn resume(&mut self, vm: &mut Vm, input: Resume) -> PyResult<TaskStep> {
        if let Resume::Value(h) = input {
            self.hashes.push(vm.int_arg(h)?);
        }
        while let Some(&item) = self.items.get(self.hashes.len()) {
            match vm.hash_any(item, ReturnMode::Native)? {
                Outcome::Pushed => return Ok(TaskStep::Wait),
                Outcome::Value(h) => self.hashes.push(vm.int_arg(h)?),
            }
        }
        let mut hasher = TupleHasher::new();
        self.hashes.iter().for_each(|h| hasher.add(*h));
        Ok(TaskStep::Done(Value::Int(hasher.finish())))
    }
}

impl Vm {
    /// Does using `key` in a dict or set run Python code: is it an instance whose class
    /// defines `__hash__` or `__eq__` in Python, or a tuple holding one?
    pub fn needs_python_key(&self, key: Value) -> bool {
        self.reaches(key, super::reach::Through::Tuples, true, |vm, x| vm.is_python_key_instance(x))
    }

    fn is_python_key_instance(&self, v: Value) -> bool {
        let Value::Ref(id) = v else { return false };
        let Object::Instance(inst) = self.heap.get(id) else { return false };
        let class = inst.class;
        matches!(class, Value::Ref(_))
            && (self.class_lookup_str(class, "__hash__").is_some() || self.class_lookup_str(class, "__eq__").is_some())
    }

    /// `hash(v)` for any value; Python `__hash__` methods (also of tuple items) run as frames
    /// whose result goes to `ret`.
    pub fn hash_any(&mut self, v: Value, ret: ReturnMode) -> PyResult<Outcome> {
        if self.needs_python_key(v) {
            if let Value::Ref(id) = v
                && let Object::Tuple(items) = self.heap.get(id)
            {
                let task = HashTuple { items: items.clone(), hashes: Vec::new() };
                return self.push_native(NativeTask::HashTuple(Box::new(task)), ret);
            }
            if let Some(o) = self.hash_dunder(v, ret)? {
                return Ok(o);
            }
            return Ok(Outcome::Value(Value::Int(self.identity_hash(v))));
        }
        Ok(Outcome::Value(Value::Int(self.hash_value(v)?)))
    }

    /// Run a dict/set operation for a key with Python hashing; the result goes to `ret`.
    pub fn key_op(&mut self, container: Value, key: Value, action: KeyAction, ret: ReturnMode) -> PyResult<Outcome> {
        let Value::Ref(container) = container else {
            return Err(Exc::runtime_error("key operation on a non-container"));
        };
        let task =
            KeyTask { container, key, action, hash: None, candidates: Vec::new(), idx: 0, awaiting_missing: false };
        self.push_native(NativeTask::Key(Box::new(task)), ret)
    }

    /// Keys stored under hash `h`, in probe order.
    fn keys_with_hash(&self, container: ObjId, h: i64) -> Vec<Value> {
        let mut out = Vec::new();
        match self.heap.get(container) {
            Object::Dict(d) => {
                d.find(h, |k| {
                    out.push(k);
                    false
                });
            }
            Object::Set(s) | Object::FrozenSet(s) => {
                s.probe(h, |k| {
                    out.push(k);
                    false
                });
            }
            _ => {}
        }
        out
    }
}
