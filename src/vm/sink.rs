//! Consumers of iterated items for builtins such as `list()`, `sum()`, `min()`, `sorted()`,
//! `str.join()`: fed one item (and its key) at a time, either synchronously for native
//! iterables or from a resumable `Drain` task when items come from Python code.

use serde::{Deserialize, Serialize};

use super::Vm;
use super::call::{Args, Outcome};
use super::frame::ReturnMode;
use super::keys::KeyAction;
use crate::builtins::Builtin;
use crate::bytecode::{BinOp, CmpOp};
use crate::error::{Exc, PyResult};
use crate::objects::Object;
use crate::types::TypeId;
use crate::value::{ObjId, Value};

/// What a sink asks for after taking an item (or a result).
pub enum Feed {
    More,
    Stop(Value),
    /// Compute this (possibly in Python) and hand the result to `Sink::resolve`.
    Op(Op),
}

/// An operation a sink needs that may run special methods of user classes.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub enum Op {
    Binary(BinOp, Value, Value),
    Compare(CmpOp, Value, Value),
    /// `repr(value)`, for an error message.
    Repr(Value),
    /// `bool(value)`.
    Truth(Value),
    /// A dict/set operation on a key with Python hashing.
    Key(ObjId, Value, KeyAction),
}

/// What `Sink::Find` does with a match.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub enum FindGoal {
    /// `seq.index(x)`; `list` chooses the error message.
    Index {
        list: bool,
    },
    Count(i64),
    /// `list.remove(x)` on this list.
    Remove(ObjId),
    /// `list.index` found nothing and waits for the repr of `x` for its error.
    NotFound,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Sink {
    List(Vec<Value>),
    Tuple(Vec<Value>),
    /// Add to an existing set (also used for frozenset construction and `set.update`).
    SetInto(ObjId),
    /// `dict(pairs)` / `dict.update(pairs)`: each item is a key/value pair.
    DictPairs {
        dict: ObjId,
        index: usize,
    },
    /// `list.extend(iterable)`.
    ExtendList(ObjId),
    Sum(Value),
    Any,
    All,
    MinMax {
        is_max: bool,
        best: Option<(Value, Value)>,
        default: Option<Value>,
        /// The item and key being compared with the best so far.
        pending: Option<(Value, Value)>,
    },
    /// Items and their sort keys; `merge` while sorting with Python comparisons.
    Sorted {
        pairs: Vec<(Value, Value)>,
        reverse: bool,
        into: Option<ObjId>,
        merge: Option<Box<MergeSort>>,
    },
    Join {
        sep: Value,
        parts: Vec<Value>,
    },
    /// `next(it, default)`.
    First {
        default: Option<Value>,
    },
    /// `x in iterator`.
    Contains {
        item: Value,
        invert: bool,
    },
    /// Star-unpacking into the stack: `before` values, then (if `after` is set) a list of the
    /// middle and `after` values.
    Unpack {
        before: usize,
        after: Option<usize>,
        items: Vec<Value>,
    },
    /// `seq.index(x)`, `seq.count(x)`, `list.remove(x)`: items compared with `==`, item first
    /// (only positions in `start..stop` count).
    Find {
        wanted: Value,
        pos: usize,
        start: usize,
        stop: usize,
        goal: FindGoal,
    },
    /// Set intersection/difference with Python equality: items of the source go into
    /// `result` when their presence in `other` is `keep_present`.
    SetFilter {
        other: ObjId,
        result: ObjId,
        keep_present: bool,
        /// The item whose membership is being asked.
        pending: Option<Value>,
    },
    /// bytes(iterable of ints), or bytearray when `array`.
    Bytes {
        data: Vec<u8>,
        array: bool,
    },
    /// A library function over an iterable (`math.fsum(x for x in xs)`): collect the items,
    /// then call `function` again with a list of them in place of the iterable (`args[0]`).
    Reinvoke {
        function: Builtin,
        args: Vec<Value>,
        kw: Vec<(Value, Value)>,
        items: Vec<Value>,
    },
    /// `sep.join(iterable)` for bytes and bytearray separators: the parts, joined at the end.
    BytesJoin {
        sep: Value,
        items: Vec<Value>,
    },
}

