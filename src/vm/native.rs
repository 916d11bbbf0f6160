//! Native frames: builtins that call back into Python, written as resumable state machines.
//!
//! A task runs synchronously as far as it can. When it needs a Python call (a `key=`
//! function, a generator's next item, a `map` function...), it asks the VM to push the frame
//! and returns `Wait`; when that frame finishes, the VM resumes the task with the result.
//! All task state is plain data, so a paused run can be serialized mid-`sorted()`.

use serde::{Deserialize, Serialize};

use super::Vm;
use super::call::{Args, Outcome};
use super::frame::ReturnMode;
use super::iter::Step;
use super::sink::{Feed, Op, Sink};
use crate::error::{Exc, PyResult};
use crate::objects::{Iter, Object};
use crate::value::{ObjId, Value};

/// What a native task is resumed with.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub enum Resume {
    Start,
    Value(Value),
    /// The iterator it asked for is exhausted.
    Exhausted,
    Error(ObjId),
}

/// What a step of a task produced.
pub enum TaskStep {
    Done(Value),
    /// The task is an iterator step and the iterator is exhausted.
    Exhausted,
    /// A frame was pushed above the task; resume it with that frame's result.
    Wait,
    /// The task did a slice of work; the loop checks limits and resumes it with `Start`.
    Yield,
}

/// Items a task processes before it yields to the run loop (so limits are checked).
pub const ITEMS_PER_STEP: usize = 2048;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum NativeTask {
    /// Placeholder while a task is being stepped.
    Empty,
    /// Feed every item of an iterator (optionally through a key function) to a sink.
    Drain(Box<Drain>),
    /// One step of a composite iterator (enumerate/zip/map/filter/iter(f, sentinel)) whose
    /// parts run Python code.
    Next(Box<CompositeNext>),
    /// Class creation and instantiation tasks (see `classes`).
    Class(Box<super::classes::ClassTask>),
    /// Special-method dispatch for operators and builtins (see `dunder`).
    Dunder(Box<super::dunder::DunderTask>),
    /// `print`/`str`/`repr`/formatting of values whose text needs Python code (see `text`).
    Text(Box<super::text::TextTask>),
    /// Comparing containers that hold user objects (see `seqcmp`).
    SeqCompare(Box<super::seqcmp::SeqCompare>),
    /// A dict/set operation on a key with Python `__hash__`/`__eq__` (see `keys`).
    Key(Box<super::keys::KeyTask>),
    /// `enumerate`/`zip`/`map`/`filter` over iterables with a Python `__iter__`.
    IterBuild(Box<super::iterbuild::IterBuild>),
    /// `%`/`str.format`/f-string fields needing Python `__str__`/`__repr__` (see `textmemo`).
    TextRetry(Box<super::textmemo::TextRetry>),
    /// `hash()` of a tuple holding objects with a Python `__hash__` (see `keys`).
    HashTuple(Box<super::keys::HashTuple>),
    /// Attribute fetches of a `match` class pattern (see `matching`).
    MatchAttrs(Box<super::matching::MatchAttrs>),
    /// Running a Python library module's code on first import (see `modules`).
    ModuleInit(Box<super::modules::ModuleInit>),
    /// `raise SomeError` with a Python `__init__`: raise the instance once made.
    Raise(Box<super::unwind::RaiseTask>),
    /// Checking what `__int__`/`__float__`/`__index__` returned (see `convert`).
    Convert(Box<super::convert::Convert>),
    /// `seq[obj]` after `obj.__index__()` (see `convert`).
    IndexSubscript(Box<super::convert::IndexSubscript>),
}

