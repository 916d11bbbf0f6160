//! Iteration: `iter()`, `next()`, `for` loops, generators and `yield from`.
//!
//! Builtin iterators advance natively. Generators, and composite iterators (`map`, `filter`,
//! `zip`, `enumerate`) whose parts run Python, advance by pushing frames; their item then
//! arrives through the return mode (`ForIter`, `NativeIter`, `Send`...).

use super::Vm;
use super::call::Outcome;
use super::frame::{Frame, ReturnMode};
use super::native::{CompositeNext, Drain, ITEMS_PER_STEP, NativeTask};
use super::sink::{Feed, Op, Sink};
use crate::error::{Exc, PyResult};
use crate::objects::{DictPart, GenState, Iter, Object};
use crate::types::TypeId;
use crate::value::{ObjId, Value};

/// One step of an iterator.
#[derive(Debug)]
pub enum Step {
    Item(Value),
    Done,
    /// A frame was pushed; the item (or exhaustion) is delivered through its return mode.
    Pushed,
}

/// Composite iterators nest; beyond this depth they advance through native frames instead
/// of native recursion.
const MAX_NATIVE_NESTING: u32 = 64;

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Outcome> {
        self.get_iter_to(v, ReturnMode::Push)
    }

    /// `iter(v)`; a Python `__iter__` delivers its result to `ret`.
    pub fn get_iter_to(&mut self, v: Value, ret: ReturnMode) -> PyResult<Outcome> {
        let state = match v {
            Value::Ref(id) => match self.heap.get(id) {
                Object::List(_) | Object::Tuple(_) | Object::Bytes(_) | Object::ByteArray(_) => {
                    Iter::Seq { seq: id, index: 0 }
                }
                Object::Str(_) => Iter::Str { s: id, byte_pos: 0 },
                Object::Dict(d) => Iter::Dict { dict: id, pos: 0, len_at_start: d.len(), part: DictPart::Keys },
                Object::DictView { dict, part } => {
                    let (dict, part) = (*dict, *part);
                    let len = match self.heap.get(dict) {
                        Object::Dict(d) => d.len(),
                        _ => 0,
                    };
                    Iter::Dict { dict, pos: 0, len_at_start: len, part }
                }
                Object::Set(s) | Object::FrozenSet(s) => Iter::Set { set: id, pos: 0, len_at_start: s.len() },
                Object::Range(r) => Iter::Range { next: r.start, stop: r.stop, step: r.step },
                Object::Iter(_) | Object::Generator(_) => return Ok(Outcome::Value(v)),
                Object::Instance(_) => return self.instance_iter(v, ret),
                // A class whose metaclass defines `__iter__` (enums).
                Object::Class(c) if c.metaclass.is_some() => return self.instance_iter(v, ret),
                _ => return Err(self.not_iterable(v)),
            },
            _ => return Err(self.not_iterable(v)),
        };
        Ok(Outcome::Value(self.alloc(Object::Iter(Box::new(state)))))
    }

    pub(super) fn not_iterable(&self, v: Value) -> Exc {
        Exc::type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// `ForIter` with the two hottest cases inline.
    pub(super) fn for_iter_next(&mut self, it: Value) -> PyResult<Step> {
        if let Value::Ref(id) = it
            && let Object::Iter(state) = self.heap.get_mut(id)
        {
            match &mut **state {
                Iter::Range { next, stop, step } => {
                    let cur = *next;
                    if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                        *next = cur.checked_add(*step).unwrap_or(*stop);
                        return Ok(Step::Item(match i64::try_from(cur) {
                            Ok(i) => Value::Int(i),
                            Err(_) => self.int_from_i128(cur),
                        }));
                    }
                    return Ok(Step::Done);
                }
                Iter::Seq { seq, index } => {
                    let (seq, i) = (*seq, *index);
                    if let Object::List(items) = self.heap.get(seq)
                        && let Some(v) = items.get(i).copied()
                    {
                        if let Object::Iter(state) = self.heap.get_mut(id)
                            && let Iter::Seq { index, .. } = &mut **state
                        {
                            *index = i + 1;
                        }
                        return Ok(Step::Item(v));
                    }
                }
                _ => {}
            }
        }
        self.iter_next(it, ReturnMode::ForIter)
    }

    /// Advance any iterator; when Python must run, the item is delivered to `ret`.
    pub fn iter_next(&mut self, it: Value, ret: ReturnMode) -> PyResult<Step> {
        let Value::Ref(id) = it else {
            return Err(self.not_iterator(it));
        };
        match self.heap.get(id) {
            Object::Iter(_) => {
                if self.is_native_iter(it, 0) {
                    match self.next_native(id, 0)? {
                        NativeNext::Item(v) => return Ok(Step::Item(v)),
                        NativeNext::Done => return Ok(Step::Done),
                        NativeNext::NeedsPython => {}
                    }
                }
                self.push_native(NativeTask::Next(Box::new(CompositeNext::new(id))), ret)?;
                Ok(Step::Pushed)
            }
            Object::Generator(_) => self.resume_generator(id, Value::None, ret),
            Object::Instance(_) => self.instance_next(it, ret),
            _ => Err(self.not_iterator(it)),
        }
    }

    pub(super) fn not_iterator(&self, v: Value) -> Exc {
        Exc::type_error(format!("'{}' object is not an iterator", self.type_name(v)))
    }

    /// Can this iterator advance without running Python code?
    pub fn is_native_iter(&self, it: Value, depth: u32) -> bool {
        if depth > MAX_NATIVE_NESTING {
            return false;
        }
        let Value::Ref(id) = it else { return false };
        let Object::Iter(state) = self.heap.get(id) else { return false };
        match &**state {
            Iter::Seq { .. }
            | Iter::SeqReverse { .. }
            | Iter::Str { .. }
            | Iter::Range { .. }
            | Iter::Dict { .. }
            | Iter::Set { .. }
            | Iter::Exhausted => true,
            Iter::Enumerate { inner, .. } => self.is_native_iter(*inner, depth + 1),
            // The parts of zip/map/filter must be plain sources, so that a map or filter that
            // has to defer to the slow path can put back what it took (see `next_native`).
            Iter::Zip { inners, .. } => inners.iter().all(|i| self.is_plain_iter(*i)),
            Iter::Map { func, inners } => !self.runs_python(*func) && inners.iter().all(|i| self.is_plain_iter(*i)),
            Iter::Filter { func, inner } => !self.runs_python(*func) && self.is_plain_iter(*inner),
            // Possibly infinite: advance through native frames so the loop's limits apply.
            Iter::Callable { .. } | Iter::GetItem { .. } => false,
        }
    }

    /// Iterators over a container or range, whose state is a position.
    fn is_plain_iter(&self, it: Value) -> bool {
        let Value::Ref(id) = it else { return false };
        let Object::Iter(state) = self.heap.get(id) else { return false };
        matches!(
            &**state,
            Iter::Seq { .. }
                | Iter::SeqReverse { .. }
                | Iter::Str { .. }
                | Iter::Range { .. }
                | Iter::Dict { .. }
                | Iter::Set { .. }
                | Iter::Exhausted
        )
    }

    /// Could advancing `it` natively defer to the slow path (it has a builtin map/filter)?
    fn may_defer(&self, it: Value) -> bool {
        let Value::Ref(id) = it else { return false };
        let Object::Iter(state) = self.heap.get(id) else { return false };
        match &**state {
            Iter::Map { .. } | Iter::Filter { .. } => true,
            Iter::Enumerate { inner, .. } => self.may_defer(*inner),
            _ => false,
        }
    }

    /// Advance a native iterator (see `is_native_iter`): `None` when exhausted. When a
    /// builtin `map`/`filter` function meets a user object (whose special methods it may run),
    /// nothing is consumed and `NeedsPython` says to take the slow path.
    pub fn next_native(&mut self, id: ObjId, depth: u32) -> PyResult<NativeNext> {
        Ok(match self.next_native_item(id, depth) {
            Ok(Some(v)) => NativeNext::Item(v),
            Ok(None) => NativeNext::Done,
            Err(e) if e.is_defer() => NativeNext::NeedsPython,
            Err(e) => return Err(e),
        })
    }

    fn next_native_item(&mut self, id: ObjId, depth: u32) -> PyResult<Option<Value>> {
        let state = match self.heap.get(id) {
            Object::Iter(s) => (**s).clone(),
            _ => return Ok(None),
        };
        let mut new_state = state.clone();
        let item = match &mut new_state {
            Iter::Seq { seq, index } => {
                let v = match self.heap.get(*seq) {
                    Object::List(items) | Object::Tuple(items) => items.get(*index).copied(),
                    Object::Bytes(b) | Object::ByteArray(b) => b.get(*index).map(|x| Value::Int(*x as i64)),
                    _ => None,
                };
                *index += 1;
                v
            }
            Iter::SeqReverse { seq, next } => {
                let v = match self.heap.get(*seq) {
                    Object::List(items) | Object::Tuple(items) if *next >= 0 => items.get(*next as usize).copied(),
                    _ => None,
                };
                *next -= 1;
                v
            }
            Iter::Str { s, byte_pos } => {
                let ch = match self.heap.get(*s) {
                    Object::Str(text) => text.as_str().get(*byte_pos..).and_then(|t| t.chars().next()),
                    _ => None,
                };
                match ch {
                    Some(c) => {
                        *byte_pos += c.len_utf8();
                        Some(self.char_str(c))
                    }
                    None => None,
                }
            }
            Iter::Range { next, stop, step } => {
                let cur = *next;
                if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                    *next = cur.checked_add(*step).unwrap_or(*stop);
                    Some(self.int_from_i128(cur))
                } else {
                    None
                }
            }
            Iter::Dict { dict, pos, len_at_start, part } => {
                let (d, part) = (*dict, *part);
                let Object::Dict(map) = self.heap.get(d) else { return Ok(None) };
                if map.len() != *len_at_start {
                    *len_at_start = usize::MAX;
                    self.store_iter(id, new_state);
                    return Err(Exc::runtime_error("dictionary changed size during iteration"));
                }
                let mut found = None;
                while *pos < map.capacity_positions() {
                    let at = *pos;
                    *pos += 1;
                    if let Some(e) = map.entry_at(at) {
                        found = Some((e.key, e.value));
                        break;
                    }
                }
                match (found, part) {
                    (None, _) => None,
                    (Some((k, _)), DictPart::Keys) => Some(k),
                    (Some((_, v)), DictPart::Values) => Some(v),
                    (Some((k, v)), DictPart::Items) => Some(self.new_tuple(vec![k, v])),
                }
            }
            Iter::Set { set, pos, len_at_start } => {
                let (Object::Set(s) | Object::FrozenSet(s)) = self.heap.get(*set) else { return Ok(None) };
                if s.len() != *len_at_start {
                    *len_at_start = usize::MAX;
                    self.store_iter(id, new_state);
                    return Err(Exc::runtime_error("Set changed size during iteration"));
                }
                let mut found = None;
                while *pos < s.table_len() {
                    let at = *pos;
                    *pos += 1;
                    if let Some((_, k)) = s.key_at(at) {
                        found = Some(k);
                        break;
                    }
                }
                found
            }
            Iter::Enumerate { inner, count } => match self.next_of(*inner, depth)? {
                Some(v) => {
                    let c = *count;
                    *count += 1;
                    let cv = self.int_from_i128(c);
                    Some(self.new_tuple(vec![cv, v]))
                }
                None => None,
            },
            Iter::Zip { inners, .. } if inners.is_empty() => None,
            Iter::Zip { inners, strict } => {
                let mut items = Vec::with_capacity(inners.len());
                for (i, inner) in inners.iter().enumerate() {
                    match self.next_of(*inner, depth)? {
                        Some(v) => items.push(v),
                        None => {
                            if *strict && i > 0 {
                                return Err(Exc::value_error(if i == 1 {
                                    "zip() argument 2 is shorter than argument 1".to_string()
                                } else {
                                    format!("zip() argument {} is shorter than arguments 1-{i}", i + 1)
                                }));
                            }
                            if *strict && i == 0 {
                                for (j, other) in inners.iter().enumerate().skip(1) {
                                    if self.next_of(*other, depth)?.is_some() {
                                        return Err(Exc::value_error(if j == 1 {
                                            "zip() argument 2 is longer than argument 1".to_string()
                                        } else {
                                            format!("zip() argument {} is longer than arguments 1-{j}", j + 1)
                                        }));
                                    }
                                }
                            }
                            self.store_iter(id, Iter::Exhausted);
                            return Ok(None);
                        }
                    }
                }
                Some(self.new_tuple(items))
            }
            Iter::Map { func, inners } => {
                let saved = self.iter_states(inners);
                let mut args = super::call::ArgVec::new();
                for inner in inners.iter() {
                    match self.next_of(*inner, depth)? {
                        Some(v) => args.push(v),
                        None => {
                            self.store_iter(id, Iter::Exhausted);
                            return Ok(None);
                        }
                    }
                }
                if args.iter().any(|a| self.holds_instances(*a)) {
                    self.restore_iter_states(saved);
                    return Err(Exc::Defer);
                }
                let f = *func;
                self.store_iter(id, new_state);
                return match self.call_value(f, super::call::Args { pos: args, kw: Vec::new() }, ReturnMode::Native)? {
                    Outcome::Value(v) => Ok(Some(v)),
                    Outcome::Pushed => Err(Exc::runtime_error("builtin map function ran Python code")),
                };
            }
            Iter::Filter { func, inner } => loop {
                let saved = self.iter_states(std::slice::from_ref(inner));
                match self.next_of(*inner, depth)? {
                    Some(v) if self.holds_instances(v) => {
                        self.restore_iter_states(saved);
                        return Err(Exc::Defer);
                    }
                    Some(v) => {
                        let verdict = if func.is_none() {
                            v
                        } else {
                            match self.call_value(*func, super::call::Args::positional([v]), ReturnMode::Native)? {
                                Outcome::Value(r) => r,
                                Outcome::Pushed => {
                                    return Err(Exc::runtime_error("builtin filter function ran Python code"));
                                }
                            }
                        };
                        if self.truthy_native(verdict)? {
                            break Some(v);
                        }
                    }
                    None => break None,
                }
            },
            Iter::Callable { func, sentinel } => {
                let v = match self.call_value(*func, super::call::Args::default(), ReturnMode::Native)? {
                    Outcome::Value(r) => r,
                    Outcome::Pushed => return Err(Exc::runtime_error("builtin callable ran Python code")),
                };
                if self.eq_native(v, *sentinel)? {
                    self.store_iter(id, Iter::Exhausted);
                    return Ok(None);
                }
                Some(v)
            }
            Iter::GetItem { .. } | Iter::Exhausted => None,
        };
        // Exhausted iterators stay exhausted (and drop what they referred to).
        self.store_iter(id, if item.is_some() { new_state } else { Iter::Exhausted });
        Ok(item)
    }

    fn next_of(&mut self, inner: Value, depth: u32) -> PyResult<Option<Value>> {
        match inner {
            Value::Ref(id) => self.next_native_item(id, depth + 1),
            _ => Ok(None),
        }
    }

    /// Copies of iterator states, to undo consuming items.
    fn iter_states(&self, iters: &[Value]) -> Vec<(ObjId, Iter)> {
        iters
            .iter()
            .filter_map(|it| match it {
                Value::Ref(id) => match self.heap.get(*id) {
                    Object::Iter(s) => Some((*id, (**s).clone())),
                    _ => None,
                },
                _ => None,
            })
            .collect()
    }

    /// Copies of the states of `it` and the iterators inside it.
    fn iter_tree_states(&self, it: Value) -> Vec<(ObjId, Iter)> {
        let mut out = self.iter_states(&[it]);
        let mut i = 0;
        while i < out.len() && out.len() < 64 {
            let inner: Vec<Value> = match &out[i].1 {
                Iter::Enumerate { inner, .. } | Iter::Filter { inner, .. } => vec![*inner],
                Iter::Zip { inners, .. } | Iter::Map { inners, .. } => inners.clone(),
                _ => Vec::new(),
            };
            out.extend(self.iter_states(&inner));
            i += 1;
        }
        out
    }

    fn restore_iter_states(&mut self, saved: Vec<(ObjId, Iter)>) {
        for (id, state) in saved {
            self.store_iter(id, state);
        }
    }

    fn store_iter(&mut self, id: ObjId, state: Iter) {
        if let Object::Iter(s) = self.heap.get_mut(id) {
            **s = state;
        }
    }

    /// A one-character string (ASCII ones are cached).
    pub fn char_str(&mut self, c: char) -> Value {
        if c.is_ascii() {
            let i = c as usize;
            if self.char_cache.len() < 128 {
                self.char_cache.resize(128, Value::Undefined);
            }
            if self.char_cache[i].is_undefined() {
                self.char_cache[i] = self.new_str(c.to_string());
            }
            return self.char_cache[i];
        }
        self.new_str(c.to_string())
    }

    /// Resume a generator; its next item is delivered to `ret`.
    pub fn resume_generator(&mut self, gen_id: ObjId, sent: Value, ret: ReturnMode) -> PyResult<Step> {
        let Object::Generator(g) = self.heap.get_mut(gen_id) else {
            return Err(Exc::type_error("not a generator"));
        };
        match g.state {
            GenState::Running => return Err(Exc::value_error("generator already executing")),
            GenState::Finished => return Ok(Step::Done),
            GenState::Created if !sent.is_none() => {
                return Err(Exc::type_error("can't send non-None value to a just-started generator"));
            }
            _ => {}
        }
        let was_created = g.state == GenState::Created;
        g.state = GenState::Running;
        let mut frame = g.frame.clone();
        let saved = std::mem::take(&mut g.stack);
        if self.depth >= self.limits.max_recursion_depth {
            if let Object::Generator(g) = self.heap.get_mut(gen_id) {
                g.stack = saved;
                g.state = if was_created { GenState::Created } else { GenState::Suspended };
            }
            return Err(Exc::recursion());
        }
        let base = self.stack.len();
        frame.base = base as u32;
        frame.ret_base = base as u32;
        frame.ret = ret;
        frame.generator = Some(gen_id);
        self.stack.extend(saved);
        if !was_created {
            self.stack.push(sent);
        }
        self.frames.push(Frame::Py(frame));
        self.depth += 1;
        if self.depth > self.usage.max_depth {
            self.usage.max_depth = self.depth;
        }
        Ok(Step::Pushed)
    }

    /// `YieldValue`: suspend the running generator frame and deliver the value.
    pub(super) fn yield_from_frame(&mut self, v: Value) -> PyResult<()> {
        let Some(Frame::Py(mut f)) = self.frames.pop() else {
            return Err(Exc::new(TypeId::SystemError, "yield outside a frame"));
        };
        self.depth = self.depth.saturating_sub(1);
        let Some(gid) = f.generator.take() else {
            return Err(Exc::new(TypeId::SystemError, "yield outside a generator"));
        };
        let saved = self.stack.split_off((f.base as usize).min(self.stack.len()));
        self.stack.truncate(f.ret_base as usize);
        let ret = f.ret;
        if let Object::Generator(g) = self.heap.get_mut(gid) {
            g.frame = f;
            g.stack = saved;
            g.state = GenState::Suspended;
        }
        self.deliver(ret, v);
        Ok(())
    }

    /// `GetYieldFromIter`.
    pub(super) fn get_yield_from_iter(&mut self, v: Value) -> PyResult<Outcome> {
        if let Value::Ref(id) = v
            && let Object::Generator(_) = self.heap.get(id)
        {
            return Ok(Outcome::Value(v));
        }
        self.get_iter(v)
    }

    /// `Send`: `[it] -> [it item]` while it yields, `[result]` when it returns.
    pub(super) fn send(&mut self, it: Value, sent: Value) -> PyResult<Step> {
        if let Value::Ref(id) = it
            && let Object::Awaiting { future, yielded } = self.heap.get_mut(id)
        {
            // First step: hand the future to the event loop; next: the loop sends its result.
            if !*yielded {
                *yielded = true;
                return Ok(Step::Item(*future));
            }
            self.stack.pop();
            self.stack.push(sent);
            return Ok(Step::Done);
        }
        if let Value::Ref(id) = it
            && let Object::Generator(_) = self.heap.get(id)
        {
            let step = self.resume_generator(id, sent, ReturnMode::Send)?;
            if let Step::Done = step {
                self.stack.pop();
                self.stack.push(Value::None);
            }
            return Ok(step);
        }
        if !sent.is_none() {
            return Err(Exc::attribute_error(format!("'{}' object has no attribute 'send'", self.type_name(it))));
        }
        let step = self.iter_next(it, ReturnMode::Send)?;
        if let Step::Done = step {
            self.stack.pop();
            self.stack.push(Value::None);
        }
        Ok(step)
    }

    /// The items of a container, without running Python (None for iterators and others).
    pub fn container_items(&mut self, v: Value) -> PyResult<Option<Vec<Value>>> {
        let Value::Ref(id) = v else { return Ok(None) };
        let items = match self.heap.get(id) {
            Object::List(items) | Object::Tuple(items) => items.clone(),
            Object::Bytes(b) | Object::ByteArray(b) => b.iter().map(|x| Value::Int(*x as i64)).collect(),
            Object::Str(s) => {
                let chars: Vec<char> = s.as_str().chars().collect();
                self.reserve(chars.len() * 16)?;
                return Ok(Some(chars.into_iter().map(|c| self.char_str(c)).collect()));
            }
            Object::Range(r) => {
                let r = *r;
                let n = usize::try_from(r.len()).unwrap_or(usize::MAX);
                self.reserve(n.saturating_mul(16))?;
                (0..n as i128).map(|i| self.int_from_i128(r.get(i))).collect()
            }
            Object::Dict(d) => d.keys().collect(),
            Object::DictView { dict, part } => {
                let (dict, part) = (*dict, *part);
                let Object::Dict(d) = self.heap.get(dict) else { return Ok(Some(Vec::new())) };
                let entries: Vec<(Value, Value)> = d.iter_entries().map(|e| (e.key, e.value)).collect();
                match part {
                    DictPart::Keys => entries.into_iter().map(|(k, _)| k).collect(),
                    DictPart::Values => entries.into_iter().map(|(_, v)| v).collect(),
                    DictPart::Items => entries.into_iter().map(|(k, v)| self.new_tuple(vec![k, v])).collect(),
                }
            }
            Object::Set(s) | Object::FrozenSet(s) => s.iter().collect(),
            _ => return Ok(None),
        };
        Ok(Some(items))
    }

    /// All items of an iterable when that needs no Python code (containers and native
    /// iterators); None otherwise.
    pub fn collect_native(&mut self, v: Value) -> PyResult<Option<Vec<Value>>> {
        if let Some(items) = self.container_items(v)? {
            return Ok(Some(items));
        }
        let Value::Ref(id) = v else { return Ok(None) };
        if !matches!(self.heap.get(id), Object::Iter(_)) || !self.is_native_iter(v, 0) || self.may_defer(v) {
            return Ok(None);
        }
        let mut out = Vec::new();
        while let Some(item) = self.next_native_item(id, 0)? {
            out.push(item);
            if out.len() % 4096 == 0 {
                self.reserve(out.len() * 16)?;
            }
        }
        Ok(Some(out))
    }

    /// Feed every item of `iterable` (through `key`, if given) to `sink`. Runs at once
    /// when no Python code is involved, else through a `Drain` native frame.
    pub fn run_sink(
        &mut self,
        iterable: Value,
        key: Option<Value>,
        mut sink: Sink,
        ret: ReturnMode,
    ) -> PyResult<Outcome> {
        let key_runs_python = key.is_some_and(|k| self.runs_python(k));
        if !key_runs_python
            && !self.is_big_range(iterable)
            && let Some(items) = self.container_items(iterable)?
        {
            for (n, item) in items.iter().copied().enumerate() {
                if key.is_some() && self.holds_instances(item) {
                    // A builtin key function may run the item's special methods.
                    let rest = self.new_list(items[n..].to_vec());
                    return self.drain_rest(rest, key, sink, None, ret);
                }
                let k = match key {
                    Some(kf) => self.call_sync(kf, item)?,
                    None => item,
                };
                match self.feed_sync(&mut sink, item, k)? {
                    SyncFeed::More => {}
                    SyncFeed::Done(r) => return Ok(Outcome::Value(r)),
                    SyncFeed::NeedsPython(op) => {
                        // Continue over the remaining items in a native frame.
                        let rest = self.new_list(items[n + 1..].to_vec());
                        return self.drain_rest(rest, key, sink, Some(op), ret);
                    }
                }
            }
            return self.finish_sync(sink, Value::None, key, ret);
        }
        if self.is_user_instance(iterable) {
            // Its `__iter__` may be Python code: the native frame asks for the iterator.
            return self.push_native(NativeTask::Drain(Box::new(Drain::over_iterable(iterable, key, sink))), ret);
        }
        let it = match self.get_iter(iterable)? {
            Outcome::Value(it) => it,
            Outcome::Pushed => return Err(Exc::runtime_error("iterating this object needs Python code here")),
        };
        if !key_runs_python && self.is_native_iter(it, 0) {
            let Value::Ref(id) = it else { return self.finish_sync(sink, it, key, ret) };
            let mut fed = 0;
            while fed < ITEMS_PER_STEP {
                let before = self.iter_tree_states(it);
                let item = match self.next_native(id, 0)? {
                    NativeNext::Item(v) => v,
                    NativeNext::Done => return self.finish_sync(sink, it, key, ret),
                    NativeNext::NeedsPython => break,
                };
                fed += 1;
                if key.is_some() && self.holds_instances(item) {
                    // Put the item back for the native frame, whose key call may run Python.
                    self.restore_iter_states(before);
                    break;
                }
                let k = match key {
                    Some(kf) => self.call_sync(kf, item)?,
                    None => item,
                };
                match self.feed_sync(&mut sink, item, k)? {
                    SyncFeed::More => {}
                    SyncFeed::Done(r) => return Ok(Outcome::Value(r)),
                    SyncFeed::NeedsPython(op) => return self.drain_rest(it, key, sink, Some(op), ret),
                }
            }
            // Long iterations continue in a native frame, so the run loop checks limits.
        }
        self.drain_rest(it, key, sink, None, ret)
    }

    /// Continue feeding `sink` from iterator (or list) `rest` in a native frame, starting
    /// with operation `op` if the sink asked for one.
    fn drain_rest(
        &mut self,
        rest: Value,
        key: Option<Value>,
        sink: Sink,
        op: Option<Op>,
        ret: ReturnMode,
    ) -> PyResult<Outcome> {
        let it = match self.get_iter(rest)? {
            Outcome::Value(it) => it,
            Outcome::Pushed => return Err(Exc::runtime_error("iterator creation ran Python code")),
        };
        let drain = match op {
            Some(op) => Drain::with_op(it, key, sink, op),
            None => Drain::new(it, key, sink),
        };
        self.push_native(NativeTask::Drain(Box::new(drain)), ret)
    }

    /// Whether a sink operation would run a special method of a user class.
    fn op_runs_python(&self, op: Op) -> bool {
        match op {
            Op::Binary(_, a, b) => self.involves_instances(a, b),
            Op::Compare(_, a, b) => self.compare_runs_python(a, b),
            Op::Repr(v) => self.needs_python_text(v, 0),
            Op::Truth(v) => self.is_user_instance(v),
            Op::Key(..) => true,
        }
    }

    /// Feed a sink outside a native frame, computing the operations it asks for when they
    /// need no Python code.
    fn feed_sync(&mut self, sink: &mut Sink, item: Value, key: Value) -> PyResult<SyncFeed> {
        let feed = sink.feed(self, item, key)?;
        self.settle_sync(sink, feed)
    }

    fn settle_sync(&mut self, sink: &mut Sink, mut feed: Feed) -> PyResult<SyncFeed> {
        loop {
            match feed {
                Feed::More => return Ok(SyncFeed::More),
                Feed::Stop(v) => return Ok(SyncFeed::Done(v)),
                Feed::Op(op) if self.op_runs_python(op) => return Ok(SyncFeed::NeedsPython(op)),
                Feed::Op(op) => match self.start_op(op)? {
                    Some(v) => feed = sink.resolve(self, v)?,
                    None => return Err(Exc::runtime_error("sink operation ran Python code")),
                },
            }
        }
    }

    /// Finish a sink after its iterator `it` is exhausted (sorting user objects continues in
    /// a native frame).
    fn finish_sync(&mut self, mut sink: Sink, it: Value, key: Option<Value>, ret: ReturnMode) -> PyResult<Outcome> {
        let feed = sink.finish(self)?;
        match self.settle_sync(&mut sink, feed)? {
            SyncFeed::Done(v) => Ok(Outcome::Value(v)),
            SyncFeed::More => Err(Exc::runtime_error("sink did not finish")),
            SyncFeed::NeedsPython(op) => {
                let mut drain = Drain::with_op(it, key, sink, op);
                drain.finishing = true;
                self.push_native(NativeTask::Drain(Box::new(drain)), ret)
            }
        }
    }

    fn is_big_range(&self, v: Value) -> bool {
        matches!(v, Value::Ref(id) if matches!(self.heap.get(id), Object::Range(r) if r.len() > ITEMS_PER_STEP as i128))
    }

    /// Call a builtin callable with one argument and get its result now.
    fn call_sync(&mut self, f: Value, arg: Value) -> PyResult<Value> {
        match self.call_value(f, super::call::Args::positional([arg]), ReturnMode::Native)? {
            Outcome::Value(v) => Ok(v),
            Outcome::Pushed => Err(Exc::runtime_error("builtin key function ran Python code")),
        }
    }
}

/// What a synchronous sink loop does next.
enum SyncFeed {
    More,
    Done(Value),
    /// Continue in a `Drain` native frame, starting with this operation.
    NeedsPython(Op),
}

/// One step of a native iterator.
pub enum NativeNext {
    Item(Value),
    Done,
    /// A builtin function of `map`/`filter` met a user object: use the slow path.
    NeedsPython,
}