impl Sink {
    pub fn for_each_ref(&self, f: &mut dyn FnMut(Value)) {
        match self {
            Sink::List(v) | Sink::Tuple(v) => v.iter().copied().for_each(f),
            Sink::SetInto(id) | Sink::ExtendList(id) => f(Value::Ref(*id)),
            Sink::DictPairs { dict, .. } => f(Value::Ref(*dict)),
            Sink::Sum(v) => f(*v),
            Sink::Any | Sink::All | Sink::Bytes { .. } => {}
            Sink::MinMax { best, default, pending, .. } => {
                for (a, b) in best.iter().chain(pending.iter()) {
                    f(*a);
                    f(*b);
                }
                if let Some(d) = default {
                    f(*d);
                }
            }
            Sink::Sorted { pairs, into, merge, .. } => {
                for (a, b) in pairs {
                    f(*a);
                    f(*b);
                }
                if let Some(id) = into {
                    f(Value::Ref(*id));
                }
                if let Some(m) = merge {
                    for (a, b) in m.src.iter().chain(m.dst.iter()) {
                        f(*a);
                        f(*b);
                    }
                }
            }
            Sink::Join { sep, parts } => {
                f(*sep);
                parts.iter().copied().for_each(f);
            }
            Sink::First { default } => {
                if let Some(d) = default {
                    f(*d);
                }
            }
            Sink::Contains { item, .. } => f(*item),
            Sink::SetFilter { other, result, pending, .. } => {
                f(Value::Ref(*other));
                f(Value::Ref(*result));
                if let Some(p) = pending {
                    f(*p);
                }
            }
            Sink::Find { wanted, goal, .. } => {
                f(*wanted);
                if let FindGoal::Remove(id) = goal {
                    f(Value::Ref(*id));
                }
            }
            Sink::Unpack { items, .. } => items.iter().copied().for_each(f),
            Sink::BytesJoin { sep, items } => {
                f(*sep);
                items.iter().copied().for_each(f);
            }
            Sink::Reinvoke { args, kw, items, .. } => args
                .iter()
                .copied()
                .chain(kw.iter().flat_map(|(k, v)| [*k, *v]))
                .chain(items.iter().copied())
                .for_each(f),
        }
    }