impl NativeTask {
    pub fn for_each_ref(&self, f: &mut dyn FnMut(Value)) {
        match self {
            NativeTask::Empty => {}
            NativeTask::Drain(d) => {
                f(d.iter);
                if let Some(k) = d.key {
                    f(k);
                }
                f(d.pending);
                d.sink.for_each_ref(f);
            }
            NativeTask::Next(n) => {
                f(Value::Ref(n.it));
                n.items.iter().copied().for_each(&mut *f);
                f(n.pending);
            }
            NativeTask::Class(c) => c.for_each_ref(f),
            NativeTask::Dunder(d) => d.for_each_ref(f),
            NativeTask::Text(t) => t.for_each_ref(f),
            NativeTask::SeqCompare(s) => s.for_each_ref(f),
            NativeTask::Key(k) => k.for_each_ref(f),
            NativeTask::IterBuild(b) => b.for_each_ref(f),
            NativeTask::TextRetry(t) => t.for_each_ref(f),
            NativeTask::HashTuple(h) => h.for_each_ref(f),
            NativeTask::MatchAttrs(m) => m.for_each_ref(f),
            NativeTask::ModuleInit(_) => {}
            NativeTask::Raise(r) => r.for_each_ref(f),
            NativeTask::Convert(_) => {}
            NativeTask::IndexSubscript(s) => s.for_each_ref(f),
        }
    }

