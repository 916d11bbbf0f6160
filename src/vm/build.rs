//! Building and updating containers: displays, comprehension accumulators, dict and set
//! operations by key, unpacking.

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use super::Vm;
use super::call::Outcome;
use super::frame::ReturnMode;
use super::sink::Sink;
use crate::bytecode::Instr;
use crate::error::{Exc, PyResult};
use crate::heap::Heap;
use crate::objects::{Dict, Object, Set, set::Probe};
use crate::value::Value;

/// Nesting limit for key equality of nested tuples (hashing enforces the same).
const MAX_KEY_DEPTH: u32 = 400;

/// Equality of two hashable builtin values, using only the heap (for table lookups).
pub fn key_eq(heap: &Heap, a: Value, b: Value) -> bool {
    key_eq_depth(heap, a, b, 0)
}

fn key_eq_depth(heap: &Heap, a: Value, b: Value, depth: u32) -> bool {
    if a.is(b) {
        return !matches!(a, Value::Float(f) if f.is_nan());
    }
    if let (Some(x), Some(y)) = (key_num(heap, a), key_num(heap, b)) {
        return x == y;
    }
    // Instances of subclasses of builtin types compare by their builtin value (classes with
    // a Python `__eq__` never get here: their keys go through `keys::KeyTask`).
    let payload = |v: Value| match v {
        Value::Ref(id) => match heap.get(id) {
            Object::Instance(inst) => inst.base,
            _ => None,
        },
        _ => None,
    };
    let (a, b) = (payload(a).unwrap_or(a), payload(b).unwrap_or(b));
    if a.is(b) {
        return true;
    }
    if let (Some(x), Some(y)) = (key_num(heap, a), key_num(heap, b)) {
        return x == y;
    }
    let (Value::Ref(ia), Value::Ref(ib)) = (a, b) else { return false };
    match (heap.get(ia), heap.get(ib)) {
        (Object::Str(x), Object::Str(y)) => x.hash() == y.hash() && x.as_str() == y.as_str(),
        (Object::Bytes(x), Object::Bytes(y)) => x == y,
        (Object::Tuple(x), Object::Tuple(y)) => {
            depth < MAX_KEY_DEPTH
                && x.len() == y.len()
                && x.iter().zip(y.iter()).all(|(p, q)| key_eq_depth(heap, *p, *q, depth + 1))
        }
        (Object::FrozenSet(x), Object::FrozenSet(y)) => {
            x.len() == y.len()
                && x.iter_with_hash().all(|(h, k)| y.contains(h, |o| key_eq_depth(heap, o, k, depth + 1)))
        }
        _ => false,
    }
}

/// Is `v` an instance of a class with a Python `__eq__` (heap-only check for table probes)?
fn has_python_eq(heap: &Heap, v: Value) -> bool {
    let Value::Ref(id) = v else { return false };
    let Object::Instance(inst) = heap.get(id) else { return false };
    let Value::Ref(cid) = inst.class else { return false };
    let Object::Class(c) = heap.get(cid) else { return false };
    let h = crate::hash::hash_str("__eq__");
    c.mro.iter().any(|m| match m {
        Value::Ref(mid) => match heap.get(*mid) {
            Object::Class(mc) => mc.dict.find(h, |k| heap.get_str(k) == Some("__eq__")).is_some(),
            _ => false,
        },
        _ => false,
    })
}

/// Numbers as exact big values for key comparison (None for non-numbers and NaN).
#[derive(PartialEq)]
enum KeyNum {
    Int(BigInt),
    Frac(f64),
}