    /// Take one item.
    pub fn feed(&mut self, vm: &mut Vm, item: Value, key: Value) -> PyResult<Feed> {
        match self {
            Sink::List(v) | Sink::Tuple(v) | Sink::Reinvoke { items: v, .. } | Sink::BytesJoin { items: v, .. } => {
                v.push(item);
                check_growth(vm, v.len(), 16)?;
            }
            Sink::SetInto(id) if vm.needs_python_key(item) => return Ok(Feed::Op(Op::Key(*id, item, KeyAction::Add))),
            Sink::SetInto(id) => vm.set_add(Value::Ref(*id), item)?,
            Sink::DictPairs { dict, index } => {
                let pair: Vec<Value> = match vm.collect_native(item)? {
                    Some(p) => p,
                    None => {
                        return Err(Exc::type_error(format!(
                            "cannot convert dictionary update sequence element #{index} to a sequence"
                        )));
                    }
                };
                if pair.len() != 2 {
                    return Err(Exc::value_error(format!(
                        "dictionary update sequence element #{index} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                *index += 1;
                if vm.needs_python_key(pair[0]) {
                    return Ok(Feed::Op(Op::Key(*dict, pair[0], KeyAction::Set(pair[1]))));
                }
                vm.dict_set(Value::Ref(*dict), pair[0], pair[1])?;
            }
            Sink::ExtendList(id) => vm.list_append(Value::Ref(*id), item),
            Sink::Sum(acc) => {
                if vm.involves_instances(*acc, item) {
                    return Ok(Feed::Op(Op::Binary(BinOp::Add, *acc, item)));
                }
                *acc = vm.add_values(*acc, item)?;
            }
            Sink::Any | Sink::All if vm.is_user_instance(key) => return Ok(Feed::Op(Op::Truth(key))),
            Sink::Any | Sink::All => return self.resolve(vm, key),
            Sink::MinMax { is_max, best, pending, .. } => match best {
                None => *best = Some((item, key)),
                Some((_, best_key)) => {
                    let op = if *is_max { CmpOp::Gt } else { CmpOp::Lt };
                    *pending = Some((item, key));
                    return Ok(Feed::Op(Op::Compare(op, key, *best_key)));
                }
            },
            Sink::Sorted { pairs, .. } => {
                pairs.push((item, key));
                check_growth(vm, pairs.len(), 32)?;
            }
            Sink::Join { parts, .. } => {
                if vm.as_str(item).is_none() {
                    return Err(Exc::type_error(format!(
                        "sequence item {}: expected str instance, {} found",
                        parts.len(),
                        vm.type_name(item)
                    )));
                }
                parts.push(item);
                check_growth(vm, parts.len(), 16)?;
            }
            Sink::First { .. } => return Ok(Feed::Stop(item)),
            Sink::Contains { item: wanted, invert } => {
                if item.is(*wanted) {
                    return Ok(Feed::Stop(Value::Bool(!*invert)));
                }
                return Ok(Feed::Op(Op::Compare(CmpOp::Eq, item, *wanted)));
            }
            Sink::SetFilter { other, pending, .. } => {
                *pending = Some(item);
                return Ok(Feed::Op(Op::Key(*other, item, KeyAction::Contains { invert: false })));
            }
            Sink::Find { wanted, pos, start, stop, .. } => {
                let at = *pos;
                *pos += 1;
                if at >= *stop {
                    return self.finish(vm);
                }
                if at >= *start {
                    if item.is(*wanted) {
                        return self.found(vm);
                    }
                    return Ok(Feed::Op(Op::Compare(CmpOp::Eq, item, *wanted)));
                }
            }
            Sink::Unpack { before, after, items } => {
                items.push(item);
                if after.is_none() && items.len() > *before {
                    return Err(Exc::value_error(format!("too many values to unpack (expected {before})")));
                }
            }
            Sink::Bytes { data: b, .. } => match item {
                Value::Int(i) if (0..256).contains(&i) => {
                    b.push(i as u8);
                    check_growth(vm, b.len(), 1)?;
                }
                Value::Int(_) => return Err(Exc::value_error("bytes must be in range(0, 256)")),
                Value::Bool(x) => b.push(x as u8),
                other => {
                    return Err(Exc::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(other)
                    )));
                }
            },
        }
        Ok(Feed::More)
    }

    /// Continue after an `Op` this sink asked for.
    pub fn resolve(&mut self, vm: &mut Vm, result: Value) -> PyResult<Feed> {
        match self {
            Sink::Sum(acc) => *acc = result,
            Sink::MinMax { best, pending, .. } if vm.truthy_native(result)? => {
                *best = pending.take();
            }
            Sink::Contains { invert, .. } if vm.truthy_native(result)? => {
                return Ok(Feed::Stop(Value::Bool(!*invert)));
            }
            Sink::Any if vm.truthy_native(result)? => {
                return Ok(Feed::Stop(Value::Bool(true)));
            }
            Sink::All if !vm.truthy_native(result)? => {
                return Ok(Feed::Stop(Value::Bool(false)));
            }
            Sink::SetFilter { result: set, keep_present, pending, .. } => {
                // First the membership answer, then (when kept) the insertion's.
                if let Some(item) = pending.take()
                    && vm.truthy_native(result)? == *keep_present
                {
                    return Ok(Feed::Op(Op::Key(*set, item, KeyAction::Add)));
                }
            }
            Sink::Find { goal: FindGoal::NotFound, .. } => {
                let text = vm.as_str(result).unwrap_or("?");
                return Err(Exc::value_error(format!("{text} is not in list")));
            }
            Sink::Find { .. } if vm.truthy_native(result)? => {
                return self.found(vm);
            }
            Sink::Sorted { merge: Some(_), .. } => {
                let take_right = vm.truthy_native(result)?;
                return self.merge_step(vm, Some(take_right));
            }
            _ => {}
        }
        Ok(Feed::More)
    }

    /// The item at `pos - 1` matched.
    fn found(&mut self, vm: &mut Vm) -> PyResult<Feed> {
        let Sink::Find { pos, goal, .. } = self else { return Ok(Feed::More) };
        let at = *pos - 1;
        match goal {
            FindGoal::Index { .. } => return Ok(Feed::Stop(Value::Int(at as i64))),
            FindGoal::Count(n) => *n += 1,
            FindGoal::Remove(list) => {
                if let Object::List(items) = vm.heap.get_mut(*list)
                    && at < items.len()
                {
                    items.remove(at);
                }
                return Ok(Feed::Stop(Value::None));
            }
            FindGoal::NotFound => {}
        }
        Ok(Feed::More)
    }

    fn merge_step(&mut self, vm: &mut Vm, answer: Option<bool>) -> PyResult<Feed> {
        let Sink::Sorted { merge: Some(m), .. } = self else { return Ok(Feed::More) };
        match m.step(vm, answer)? {
            Some(op) => Ok(Feed::Op(op)),
            None => {
                let pairs = std::mem::take(&mut m.src);
                self.finish_sorted(vm, pairs).map(Feed::Stop)
            }
        }
    }

    fn finish_sorted(&mut self, vm: &mut Vm, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        let Sink::Sorted { into, .. } = self else { return Ok(Value::None) };
        let items: Vec<Value> = pairs.into_iter().map(|(item, _)| item).collect();
        Ok(match into {
            Some(id) => {
                if let Object::List(l) = vm.heap.get_mut(*id) {
                    *l = items;
                }
                Value::None
            }
            None => vm.new_list(items),
        })
    }

    /// The iterator is exhausted: produce the result (sorting user objects may still need
    /// comparisons run as Python code).
    pub fn finish(&mut self, vm: &mut Vm) -> PyResult<Feed> {
        if let Sink::Find { wanted, goal, .. } = self {
            match goal {
                FindGoal::Index { list: true } => {
                    *goal = FindGoal::NotFound;
                    return Ok(Feed::Op(Op::Repr(*wanted)));
                }
                FindGoal::Index { list: false } => return Err(Exc::value_error("tuple.index(x): x not in tuple")),
                FindGoal::Remove(_) => return Err(Exc::value_error("list.remove(x): x not in list")),
                FindGoal::Count(n) => return Ok(Feed::Stop(Value::Int(*n))),
                FindGoal::NotFound => {}
            }
        }
        if let Sink::Sorted { pairs, reverse, merge, .. } = self
            && pairs.iter().any(|(_, k)| vm.holds_instances(*k))
        {
            *merge = Some(Box::new(MergeSort::new(std::mem::take(pairs), *reverse)));
            return self.merge_step(vm, None);
        }
        self.finish_value(vm).map(Feed::Stop)
    }

    fn finish_value(&mut self, vm: &mut Vm) -> PyResult<Value> {
        Ok(match self {
            Sink::List(v) => {
                let v = std::mem::take(v);
                vm.new_list(v)
            }
            Sink::Tuple(v) => {
                let v = std::mem::take(v);
                vm.new_tuple(v)
            }
            Sink::Reinvoke { function, args, kw, items } => {
                let list = vm.new_list(std::mem::take(items));
                let mut args = Args { pos: std::mem::take(args).into_iter().collect(), kw: std::mem::take(kw) };
                if let Some(first) = args.pos.first_mut() {
                    *first = list;
                }
                crate::stdlib::call_with_items(vm, *function, args)?
            }
            Sink::BytesJoin { sep, items } => {
                let items = std::mem::take(items);
                crate::methods::bytes::join(vm, *sep, &items)?
            }
            Sink::SetInto(id) | Sink::ExtendList(id) => Value::Ref(*id),
            Sink::DictPairs { dict, .. } => Value::Ref(*dict),
            Sink::Sum(acc) => *acc,
            Sink::Any => Value::Bool(false),
            Sink::All => Value::Bool(true),
            Sink::MinMax { is_max, best, default, .. } => match (best, default) {
                (Some((item, _)), _) => *item,
                (None, Some(d)) => *d,
                (None, None) => {
                    let name = if *is_max { "max" } else { "min" };
                    return Err(Exc::value_error(format!("{name}() arg is an empty sequence")));
                }
            },
            Sink::Sorted { pairs, reverse, .. } => {
                let mut pairs = std::mem::take(pairs);
                vm.sort_pairs(&mut pairs, *reverse)?;
                return self.finish_sorted(vm, pairs);
            }
            Sink::Join { sep, parts } => {
                let parts = std::mem::take(parts);
                vm.join_strings(*sep, &parts)?
            }
            Sink::First { default } => match default {
                Some(d) => *d,
                None => return Err(Exc::bare(TypeId::StopIteration)),
            },
            Sink::Contains { invert, .. } => Value::Bool(*invert),
            Sink::Find { .. } => Value::None,
            Sink::SetFilter { result, .. } => Value::Ref(*result),
            Sink::Unpack { before, after, items } => {
                let items = std::mem::take(items);
                vm.push_unpacked(items, *before, *after)?;
                Value::None
            }
            Sink::Bytes { data, array } => {
                let b = std::mem::take(data);
                if *array { vm.alloc(Object::ByteArray(b)) } else { vm.new_bytes(b) }
            }
        })
    }
}

/// A bottom-up, stable merge sort that can pause for each comparison (for keys whose `<` is
/// Python code).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MergeSort {
    src: Vec<(Value, Value)>,
    dst: Vec<(Value, Value)>,
    reverse: bool,
    width: usize,
    lo: usize,
    i: usize,
    j: usize,
    k: usize,
}

impl MergeSort {
    fn new(pairs: Vec<(Value, Value)>, reverse: bool) -> Self {
        let dst = pairs.clone();
        let width = 1;
        MergeSort { src: pairs, dst, reverse, width, lo: 0, i: 0, j: width, k: 0 }
    }