    pub fn resume(&mut self, vm: &mut Vm, input: Resume) -> PyResult<TaskStep> {
        if let Resume::Error(id) = input {
            let handled = match self {
                NativeTask::Dunder(d) => d.handles_errors(),
                NativeTask::Next(n) => n.handles_errors(vm),
                NativeTask::MatchAttrs(m) => m.handles_errors(),
                _ => false,
            };
            if !handled {
                return Err(Exc::Raised(id));
            }
        }
        match self {
            NativeTask::Empty => Err(Exc::runtime_error("empty native frame")),
            NativeTask::Drain(d) => d.resume(vm, input),
            NativeTask::Next(n) => n.resume(vm, input),
            NativeTask::Class(c) => c.resume(vm, input),
            NativeTask::Dunder(d) => d.resume(vm, input),
            NativeTask::Text(t) => t.resume(vm, input),
            NativeTask::SeqCompare(s) => s.resume(vm, input),
            NativeTask::Key(k) => k.resume(vm, input),
            NativeTask::IterBuild(b) => b.resume(vm, input),
            NativeTask::TextRetry(t) => t.resume(vm, input),
            NativeTask::HashTuple(h) => h.resume(vm, input),
            NativeTask::MatchAttrs(m) => m.resume(vm, input),
            NativeTask::ModuleInit(m) => m.resume(vm, input),
            NativeTask::Raise(r) => r.resume(vm, input),
            NativeTask::Convert(c) => c.resume(vm, input),
            NativeTask::IndexSubscript(s) => s.resume(vm, input),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Waiting {
    Nothing,
    Item,
    Key,
    /// The result of a sink operation (a special method of a user class).
    Op,
    /// The iterator, from a Python `__iter__`.
    Iter,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Drain {
    pub iter: Value,
    pub key: Option<Value>,
    pub sink: Sink,
    /// The item whose key is being computed.
    pub pending: Value,
    pub waiting: Waiting,
    /// An operation the sink asked for that has not been started yet.
    pub op: Option<Op>,
    /// The iterator is exhausted; only the sink's final operations remain.
    pub finishing: bool,
    /// `iter` is still the iterable: get its iterator first.
    pub needs_iter: bool,
}

impl Drain {
    pub fn new(iter: Value, key: Option<Value>, sink: Sink) -> Self {
        Drain {
            iter,
            key,
            sink,
            pending: Value::None,
            waiting: Waiting::Nothing,
            op: None,
            finishing: false,
            needs_iter: false,
        }
    }

    /// Drain an iterable whose iterator may come from a Python `__iter__`.
    pub fn over_iterable(iterable: Value, key: Option<Value>, sink: Sink) -> Self {
        Drain { needs_iter: true, ..Drain::new(iterable, key, sink) }
    }

    /// Continue a drain whose sink already asked for `op` (started from a synchronous loop).
    pub fn with_op(iter: Value, key: Option<Value>, sink: Sink, op: Op) -> Self {
        Drain { op: Some(op), ..Drain::new(iter, key, sink) }
    }

    /// Act on what the sink asked for: None to keep iterating, Some(step) to return.
    fn handle(&mut self, vm: &mut Vm, mut feed: Feed) -> PyResult<Option<TaskStep>> {
        loop {
            match feed {
                Feed::More if self.finishing => return Err(Exc::runtime_error("sink asked for more after the end")),
                Feed::More => return Ok(None),
                Feed::Stop(v) => return Ok(Some(TaskStep::Done(v))),
                Feed::Op(op) => match vm.start_op(op)? {
                    Some(v) => feed = self.sink.resolve(vm, v)?,
                    None => {
                        self.waiting = Waiting::Op;
                        return Ok(Some(TaskStep::Wait));
                    }
                },
            }
        }
    }

    fn finish(&mut self, vm: &mut Vm) -> PyResult<TaskStep> {
        self.finishing = true;
        let feed = self.sink.finish(vm)?;
        match self.handle(vm, feed)? {
            Some(step) => Ok(step),
            None => Err(Exc::runtime_error("sink did not finish")),
        }
    }

    fn resume(&mut self, vm: &mut Vm, input: Resume) -> PyResult<TaskStep> {
        // An item (and maybe its key) handed in from a finished frame.
        let mut ready: Option<(Value, Value)> = None;
        let mut have_item: Option<Value> = None;
        let waiting = std::mem::replace(&mut self.waiting, Waiting::Nothing);
        if let Some(op) = self.op.take()
            && let Some(step) = self.handle(vm, Feed::Op(op))?
        {
            return Ok(step);
        }
        if self.needs_iter {
            self.needs_iter = false;
            match vm.get_iter_to(self.iter, ReturnMode::Native)? {
                Outcome::Value(it) => self.iter = it,
                Outcome::Pushed => {
                    self.waiting = Waiting::Iter;
                    return Ok(TaskStep::Wait);
                }
            }
        }
        match (input, waiting) {
            (Resume::Value(it), Waiting::Iter) => self.iter = it,
            (Resume::Value(v), Waiting::Item) => have_item = Some(v),
            (Resume::Value(k), Waiting::Key) => ready = Some((self.pending, k)),
            (Resume::Value(r), Waiting::Op) => {
                let feed = self.sink.resolve(vm, r)?;
                if let Some(step) = self.handle(vm, feed)? {
                    return Ok(step);
                }
            }
            (Resume::Exhausted, _) => return self.finish(vm),
            _ => {}
        }
        let mut done_here = 0;
        loop {
            done_here += 1;
            if done_here > ITEMS_PER_STEP {
                return Ok(TaskStep::Yield);
            }
            if ready.is_none() {
                let item = match have_item.take() {
                    Some(v) => v,
                    None => match vm.iter_next(self.iter, ReturnMode::NativeIter)? {
                        Step::Item(v) => v,
                        Step::Done => return self.finish(vm),
                        Step::Pushed => {
                            self.waiting = Waiting::Item;
                            return Ok(TaskStep::Wait);
                        }
                    },
                };
                match self.key {
                    Some(key) => match vm.call_value(key, Args::positional([item]), ReturnMode::Native)? {
                        Outcome::Value(k) => ready = Some((item, k)),
                        Outcome::Pushed => {
                            self.pending = item;
                            self.waiting = Waiting::Key;
                            return Ok(TaskStep::Wait);
                        }
                    },
                    None => ready = Some((item, item)),
                }
            }
            if let Some((item, key)) = ready.take() {
                let feed = self.sink.feed(vm, item, key)?;
                if let Some(step) = self.handle(vm, feed)? {
                    return Ok(step);
                }
            }
        }
    }
}

/// One `next()` of a composite iterator whose parts need Python.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CompositeNext {
    pub it: ObjId,
    /// Items gathered so far (one per inner iterator for zip/map).
    pub items: Vec<Value>,
    /// The item being tested by a filter predicate.
    pub pending: Value,
    pub waiting: Waiting,
}

impl CompositeNext {
    pub fn new(it: ObjId) -> Self {
        CompositeNext { it, items: Vec::new(), pending: Value::None, waiting: Waiting::Nothing }
    }

    /// Iteration through `__getitem__` ends with IndexError (or StopIteration).
    fn handles_errors(&self, vm: &Vm) -> bool {
        matches!(self.state(vm), Iter::GetItem { .. })
    }

    fn state(&self, vm: &Vm) -> Iter {
        match vm.heap.get(self.it) {
            Object::Iter(i) => (**i).clone(),
            _ => Iter::Exhausted,
        }
    }

    fn exhaust(&self, vm: &mut Vm) {
        if let Object::Iter(i) = vm.heap.get_mut(self.it) {
            **i = Iter::Exhausted;
        }
    }

    fn resume(&mut self, vm: &mut Vm, input: Resume) -> PyResult<TaskStep> {
        let state = self.state(vm);
        let mut incoming = match input {
            Resume::Value(v) => Some(Ok(v)),
            Resume::Exhausted => Some(Err(())),
            _ => None,
        };
        loop {
            match &state {
                Iter::Enumerate { inner, count } => {
                    let item = match incoming.take() {
                        Some(Ok(v)) => v,
                        Some(Err(())) => return Ok(TaskStep::Exhausted),
                        None => match vm.iter_next(*inner, ReturnMode::NativeIter)? {
                            Step::Item(v) => v,
                            Step::Done => return Ok(TaskStep::Exhausted),
                            Step::Pushed => return Ok(TaskStep::Wait),
                        },
                    };
                    let count = *count;
                    if let Object::Iter(i) = vm.heap.get_mut(self.it)
                        && let Iter::Enumerate { count: c, .. } = &mut **i
                    {
                        *c += 1;
                    }
                    let cv = vm.int_from_i128(count);
                    let t = vm.new_tuple(vec![cv, item]);
                    return Ok(TaskStep::Done(t));
                }
                Iter::Zip { inners, strict } => {
                    match incoming.take() {
                        Some(Ok(v)) => self.items.push(v),
                        Some(Err(())) => return self.zip_short(vm, *strict),
                        None => {}
                    }
                    while self.items.len() < inners.len() {
                        match vm.iter_next(inners[self.items.len()], ReturnMode::NativeIter)? {
                            Step::Item(v) => self.items.push(v),
                            Step::Done => return self.zip_short(vm, *strict),
                            Step::Pushed => return Ok(TaskStep::Wait),
                        }
                    }
                    let items = std::mem::take(&mut self.items);
                    return Ok(TaskStep::Done(vm.new_tuple(items)));
                }
                Iter::Map { func, inners } => {
                    if self.waiting == Waiting::Key {
                        return match incoming.take() {
                            Some(Ok(v)) => Ok(TaskStep::Done(v)),
                            _ => Ok(TaskStep::Exhausted),
                        };
                    }
                    match incoming.take() {
                        Some(Ok(v)) => self.items.push(v),
                        Some(Err(())) => {
                            self.exhaust(vm);
                            return Ok(TaskStep::Exhausted);
                        }
                        None => {}
                    }
                    while self.items.len() < inners.len() {
                        match vm.iter_next(inners[self.items.len()], ReturnMode::NativeIter)? {
                            Step::Item(v) => self.items.push(v),
                            Step::Done => {
                                self.exhaust(vm);
                                return Ok(TaskStep::Exhausted);
                            }
                            Step::Pushed => return Ok(TaskStep::Wait),
                        }
                    }
                    let args = Args::positional(std::mem::take(&mut self.items));
                    return match vm.call_value(*func, args, ReturnMode::Native)? {
                        Outcome::Value(v) => Ok(TaskStep::Done(v)),
                        Outcome::Pushed => {
                            self.waiting = Waiting::Key;
                            Ok(TaskStep::Wait)
                        }
                    };
                }
                Iter::Filter { func, inner } => {
                    // Either a new item arrived, or the predicate's result did.
                    let (item, verdict) = match (incoming.take(), self.waiting) {
                        (Some(Ok(v)), Waiting::Key | Waiting::Op) => (self.pending, Some(v)),
                        (Some(Ok(v)), _) => (v, None),
                        (Some(Err(())), _) => return Ok(TaskStep::Exhausted),
                        (None, _) => match vm.iter_next(*inner, ReturnMode::NativeIter)? {
                            Step::Item(v) => (v, None),
                            Step::Done => return Ok(TaskStep::Exhausted),
                            Step::Pushed => {
                                self.waiting = Waiting::Item;
                                return Ok(TaskStep::Wait);
                            }
                        },
                    };
                    self.waiting = Waiting::Nothing;
                    let verdict = match verdict {
                        Some(v) => v,
                        None if func.is_none() => item,
                        None => match vm.call_value(*func, Args::positional([item]), ReturnMode::Native)? {
                            Outcome::Value(v) => v,
                            Outcome::Pushed => {
                                self.pending = item;
                                self.waiting = Waiting::Key;
                                return Ok(TaskStep::Wait);
                            }
                        },
                    };
                    let keep = if vm.is_user_instance(verdict) {
                        match vm.truthy_dunder(verdict, ReturnMode::Native)? {
                            Some(t) => t,
                            None => {
                                self.pending = item;
                                self.waiting = Waiting::Op;
                                return Ok(TaskStep::Wait);
                            }
                        }
                    } else {
                        vm.truthy_native(verdict)?
                    };
                    if keep {
                        return Ok(TaskStep::Done(item));
                    }
                }
                Iter::GetItem { obj, index } => {
                    let (obj, index) = (*obj, *index);
                    let item = match (input, incoming.take()) {
                        (Resume::Error(id), _) => {
                            if vm.is_instance_of_type(id, crate::types::TypeId::IndexError)
                                || vm.is_instance_of_type(id, crate::types::TypeId::StopIteration)
                            {
                                self.exhaust(vm);
                                return Ok(TaskStep::Exhausted);
                            }
                            return Err(Exc::Raised(id));
                        }
                        (_, Some(Ok(v))) => v,
                        _ => {
                            let Some(f) = vm.dunder(obj, "__getitem__") else { return Ok(TaskStep::Exhausted) };
                            match vm.call_value(f, Args::positional([obj, Value::Int(index)]), ReturnMode::Native)? {
                                Outcome::Value(v) => v,
                                Outcome::Pushed => return Ok(TaskStep::Wait),
                            }
                        }
                    };
                    if let Object::Iter(i) = vm.heap.get_mut(self.it)
                        && let Iter::GetItem { index: ix, .. } = &mut **i
                    {
                        *ix += 1;
                    }
                    return Ok(TaskStep::Done(item));
                }
                Iter::Callable { func, sentinel } => {
                    let v = match incoming.take() {
                        Some(Ok(v)) => v,
                        Some(Err(())) => return Ok(TaskStep::Exhausted),
                        None => match vm.call_value(*func, Args::default(), ReturnMode::Native)? {
                            Outcome::Value(v) => v,
                            Outcome::Pushed => return Ok(TaskStep::Wait),
                        },
                    };
                    if vm.eq_native(v, *sentinel)? {
                        self.exhaust(vm);
                        return Ok(TaskStep::Exhausted);
                    }
                    return Ok(TaskStep::Done(v));
                }
                _ => return Ok(TaskStep::Exhausted),
            }
        }
    }

    fn zip_short(&mut self, vm: &mut Vm, strict: bool) -> PyResult<TaskStep> {
        let at = self.items.len();
        self.items.clear();
        self.exhaust(vm);
        if strict && at > 0 {
            let msg = if at == 1 {
                "zip() argument 2 is shorter than argument 1".to_string()
            } else {
                format!("zip() argument {} is shorter than arguments 1-{at}", at + 1)
            };
            return Err(Exc::value_error(msg));
        }
        Ok(TaskStep::Exhausted)
    }
}