fn key_num(heap: &Heap, v: Value) -> Option<KeyNum> {
    match v {
        Value::Int(i) => Some(KeyNum::Int(BigInt::from(i))),
        Value::Bool(b) => Some(KeyNum::Int(BigInt::from(b as i64))),
        Value::Float(f) if f.is_nan() => None,
        Value::Float(f) if f.fract() == 0.0 && f.is_finite() => BigInt::from_f64(f).map(KeyNum::Int),
        Value::Float(f) => Some(KeyNum::Frac(f)),
        Value::Ref(id) => match heap.get(id) {
            Object::BigInt(b) => Some(KeyNum::Int(b.clone())),
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// `dict[key]` without Python code; `Exc::Defer` when a stored key with the same hash has
    /// a Python `__eq__` (the caller retries with a `KeyTask`).
    pub fn dict_lookup(&mut self, dict: Value, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash_value(key)?;
        let Value::Ref(id) = dict else { return Ok(None) };
        let heap = &self.heap;
        let Object::Dict(d) = heap.get(id) else { return Ok(None) };
        let mut deferred = false;
        let found = d.find(h, |k| {
            if !k.is(key) && has_python_eq(heap, k) {
                deferred = true;
                return false;
            }
            key_eq(heap, k, key)
        });
        if deferred && found.is_none() {
            return Err(Exc::Defer);
        }
        Ok(found.and_then(|p| d.entry_at(p)).map(|e| e.value))
    }

    pub fn dict_set(&mut self, dict: Value, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash_value(key)?;
        self.dict_set_hashed(dict, h, key, value)
    }

    /// `dict[key] = value` with the key's hash already known (copying between dicts).
    pub fn dict_set_hashed(&mut self, dict: Value, h: i64, key: Value, value: Value) -> PyResult<()> {
        let Value::Ref(id) = dict else { return Ok(()) };
        let heap = &self.heap;
        let Object::Dict(d) = heap.get(id) else { return Ok(()) };
        let found = d.find(h, |k| key_eq(heap, k, key));
        let grows = found.is_none();
        if let Object::Dict(d) = self.heap.get_mut(id) {
            match found {
                Some(pos) => d.set_value_at(pos, value),
                None => d.insert_new(h, key, value),
            }
        }
        if grows {
            self.heap.grew(40);
        }
        Ok(())
    }

    pub fn dict_remove(&mut self, dict: Value, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash_value(key)?;
        let Value::Ref(id) = dict else { return Ok(None) };
        let heap = &self.heap;
        let Object::Dict(d) = heap.get(id) else { return Ok(None) };
        let Some(pos) = d.find(h, |k| key_eq(heap, k, key)) else { return Ok(None) };
        let Object::Dict(d) = self.heap.get_mut(id) else { return Ok(None) };
        let e = d.remove_at(pos);
        d.compact_if_sparse();
        Ok(e.map(|e| e.value))
    }

    /// Copy every key/value of a dict (or an iterable of pairs) into `dict`.
    pub fn dict_update_from(&mut self, dict: Value, other: Value) -> PyResult<()> {
        if let Value::Ref(oid) = other
            && let Object::Dict(src) = self.heap.get(oid)
        {
            let entries: Vec<(i64, Value, Value)> = src.iter_entries().map(|e| (e.hash, e.key, e.value)).collect();
            for (h, k, v) in entries {
                self.dict_set_hashed(dict, h, k, v)?;
            }
            return Ok(());
        }
        let Value::Ref(did) = dict else { return Ok(()) };
        match self.run_sink(other, None, Sink::DictPairs { dict: did, index: 0 }, ReturnMode::Discard)? {
            Outcome::Value(_) => Ok(()),
            Outcome::Pushed => Err(Exc::type_error("dict update from a generator is not supported here")),
        }
    }

    pub fn set_add(&mut self, set: Value, item: Value) -> PyResult<()> {
        let h = self.hash_value(item)?;
        let Value::Ref(id) = set else { return Ok(()) };
        let heap = &self.heap;
        let (Object::Set(s) | Object::FrozenSet(s)) = heap.get(id) else { return Ok(()) };
        let probe = s.probe(h, |k| key_eq(heap, k, item));
        if let Probe::Found(_) = probe {
            return Ok(());
        }
        if let Object::Set(s) | Object::FrozenSet(s) = self.heap.get_mut(id) {
            s.insert_at(probe, h, item);
        }
        self.heap.grew(24);
        Ok(())
    }

    /// Like `dict_lookup`, `Exc::Defer` when the answer needs a Python `__eq__`.
    pub fn set_contains(&mut self, set: Value, item: Value) -> PyResult<bool> {
        let h = self.hash_value(item)?;
        let Value::Ref(id) = set else { return Ok(false) };
        let heap = &self.heap;
        let (Object::Set(s) | Object::FrozenSet(s)) = heap.get(id) else { return Ok(false) };
        let mut deferred = false;
        let found = s.contains(h, |k| {
            if !k.is(item) && has_python_eq(heap, k) {
                deferred = true;
                return false;
            }
            key_eq(heap, k, item)
        });
        if deferred && !found {
            return Err(Exc::Defer);
        }
        Ok(found)
    }

    /// Remove an item from a set; whether it was there.
    pub fn set_discard(&mut self, set: Value, item: Value) -> PyResult<bool> {
        let h = self.hash_value(item)?;
        let Value::Ref(id) = set else { return Ok(false) };
        let heap = &self.heap;
        let (Object::Set(s) | Object::FrozenSet(s)) = heap.get(id) else { return Ok(false) };
        let Probe::Found(i) = s.probe(h, |k| key_eq(heap, k, item)) else { return Ok(false) };
        if let Object::Set(s) = self.heap.get_mut(id) {
            s.remove_at(i);
        }
        Ok(true)
    }

    pub fn set_probe(&mut self, set: &Set, h: i64, key: Value) -> PyResult<bool> {
        let heap = &self.heap;
        Ok(set.contains(h, |k| key_eq(heap, k, key)))
    }

    pub fn set_find(&mut self, set: &Set, h: i64, key: Value) -> PyResult<Option<usize>> {
        let heap = &self.heap;
        Ok(match set.probe(h, |k| key_eq(heap, k, key)) {
            Probe::Found(i) => Some(i),
            Probe::Vacant { .. } => None,
        })
    }

    pub fn set_merge(&mut self, dst: &mut Set, src: &Set) -> PyResult<()> {
        let heap = &self.heap;
        dst.merge_from(src, |a, b| key_eq(heap, a, b));
        Ok(())
    }

    pub fn list_append(&mut self, list: Value, v: Value) {
        if let Value::Ref(id) = list {
            if let Object::List(l) = self.heap.get_mut(id) {
                l.push(v);
            }
            self.heap.grew(16);
        }
    }

    /// A set display (or, with `is_map`, a dict display of key/value pairs). Keys with Python
    /// hashing are inserted in order by a `Drain` over the items.
    pub(super) fn build_hashed(&mut self, items: Vec<Value>, is_map: bool) -> PyResult<Outcome> {
        let keys_need_python = if is_map {
            items.iter().step_by(2).any(|k| self.needs_python_key(*k))
        } else {
            items.iter().any(|k| self.needs_python_key(*k))
        };
        if !keys_need_python {
            return Ok(Outcome::Value(if is_map { self.build_map(items)? } else { self.build_set(items)? }));
        }
        if is_map {
            let dict = self.new_dict(Dict::new());
            let pairs: Vec<Value> = items.chunks_exact(2).map(|p| self.new_tuple(p.to_vec())).collect();
            let pairs = self.new_list(pairs);
            let Value::Ref(dict_id) = dict else { return Ok(Outcome::Value(dict)) };
            self.run_sink(pairs, None, Sink::DictPairs { dict: dict_id, index: 0 }, ReturnMode::Push)
        } else {
            let set = self.new_set(Set::new());
            let Value::Ref(set_id) = set else { return Ok(Outcome::Value(set)) };
            let items = self.new_list(items);
            self.run_sink(items, None, Sink::SetInto(set_id), ReturnMode::Push)
        }
    }

    pub(super) fn build_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let set = self.new_set(Set::new());
        for item in items {
            self.set_add(set, item)?;
        }
        Ok(set)
    }

    pub(super) fn build_map(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let dict = self.new_dict(Dict::with_capacity(items.len() / 2));
        for pair in items.chunks_exact(2) {
            self.dict_set(dict, pair[0], pair[1])?;
        }
        Ok(dict)
    }

    pub(super) fn build_string(&mut self, items: &[Value]) -> PyResult<Value> {
        let mut total = 0;
        for v in items {
            total += self.as_str(*v).map_or(0, str::len);
        }
        self.reserve(total)?;
        let mut s = String::with_capacity(total);
        for v in items {
            s.push_str(self.as_str(*v).unwrap_or(""));
        }
        Ok(self.new_str(s))
    }

    /// `ListExtend`, `SetUpdate`, `DictUpdate`, `DictMerge`.
    pub(super) fn extend_container(&mut self, instr: Instr, target: Value, src: Value) -> PyResult<Outcome> {
        let Value::Ref(tid) = target else { return Ok(Outcome::Value(Value::None)) };
        match instr {
            Instr::ListExtend { .. } => match self.collect_native(src)? {
                Some(items) => {
                    self.reserve(items.len() * 16)?;
                    self.heap.grew(items.len() * 16);
                    if let Object::List(l) = self.heap.get_mut(tid) {
                        l.extend(items);
                    }
                    Ok(Outcome::Value(Value::None))
                }
                None => {
                    if !self.is_iterable(src) {
                        return Err(Exc::type_error(format!(
                            "Value after * must be an iterable, not {}",
                            self.type_name(src)
                        )));
                    }
                    match self.run_sink(src, None, Sink::ExtendList(tid), ReturnMode::Discard)? {
                        Outcome::Value(_) => Ok(Outcome::Value(Value::None)),
                        Outcome::Pushed => Ok(Outcome::Pushed),
                    }
                }
            },
            Instr::SetUpdate { .. } => match self.run_sink(src, None, Sink::SetInto(tid), ReturnMode::Discard)? {
                Outcome::Value(_) => Ok(Outcome::Value(Value::None)),
                Outcome::Pushed => Ok(Outcome::Pushed),
            },
            Instr::DictUpdate { .. } | Instr::DictMerge { .. } => {
                let Value::Ref(sid) = src else {
                    return Err(Exc::type_error(format!("'{}' object is not a mapping", self.type_name(src))));
                };
                let entries: Vec<(Value, Value)> = match self.heap.get(sid) {
                    Object::Dict(d) => d.iter_entries().map(|e| (e.key, e.value)).collect(),
                    _ => {
                        let what = if matches!(instr, Instr::DictMerge { .. }) {
                            format!("argument after ** must be a mapping, not {}", self.type_name(src))
                        } else {
                            format!("'{}' object is not a mapping", self.type_name(src))
                        };
                        return Err(Exc::type_error(what));
                    }
                };
                for (k, v) in entries {
                    if matches!(instr, Instr::DictMerge { .. }) && self.dict_lookup(target, k)?.is_some() {
                        let name = self.as_str(k).unwrap_or("?").to_string();
                        // The callee sits below the positional-arguments tuple.
                        let depth = match instr {
                            Instr::DictMerge { depth } => depth as usize,
                            _ => 1,
                        };
                        let func = self.function_str(self.peek(depth + 2));
                        return Err(Exc::type_error(format!(
                            "{func} got multiple values for keyword argument '{name}'"
                        )));
                    }
                    self.dict_set(target, k, v)?;
                }
                Ok(Outcome::Value(Value::None))
            }
            _ => Ok(Outcome::Value(Value::None)),
        }
    }

    /// How CPython names a callable in argument errors: `__main__.f()`, `len()`.
    pub fn function_str(&self, f: Value) -> String {
        match f {
            Value::Ref(id) => match self.heap.get(id) {
                Object::Function(func) => format!("__main__.{}()", func.qualname),
                _ => format!("{} object", self.type_name(f)),
            },
            Value::Builtin(b) => format!("{}()", b.name()),
            Value::Type(t) => format!("{}()", t.name()),
            _ => format!("{} object", self.type_name(f)),
        }
    }

    pub fn is_iterable(&self, v: Value) -> bool {
        match v {
            Value::Ref(id) => {
                matches!(
                    self.heap.get(id),
                    Object::Str(_)
                        | Object::Bytes(_)
                        | Object::ByteArray(_)
                        | Object::List(_)
                        | Object::Tuple(_)
                        | Object::Dict(_)
                        | Object::Set(_)
                        | Object::FrozenSet(_)
                        | Object::Range(_)
                        | Object::DictView { .. }
                        | Object::Iter(_)
                        | Object::Generator(_)
                        | Object::Instance(_)
                ) || self.metaclass_of(v).is_some_and(|m| self.class_lookup_str(m, "__iter__").is_some())
            }
            _ => false,
        }
    }

    /// `UnpackSequence` (`after` None) and `UnpackEx`.
    pub(super) fn unpack(&mut self, v: Value, before: usize, after: Option<usize>) -> PyResult<Outcome> {
        if let Some(items) = self.seq_items(v) {
            let items = items.to_vec();
            self.push_unpacked(items, before, after)?;
            return Ok(Outcome::Value(Value::None));
        }
        if !self.is_iterable(v) {
            return Err(Exc::type_error(format!("cannot unpack non-iterable {} object", self.type_name(v))));
        }
        let sink = Sink::Unpack { before, after, items: Vec::new() };
        self.run_sink(v, None, sink, ReturnMode::Discard)
    }

    /// Push unpacked values so the first is on top.
    pub fn push_unpacked(&mut self, items: Vec<Value>, before: usize, after: Option<usize>) -> PyResult<()> {
        match after {
            None => {
                if items.len() != before {
                    return Err(if items.len() < before {
                        Exc::value_error(format!(
                            "not enough values to unpack (expected {before}, got {})",
                            items.len()
                        ))
                    } else {
                        Exc::value_error(format!("too many values to unpack (expected {before})"))
                    });
                }
                self.stack.extend(items.into_iter().rev());
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(Exc::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let tail: Vec<Value> = items[items.len() - after..].to_vec();
                let middle: Vec<Value> = items[before..items.len() - after].to_vec();
                let head: Vec<Value> = items[..before].to_vec();
                self.stack.extend(tail.into_iter().rev());
                let list = self.new_list(middle);
                self.stack.push(list);
                self.stack.extend(head.into_iter().rev());
            }
        }
        Ok(())
    }

    /// `sep.join(parts)` for string parts.
    pub fn join_strings(&mut self, sep: Value, parts: &[Value]) -> PyResult<Value> {
        let sep_text = self.as_str(sep).unwrap_or("").to_string();
        let mut total = sep_text.len() * parts.len().saturating_sub(1);
        for p in parts {
            total += self.as_str(*p).map_or(0, str::len);
        }
        self.reserve(total)?;
        let mut out = String::with_capacity(total);
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep_text);
            }
            out.push_str(self.as_str(*p).unwrap_or(""));
        }
        Ok(self.new_str(out))
    }
}