    /// Advance; `answer` is whether the right element goes first in the pending comparison.
    /// Returns the next comparison needed, or None when `src` is sorted.
    fn step(&mut self, vm: &mut Vm, mut answer: Option<bool>) -> PyResult<Option<Op>> {
        let n = self.src.len();
        loop {
            if self.width >= n {
                return Ok(None);
            }
            let mid = (self.lo + self.width).min(n);
            let hi = (self.lo + 2 * self.width).min(n);
            if let Some(take_right) = answer.take() {
                if take_right {
                    self.dst[self.k] = self.src[self.j];
                    self.j += 1;
                } else {
                    self.dst[self.k] = self.src[self.i];
                    self.i += 1;
                }
                self.k += 1;
            }
            if self.i < mid && self.j < hi {
                // Stable: the right element goes first only when strictly smaller (larger when
                // reversed).
                let (l, r) = (self.src[self.i].1, self.src[self.j].1);
                let (x, y) = if self.reverse { (l, r) } else { (r, l) };
                if !vm.compare_runs_python(x, y) {
                    answer = Some(vm.compare_bool(CmpOp::Lt, x, y)?);
                    continue;
                }
                return Ok(Some(Op::Compare(CmpOp::Lt, x, y)));
            }
            while self.i < mid {
                self.dst[self.k] = self.src[self.i];
                self.i += 1;
                self.k += 1;
            }
            while self.j < hi {
                self.dst[self.k] = self.src[self.j];
                self.j += 1;
                self.k += 1;
            }
            self.lo = hi;
            if self.lo >= n {
                std::mem::swap(&mut self.src, &mut self.dst);
                self.width *= 2;
                self.lo = 0;
            }
            self.i = self.lo;
            self.j = (self.lo + self.width).min(n);
            self.k = self.lo;
        }
    }
}

impl Vm {
    /// Run a sink operation: Some(result) when computed now, None when a special method's
    /// frame was pushed (its result goes to the native frame below, `ReturnMode::Native`).
    pub fn start_op(&mut self, op: Op) -> PyResult<Option<Value>> {
        match op {
            Op::Binary(bop, a, b) => {
                if self.involves_instances(a, b) {
                    return match self.binary_dunder(bop, a, b, false, ReturnMode::Native)? {
                        Outcome::Value(v) => Ok(Some(v)),
                        Outcome::Pushed => Ok(None),
                    };
                }
                match self.binary_value(bop, a, b)? {
                    Some(v) => Ok(Some(v)),
                    None => Err(self.unsupported(bop, a, b, false)),
                }
            }
            Op::Compare(cop, a, b) => match self.compare_any(cop, a, b, ReturnMode::Native)? {
                Outcome::Value(v) => Ok(Some(v)),
                Outcome::Pushed => Ok(None),
            },
            Op::Truth(v) => Ok(self.truthy_dunder(v, ReturnMode::Native)?.map(Value::Bool)),
            Op::Key(container, key, action) => {
                self.key_op(Value::Ref(container), key, action, ReturnMode::Native)?;
                Ok(None)
            }
            Op::Repr(v) => {
                if self.needs_python_text(v, 0) {
                    self.text_task(vec![v], super::text::TextGoal::Repr, ReturnMode::Native)?;
                    return Ok(None);
                }
                let text = self.repr_value(v)?;
                Ok(Some(self.new_str(text)))
            }
        }
    }
}

/// Items collected by a sink live outside the heap until it finishes: every 4096 items,
/// check that `len` items of `item_bytes` each would still fit the memory limit.
fn check_growth(vm: &mut Vm, len: usize, item_bytes: usize) -> PyResult<()> {
    if len.is_multiple_of(4096) { vm.reserve(len.saturating_mul(item_bytes)) } else { Ok(()) }
}
