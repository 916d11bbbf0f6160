//! Comparison, equality, hashing and membership for builtin values.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use super::Vm;
use super::call::Outcome;
use super::frame::ReturnMode;
use super::keys::KeyAction;
use super::sink::Sink;
use crate::bytecode::CmpOp;
use crate::error::{Exc, PyResult};
use crate::hash;
use crate::heap::Heap;
use crate::objects::{DictPart, Object};
use crate::types::TypeId;
use crate::value::Value;

/// Nesting depth beyond which comparing or hashing containers raises RecursionError.
const MAX_NATIVE_DEPTH: u32 = 400;

/// Nested-object steps allowed between two checkpoints (a few hundred ms of work).
const NATIVE_WORK_CAP: u64 = 30_000_000;

/// A number, viewed for comparison.
enum Num<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
}

impl Vm {
    fn as_num(&self, v: Value) -> Option<Num<'_>> {
        match v {
            Value::Int(i) => Some(Num::Int(i)),
            Value::Bool(b) => Some(Num::Int(b as i64)),
            Value::Float(f) => Some(Num::Float(f)),
            Value::Ref(_) => self.bigint_ref(v).map(Num::Big),
            _ => None,
        }
    }

    /// Count a step of a native walk over nested containers (hash, ==, repr). One
    /// instruction is not interruptible, so a walk over a shared structure whose size doubles
    /// per level (`t = (t, t)` forty times) is stopped instead of running for hours.
    pub fn charge_native(&mut self) -> PyResult<()> {
        self.native_work += 1;
        if self.native_work > NATIVE_WORK_CAP {
            self.native_work = 0;
            return Err(Exc::new(TypeId::MemoryError, "operation too large: it visits too many nested objects"));
        }
        Ok(())
    }

    pub(super) fn enter_native(&mut self) -> PyResult<()> {
        self.charge_native()?;
        self.native_depth += 1;
        if self.native_depth > MAX_NATIVE_DEPTH {
            self.native_depth -= 1;
            return Err(Exc::new(TypeId::RecursionError, "maximum recursion depth exceeded in comparison"));
        }
        Ok(())
    }

    /// The comparison instruction for values that are not both ints or both floats.
    pub(super) fn compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Outcome> {
        self.compare_any(op, a, b, ReturnMode::Push)
    }

    /// `a op b` for builtin values.
    pub fn compare_bool(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq) {
            return self.eq_native(a, b);
        }
        if matches!(op, CmpOp::Ne) {
            return Ok(!self.eq_native(a, b)?);
        }
        if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
            // NaN is unordered: every ordering operator is false.
            return Ok(num_cmp(&x, &y).is_some_and(|o| op.test(o)));
        }
        // Only at the top of a walk: nested levels failing the fast path would repeat it.
        if self.native_depth == 0
            && let Some(o) = fast_order(&self.heap, a, b)
        {
            return Ok(op.test(o));
        }
        if let (Value::Ref(ia), Value::Ref(ib)) = (a, b) {
            match (self.heap.get(ia), self.heap.get(ib)) {
                (Object::Str(x), Object::Str(y)) => return Ok(op.test(x.as_str().cmp(y.as_str()))),
                (Object::Bytes(x) | Object::ByteArray(x), Object::Bytes(y) | Object::ByteArray(y)) => {
                    return Ok(op.test(x.cmp(y)));
                }
                (Object::List(x), Object::List(y)) | (Object::Tuple(x), Object::Tuple(y)) => {
                    let (x, y) = (x.clone(), y.clone());
                    self.enter_native()?;
                    let r = self.seq_compare(op, &x, &y);
                    self.native_depth -= 1;
                    return r;
                }
                _ => {}
            }
        }
        match self.set_order(op, a, b)? {
            Some(r) => Ok(r),
            None => Err(self.unorderable(op, a, b)),
        }
    }

    fn unorderable(&self, op: CmpOp, a: Value, b: Value) -> Exc {
        Exc::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// Lexicographic comparison: the first differing items decide, else the lengths.
    fn seq_compare(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
        for (a, b) in x.iter().zip(y.iter()) {
            if a.is(*b) || self.eq_native(*a, *b)? {
                continue;
            }
            return self.compare_bool(op, *a, *b);
        }
        Ok(op.test(x.len().cmp(&y.len())))
    }

    /// Subset comparisons between sets.
    fn set_order(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
        let (Value::Ref(ia), Value::Ref(ib)) = (a, b) else { return Ok(None) };
        let is_set = |o: &Object| matches!(o, Object::Set(_) | Object::FrozenSet(_));
        if !is_set(self.heap.get(ia)) || !is_set(self.heap.get(ib)) {
            return Ok(None);
        }
        let (la, lb) = (self.len_of_set(a), self.len_of_set(b));
        let a_in_b = self.all_in(a, b)?;
        let b_in_a = self.all_in(b, a)?;
        Ok(Some(match op {
            CmpOp::Lt => a_in_b && la < lb,
            CmpOp::Le => a_in_b,
            CmpOp::Gt => b_in_a && lb < la,
            CmpOp::Ge => b_in_a,
            _ => return Ok(None),
        }))
    }

    fn len_of_set(&self, v: Value) -> usize {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Object::Set(s) | Object::FrozenSet(s) => s.len(),
                _ => 0,
            },
            _ => 0,
        }
    }

    /// Is every element of set `a` in set `b`?
    fn all_in(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let items: Vec<Value> = match a {
            Value::Ref(id) => match self.heap.get(id) {
                Object::Set(s) | Object::FrozenSet(s) => s.iter().collect(),
                _ => return Ok(false),
            },
            _ => return Ok(false),
        };
        for item in items {
            if !self.set_contains(b, item)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// A complex value's parts, with reals as complex numbers with no imaginary part.
    fn complex_view(&self, v: Value) -> Option<(f64, f64)> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Object::Complex { re, im } => Some((*re, *im)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `a == b` for builtin values (identity for objects without value equality).
    pub fn eq_native(&mut self, a: Value, b: Value) -> PyResult<bool> {
        match (self.complex_view(a), self.complex_view(b)) {
            (Some(x), Some(y)) => return Ok(x == y),
            (Some((re, im)), None) | (None, Some((re, im))) => {
                let other = if self.complex_view(a).is_some() { b } else { a };
                return Ok(match self.as_num(other) {
                    Some(n) => im == 0.0 && num_cmp(&Num::Float(re), &n) == Some(Ordering::Equal),
                    None => false,
                });
            }
            (None, None) => {}
        }
        // Only at the top of a walk: nested levels failing the fast path would repeat it.
        if self.native_depth == 0
            && let Some(o) = fast_order(&self.heap, a, b)
        {
            return Ok(o == Ordering::Equal);
        }
        if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
            return Ok(num_cmp(&x, &y) == Some(Ordering::Equal));
        }
        let (Value::Ref(ia), Value::Ref(ib)) = (a, b) else { return Ok(a.is(b)) };
        if ia == ib {
            // Identity implies equality, except for NaN (which is not a Ref).
            return Ok(true);
        }
        match (self.heap.get(ia), self.heap.get(ib)) {
            (Object::Str(x), Object::Str(y)) => Ok(x.hash() == y.hash() && x.as_str() == y.as_str()),
            (Object::Bytes(x) | Object::ByteArray(x), Object::Bytes(y) | Object::ByteArray(y)) => Ok(x == y),
            // Bound methods are equal when they bind the same function to the same object.
            (Object::BoundMethod { func: f, receiver: r }, Object::BoundMethod { func: g, receiver: s }) => {
                Ok(f.is(*g) && r.is(*s))
            }
            (Object::Slice(x), Object::Slice(y)) => {
                let (x, y) = (*x, *y);
                let a = self.new_tuple(vec![x.start, x.stop, x.step]);
                let b = self.new_tuple(vec![y.start, y.stop, y.step]);
                self.eq_native(a, b)
            }
            (Object::List(x), Object::List(y)) | (Object::Tuple(x), Object::Tuple(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                let (x, y) = (x.clone(), y.clone());
                self.enter_native()?;
                let mut r = Ok(true);
                for (p, q) in x.iter().zip(y.iter()) {
                    match self.eq_native(*p, *q) {
                        Ok(true) => {}
                        other => {
                            r = other;
                            break;
                        }
                    }
                }
                self.native_depth -= 1;
                r
            }
            (Object::Dict(x), Object::Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                let entries: Vec<(Value, Value)> = x.iter_entries().map(|e| (e.key, e.value)).collect();
                self.enter_native()?;
                let mut result = Ok(true);
                for (k, v) in entries {
                    match self.dict_lookup(b, k) {
                        Ok(Some(other)) => match self.eq_native(v, other) {
                            Ok(true) => {}
                            r => {
                                result = r;
                                break;
                            }
                        },
                        Ok(None) => {
                            result = Ok(false);
                            break;
                        }
                        Err(e) => {
                            result = Err(e);
                            break;
                        }
                    }
                }
                self.native_depth -= 1;
                result
            }
            (Object::Set(x) | Object::FrozenSet(x), Object::Set(y) | Object::FrozenSet(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                self.all_in(a, b)
            }
            (Object::Range(x), Object::Range(y)) => {
                let (lx, ly) = (x.len(), y.len());
                Ok(lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step))))
            }
            (Object::DictView { part: DictPart::Keys, .. }, _) | (_, Object::DictView { part: DictPart::Keys, .. }) => {
                let (Some(xs), Some(ys)) = (self.container_items(a)?, self.container_items(b)?) else {
                    return Ok(false);
                };
                if xs.len() != ys.len() {
                    return Ok(false);
                }
                for x in xs {
                    if !self.contains_bool(b, x)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// `hash(v)` for builtin values.
    /// The hash of objects hashed by identity.
    pub fn identity_hash(&self, v: Value) -> i64 {
        match v {
            Value::Ref(id) => hash::hash_int(id.0 as i64 + 0x40000),
            _ => 0,
        }
    }

    pub fn hash_value(&mut self, v: Value) -> PyResult<i64> {
        Ok(match v {
            Value::None => 0x3c8e_1f9b,
            Value::Bool(b) => b as i64,
            Value::Int(i) => hash::hash_int(i),
            Value::Float(f) => hash::hash_float(f),
            Value::Ellipsis => 0x2f1e_6a4d,
            Value::NotImplemented => 0x1d5c_3b2a,
            Value::Builtin(b) => hash::hash_int(0x10000 + b as i64),
            Value::Type(t) => hash::hash_int(0x20000 + t as i64),
            Value::Method(m) => hash::hash_int(0x30000 + m as i64),
            Value::Undefined => 0,
            Value::Ref(id) => match self.heap.get(id) {
                Object::Str(s) => s.hash(),
                Object::Bytes(b) => hash::hash_bytes(b),
                Object::BigInt(n) => hash::hash_bigint(n),
                Object::Complex { re, im } => {
                    let h = hash::hash_float(*re).wrapping_add(hash::hash_float(*im).wrapping_mul(1000003));
                    if h == -1 { -2 } else { h }
                }
                Object::Tuple(items) => {
                    let items = items.clone();
                    self.enter_native()?;
                    let mut h = hash::TupleHasher::new();
                    let mut r = Ok(0);
                    for item in items {
                        match self.hash_value(item) {
                            Ok(x) => h.add(x),
                            Err(e) => {
                                r = Err(e);
                                break;
                            }
                        }
                    }
                    self.native_depth -= 1;
                    r?;
                    h.finish()
                }
                Object::FrozenSet(s) => frozenset_hash(s.iter_with_hash().map(|(h, _)| h), s.len()),
                Object::Range(r) => {
                    let r = *r;
                    let len = r.len();
                    let h128 = |n: i128| hash::hash_bigint_or_small(&BigInt::from(n));
                    let mut h = hash::TupleHasher::new();
                    h.add(h128(len));
                    if len == 0 {
                        h.add(0x3c8e_1f9b);
                        h.add(0x3c8e_1f9b);
                    } else {
                        h.add(h128(r.start));
                        h.add(if len == 1 { 0x3c8e_1f9b } else { h128(r.step) });
                    }
                    h.finish()
                }
                Object::List(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::Slice(_)
                | Object::DictView { .. }
                | Object::ByteArray(_) => {
                    return Err(Exc::type_error(format!("unhashable type: '{}'", self.type_name(v))));
                }
                Object::Instance(inst) => {
                    let base = inst.base;
                    let class = inst.class;
                    if matches!(self.class_lookup_str(class, "__hash__"), Some(Value::None)) {
                        return Err(Exc::type_error(format!("unhashable type: '{}'", self.class_name(class))));
                    }
                    if self.needs_python_key(v) {
                        // Only direct dict/set operations run a Python `__hash__` (see `keys`).
                        return Err(Exc::type_error(format!(
                            "'{}' objects with a Python __hash__ or __eq__ cannot be hashed inside this operation",
                            self.type_name(v)
                        )));
                    }
                    match base {
                        Some(b) => self.hash_value(b)?,
                        None => self.identity_hash(v),
                    }
                }
                _ => self.identity_hash(v),
            },
        })
    }

    /// `item in container` (the `in` instruction).
    pub(super) fn contains(&mut self, container: Value, item: Value, invert: bool) -> PyResult<Outcome> {
        if self.is_user_instance(container) {
            if let Some(o) = self.contains_dunder(container, item, invert, ReturnMode::Push)? {
                return Ok(o);
            }
            return Err(Exc::type_error(format!("argument of type '{}' is not iterable", self.type_name(container))));
        }
        if self.needs_python_key(item) && self.is_hashed_container(container) {
            let target = match container {
                Value::Ref(id) => match self.heap.get(id) {
                    Object::DictView { dict, .. } => Value::Ref(*dict),
                    _ => container,
                },
                _ => container,
            };
            return self.key_op(target, item, KeyAction::Contains { invert }, ReturnMode::Push);
        }
        if self.is_sequence_scan(container) && self.compare_runs_python(container, item) {
            return self.run_sink(container, None, Sink::Contains { item, invert }, ReturnMode::Push);
        }
        match self.contains_quick(container, item) {
            Ok(Some(r)) => return Ok(Outcome::Value(Value::Bool(r != invert))),
            Ok(None) => {}
            Err(e) if e.is_defer() => {
                let target = match container {
                    Value::Ref(id) => match self.heap.get(id) {
                        Object::DictView { dict, .. } => Value::Ref(*dict),
                        _ => container,
                    },
                    _ => container,
                };
                return self.key_op(target, item, KeyAction::Contains { invert }, ReturnMode::Push);
            }
            Err(e) => return Err(e),
        }
        if let Value::Ref(id) = container
            && matches!(self.heap.get(id), Object::Iter(_) | Object::Generator(_))
        {
            return self.run_sink(container, None, Sink::Contains { item, invert }, ReturnMode::Push);
        }
        Err(Exc::type_error(format!("argument of type '{}' is not iterable", self.type_name(container))))
    }

    /// Dicts, sets and dict key views: membership goes by hash.
    fn is_hashed_container(&self, v: Value) -> bool {
        let Value::Ref(id) = v else { return false };
        match self.heap.get(id) {
            Object::Dict(_) | Object::Set(_) | Object::FrozenSet(_) => true,
            Object::DictView { part, .. } => *part == DictPart::Keys,
            _ => false,
        }
    }

    /// Containers whose membership test compares each item with `==`.
    fn is_sequence_scan(&self, v: Value) -> bool {
        let Value::Ref(id) = v else { return false };
        match self.heap.get(id) {
            Object::List(_) | Object::Tuple(_) => true,
            Object::DictView { part, .. } => *part == DictPart::Values,
            _ => false,
        }
    }

    pub fn contains_bool(&mut self, container: Value, item: Value) -> PyResult<bool> {
        match self.contains_quick(container, item)? {
            Some(r) => Ok(r),
            None => Err(Exc::type_error(format!("argument of type '{}' is not iterable", self.type_name(container)))),
        }
    }

    /// Membership in containers (None when the container is an iterator or unsupported).
    fn contains_quick(&mut self, container: Value, item: Value) -> PyResult<Option<bool>> {
        let Value::Ref(id) = container else { return Ok(None) };
        let r = match self.heap.get(id) {
            Object::Str(s) => match self.as_str(item) {
                Some(needle) => s.as_str().contains(needle),
                None => {
                    return Err(Exc::type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        self.type_name(item)
                    )));
                }
            },
            Object::Bytes(b) | Object::ByteArray(b) => match item {
                Value::Int(i) => {
                    if !(0..256).contains(&i) {
                        return Err(Exc::value_error("byte must be in range(0, 256)"));
                    }
                    b.contains(&(i as u8))
                }
                _ => match item {
                    Value::Ref(n) => match self.heap.get(n) {
                        Object::Bytes(needle) | Object::ByteArray(needle) => find_bytes(b, needle).is_some(),
                        _ => return Err(Exc::type_error("a bytes-like object is required")),
                    },
                    _ => return Err(Exc::type_error("a bytes-like object is required")),
                },
            },
            Object::List(items) | Object::Tuple(items) => {
                let items = items.clone();
                for x in items {
                    if x.is(item) || self.eq_native(x, item)? {
                        return Ok(Some(true));
                    }
                }
                false
            }
            Object::Dict(_) => self.dict_lookup(container, item)?.is_some(),
            Object::Set(_) | Object::FrozenSet(_) => self.set_contains(container, item)?,
            Object::Range(r) => {
                let r = *r;
                match item {
                    Value::Int(i) => range_contains(r.start, r.stop, r.step, i as i128),
                    Value::Bool(b) => range_contains(r.start, r.stop, r.step, b as i128),
                    Value::Float(f) if f.fract() == 0.0 && f.abs() < 1.0e38 => {
                        range_contains(r.start, r.stop, r.step, f as i128)
                    }
                    _ => match self.bigint_ref(item).and_then(|b| i128::try_from(b).ok()) {
                        Some(i) => range_contains(r.start, r.stop, r.step, i),
                        None => false,
                    },
                }
            }
            Object::DictView { dict, part } => {
                let (dict, part) = (*dict, *part);
                match part {
                    DictPart::Keys => self.dict_lookup(Value::Ref(dict), item)?.is_some(),
                    DictPart::Values => {
                        let vals: Vec<Value> = match self.heap.get(dict) {
                            Object::Dict(d) => d.values().collect(),
                            _ => Vec::new(),
                        };
                        for v in vals {
                            if v.is(item) || self.eq_native(v, item)? {
                                return Ok(Some(true));
                            }
                        }
                        false
                    }
                    DictPart::Items => {
                        let Some(pair) = self.seq_items(item).map(|s| s.to_vec()) else { return Ok(Some(false)) };
                        if pair.len() != 2 {
                            return Ok(Some(false));
                        }
                        match self.dict_lookup(Value::Ref(dict), pair[0])? {
                            Some(v) => self.eq_native(v, pair[1])?,
                            None => false,
                        }
                    }
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(r))
    }

    /// Stable sort of (item, key) pairs by key, Python's way (using `<` only).
    pub fn sort_pairs(&mut self, pairs: &mut [(Value, Value)], reverse: bool) -> PyResult<()> {
        let mut error: Option<Exc> = None;
        pairs.sort_by(|a, b| {
            if error.is_some() {
                return Ordering::Equal;
            }
            let (x, y) = if reverse { (b.1, a.1) } else { (a.1, b.1) };
            match sort_cmp(self, x, y) {
                Ok(o) => o,
                Err(e) => {
                    error = Some(e);
                    Ordering::Equal
                }
            }
        });
        match error {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

/// Total order of values whose comparison needs no Python code and cannot fail: ints,
/// floats (not NaN), strings, and tuples/lists of those. None means "use the general path"
/// (which is charged against the work cap; this walk gives up after a fixed number of steps
/// so shared structures cannot make it exponential).
pub fn fast_order(heap: &Heap, a: Value, b: Value) -> Option<Ordering> {
    let mut steps = FAST_ORDER_STEPS;
    fast_order_within(heap, a, b, 0, &mut steps)
}

const FAST_ORDER_STEPS: u32 = 4096;

fn fast_order_within(heap: &Heap, a: Value, b: Value, depth: u32, steps: &mut u32) -> Option<Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(&y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(&y),
        (Value::Bool(x), Value::Bool(y)) => Some(x.cmp(&y)),
        (Value::Ref(ia), Value::Ref(ib)) => match (heap.get(ia), heap.get(ib)) {
            (Object::Str(x), Object::Str(y)) => Some(x.as_str().cmp(y.as_str())),
            (Object::Tuple(x), Object::Tuple(y)) | (Object::List(x), Object::List(y)) if depth < 64 => {
                for (p, q) in x.iter().zip(y.iter()) {
                    *steps = steps.checked_sub(1)?;
                    match fast_order_within(heap, *p, *q, depth + 1, steps)? {
                        Ordering::Equal => {}
                        o => return Some(o),
                    }
                }
                Some(x.len().cmp(&y.len()))
            }
            _ => None,
        },
        _ => None,
    }
}

/// Ordering used by `sorted`: fast for same-typed values, else two `<` tests.
fn sort_cmp(vm: &mut Vm, x: Value, y: Value) -> PyResult<Ordering> {
    if let Some(o) = fast_order(&vm.heap, x, y) {
        return Ok(o);
    }
    if vm.compare_bool(CmpOp::Lt, x, y)? {
        Ok(Ordering::Less)
    } else if vm.compare_bool(CmpOp::Lt, y, x)? {
        Ok(Ordering::Greater)
    } else {
        Ok(Ordering::Equal)
    }
}

fn num_cmp(x: &Num, y: &Num) -> Option<Ordering> {
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => Some(a.cmp(b)),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(b),
        (Num::Big(a), Num::Big(b)) => Some((*a).cmp(*b)),
        (Num::Int(a), Num::Big(b)) => Some(BigInt::from(*a).cmp(*b)),
        (Num::Big(a), Num::Int(b)) => Some((*a).cmp(&BigInt::from(*b))),
        (Num::Int(a), Num::Float(b)) => {
            int_float_cmp(&BigInt::from(*a), *a as f64, (*a).unsigned_abs() < (1 << 53), *b)
        }
        (Num::Float(a), Num::Int(b)) => {
            int_float_cmp(&BigInt::from(*b), *b as f64, (*b).unsigned_abs() < (1 << 53), *a).map(Ordering::reverse)
        }
        (Num::Big(a), Num::Float(b)) => int_float_cmp(a, 0.0, false, *b),
        (Num::Float(a), Num::Big(b)) => int_float_cmp(b, 0.0, false, *a).map(Ordering::reverse),
    }
}

/// Exact comparison of an integer with a float (as CPython does).
fn int_float_cmp(i: &BigInt, i_as_f: f64, exact_f: bool, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if exact_f {
        return i_as_f.partial_cmp(&f);
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let floor = f.floor();
    let fi = BigInt::from_f64(floor)?;
    match i.cmp(&fi) {
        Ordering::Equal if f != floor => Some(Ordering::Less),
        o => Some(o),
    }
}

fn range_contains(start: i128, stop: i128, step: i128, i: i128) -> bool {
    if step > 0 {
        i >= start && i < stop && (i - start) % step == 0
    } else {
        i <= start && i > stop && (start - i) % (-step) == 0
    }
}

pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn frozenset_hash(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    let mut h: u64 = 0;
    for x in hashes {
        h ^= shuffle(x as u64);
    }
    h ^= (len as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    let r = h as i64;
    if r == -1 { 590923713 } else { r }
}
