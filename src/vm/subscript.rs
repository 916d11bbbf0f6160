//! `obj[key]`, `obj[key] = v`, `del obj[key]` for builtin containers, and slice arithmetic.

use num_traits::{Signed, ToPrimitive};

use super::Vm;
use super::call::Outcome;
use super::frame::ReturnMode;
use super::keys::KeyAction;
use crate::error::{Exc, PyResult};
use crate::objects::{Object, Range};
use crate::types::TypeId;
use crate::value::{ObjId, Value};

/// A slice resolved against a length: the indices it selects.
#[derive(Clone, Copy, Debug)]
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    pub fn indices(&self) -> impl Iterator<Item = usize> {
        let (start, step) = (self.start, self.step);
        (0..self.len as i64).map(move |i| (start + i * step) as usize)
    }
}

impl Vm {
    /// An index operand: int or bool (big ints saturate, to be range-checked by the caller).
    pub fn index_value(&self, v: Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            Value::Ref(_) => {
                self.bigint_ref(v).map(|b| b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))
            }
            _ => None,
        }
    }

    /// Resolve `slice` against a sequence of length `len` (CPython's `slice.indices`).
    pub fn slice_indices(&self, slice: ObjId, len: usize) -> PyResult<SliceIdx> {
        let Object::Slice(s) = self.heap.get(slice) else {
            return Err(Exc::type_error("expected a slice"));
        };
        let s = *s;
        let get = |v: Value| -> PyResult<Option<i64>> {
            if v.is_none() {
                return Ok(None);
            }
            self.index_value(v)
                .map(Some)
                .ok_or_else(|| Exc::type_error("slice indices must be integers or None or have an __index__ method"))
        };
        let step = get(s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(Exc::value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let clamp = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(i) if i < 0 => {
                    let j = i.saturating_add(len);
                    if j < 0 { if step < 0 { -1 } else { 0 } } else { j }
                }
                Some(i) => {
                    if i >= len {
                        if step < 0 { len - 1 } else { len }
                    } else {
                        i
                    }
                }
            }
        };
        let (start, stop) = if step > 0 {
            (clamp(get(s.start)?, 0), clamp(get(s.stop)?, len))
        } else {
            (clamp(get(s.start)?, len - 1), clamp(get(s.stop)?, -1))
        };
        let n = if step > 0 {
            if stop > start { (stop - start - 1) / step + 1 } else { 0 }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok(SliceIdx { start, stop, step, len: n as usize })
    }

    pub(crate) fn is_dict(&self, v: Value) -> bool {
        matches!(v, Value::Ref(id) if matches!(self.heap.get(id), Object::Dict(_)))
    }

    fn is_slice(&self, v: Value) -> Option<ObjId> {
        match v {
            Value::Ref(id) if matches!(self.heap.get(id), Object::Slice(_)) => Some(id),
            _ => None,
        }
    }

    /// Normalise a (possibly negative) index; None if out of range.
    fn norm_index(i: i64, len: usize) -> Option<usize> {
        let j = if i < 0 { i.checked_add(len as i64)? } else { i };
        if j >= 0 && (j as usize) < len { Some(j as usize) } else { None }
    }

    pub fn subscript(&mut self, obj: Value, key: Value) -> PyResult<Outcome> {
        if self.is_user_instance(obj) {
            if let Some(o) = self.item_dunder(obj, key, None, false)? {
                return Ok(o);
            }
            return Err(Exc::type_error(format!("'{}' object is not subscriptable", self.type_name(obj))));
        }
        if self.needs_python_key(key) && self.is_dict(obj) {
            return self.key_op(obj, key, KeyAction::Get, ReturnMode::Push);
        }
        if self.is_user_instance(key) && !self.is_dict(obj) && self.dunder(key, "__index__").is_some() {
            // `seq[obj]` indexes with `obj.__index__()`.
            return self.index_then_subscript(obj, key);
        }
        if self.is_user_class(obj) {
            if let Some(f) = self.class_lookup_str(obj, "__class_getitem__") {
                let f = self.unwrap_static(f);
                let f = match f {
                    Value::Ref(id) => match self.heap.get(id) {
                        Object::ClassMethod(inner) => *inner,
                        _ => f,
                    },
                    _ => f,
                };
                return self.call_value(f, super::call::Args::positional([obj, key]), super::frame::ReturnMode::Push);
            }
            return Ok(Outcome::Value(obj));
        }
        let Value::Ref(id) = obj else {
            if let Value::Type(_) = obj {
                return Ok(Outcome::Value(self.generic_alias(obj, key)));
            }
            return Err(Exc::type_error(format!("'{}' object is not subscriptable", self.type_name(obj))));
        };
        let v = match self.heap.get(id) {
            Object::List(items) | Object::Tuple(items) => {
                let is_list = matches!(self.heap.get(id), Object::List(_));
                if let Some(s) = self.is_slice(key) {
                    let idx = self.slice_indices(s, items.len())?;
                    let picked: Vec<Value> = if idx.step == 1 {
                        items[idx.start as usize..idx.start as usize + idx.len].to_vec()
                    } else {
                        idx.indices().map(|i| items[i]).collect()
                    };
                    if is_list { self.new_list(picked) } else { self.new_tuple(picked) }
                } else {
                    let what = if is_list { "list" } else { "tuple" };
                    let Some(i) = self.index_value(key) else {
                        return Err(Exc::type_error(format!(
                            "{what} indices must be integers or slices, not {}",
                            self.type_name(key)
                        )));
                    };
                    match Self::norm_index(i, items.len()) {
                        Some(i) => items[i],
                        None => return Err(Exc::index_error(format!("{what} index out of range"))),
                    }
                }
            }
            Object::Str(s) => {
                if let Some(sl) = self.is_slice(key) {
                    let idx = self.slice_indices(sl, s.char_len())?;
                    let text = if idx.step == 1 {
                        s.substring(idx.start as usize, idx.start as usize + idx.len).to_string()
                    } else if s.is_ascii() {
                        let b = s.as_str().as_bytes();
                        idx.indices().map(|i| b[i] as char).collect()
                    } else {
                        let chars: Vec<char> = s.as_str().chars().collect();
                        idx.indices().map(|i| chars[i]).collect()
                    };
                    self.new_str(text)
                } else {
                    let Some(i) = self.index_value(key) else {
                        return Err(Exc::type_error(format!(
                            "string indices must be integers, not '{}'",
                            self.type_name(key)
                        )));
                    };
                    match Self::norm_index(i, s.char_len()).and_then(|i| s.char_at(i)) {
                        Some(c) => self.char_str(c),
                        None => return Err(Exc::index_error("string index out of range")),
                    }
                }
            }
            Object::Bytes(b) | Object::ByteArray(b) => {
                let array = matches!(self.heap.get(id), Object::ByteArray(_));
                if let Some(sl) = self.is_slice(key) {
                    let idx = self.slice_indices(sl, b.len())?;
                    let picked: Vec<u8> = idx.indices().map(|i| b[i]).collect();
                    if array { self.alloc(Object::ByteArray(picked)) } else { self.new_bytes(picked) }
                } else {
                    let Some(i) = self.index_value(key) else {
                        return Err(Exc::type_error(format!(
                            "byte indices must be integers or slices, not {}",
                            self.type_name(key)
                        )));
                    };
                    match Self::norm_index(i, b.len()) {
                        Some(i) => Value::Int(b[i] as i64),
                        None => return Err(Exc::index_error("index out of range")),
                    }
                }
            }
            Object::Dict(_) => match self.dict_lookup(obj, key) {
                Ok(Some(v)) => v,
                Ok(None) => return Err(Exc::with_value(TypeId::KeyError, key)),
                Err(e) if e.is_defer() => return self.key_op(obj, key, KeyAction::Get, ReturnMode::Push),
                Err(e) => return Err(e),
            },
            Object::Range(r) => {
                let r = *r;
                let len = usize::try_from(r.len()).unwrap_or(usize::MAX);
                if let Some(sl) = self.is_slice(key) {
                    let idx = self.slice_indices(sl, len)?;
                    let start = r.get(idx.start as i128);
                    let stop = r.get(idx.stop as i128);
                    let step = r.step.saturating_mul(idx.step as i128);
                    self.alloc(Object::Range(Range { start, stop, step }))
                } else {
                    let Some(i) = self.index_value(key) else {
                        return Err(Exc::type_error(format!(
                            "range indices must be integers or slices, not {}",
                            self.type_name(key)
                        )));
                    };
                    // In i128, not usize: a range can be longer than a 32-bit usize.
                    let full_len = r.len();
                    let i = if i < 0 { i as i128 + full_len } else { i as i128 };
                    if !(0..full_len).contains(&i) {
                        return Err(Exc::index_error("range object index out of range"));
                    }
                    self.int_from_i128(r.get(i))
                }
            }
            _ => {
                return Err(Exc::type_error(format!("'{}' object is not subscriptable", self.type_name(obj))));
            }
        };
        Ok(Outcome::Value(v))
    }

    pub fn store_subscript(&mut self, obj: Value, key: Value, v: Value) -> PyResult<Outcome> {
        if self.is_user_instance(obj) {
            if let Some(o) = self.item_dunder(obj, key, Some(v), false)? {
                return Ok(o);
            }
            return Err(self.no_item_assignment(obj));
        }
        if self.needs_python_key(key) && self.is_dict(obj) {
            return self.key_op(obj, key, KeyAction::Set(v), ReturnMode::Discard);
        }
        let Value::Ref(id) = obj else {
            return Err(self.no_item_assignment(obj));
        };
        match self.heap.get(id) {
            Object::List(items) => {
                let len = items.len();
                if let Some(sl) = self.is_slice(key) {
                    let idx = self.slice_indices(sl, len)?;
                    let Some(new_items) = self.collect_native(v)? else {
                        return Err(Exc::type_error("must assign iterable to extended slice"));
                    };
                    let step1 = self.slice_step_is_one(sl);
                    if let Object::List(items) = self.heap.get_mut(id) {
                        if step1 {
                            let start = idx.start.max(0) as usize;
                            let end = (start + idx.len).max(start);
                            items.splice(start..end, new_items);
                        } else {
                            if new_items.len() != idx.len {
                                return Err(Exc::value_error(format!(
                                    "attempt to assign sequence of size {} to extended slice of size {}",
                                    new_items.len(),
                                    idx.len
                                )));
                            }
                            for (i, item) in idx.indices().zip(new_items) {
                                items[i] = item;
                            }
                        }
                    }
                    return Ok(Outcome::Value(Value::None));
                }
                let Some(i) = self.index_value(key) else {
                    return Err(Exc::type_error(format!(
                        "list indices must be integers or slices, not {}",
                        self.type_name(key)
                    )));
                };
                let Some(i) = Self::norm_index(i, len) else {
                    return Err(Exc::index_error("list assignment index out of range"));
                };
                if let Object::List(items) = self.heap.get_mut(id) {
                    items[i] = v;
                }
                Ok(Outcome::Value(Value::None))
            }
            Object::Dict(_) => {
                self.dict_set(obj, key, v)?;
                Ok(Outcome::Value(Value::None))
            }
            Object::ByteArray(b) => {
                let len = b.len();
                if let Some(sl) = self.is_slice(key) {
                    let idx = self.slice_indices(sl, len)?;
                    let new: Vec<u8> = match self.collect_native(v)? {
                        Some(items) => items
                            .into_iter()
                            .map(|x| match x {
                                Value::Int(i) if (0..256).contains(&i) => Ok(i as u8),
                                _ => Err(Exc::value_error("byte must be in range(0, 256)")),
                            })
                            .collect::<PyResult<_>>()?,
                        None => {
                            return Err(Exc::type_error(
                                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                            ));
                        }
                    };
                    if let Object::ByteArray(b) = self.heap.get_mut(id) {
                        let start = idx.start.max(0) as usize;
                        b.splice(start..start + idx.len, new);
                    }
                    return Ok(Outcome::Value(Value::None));
                }
                let Some(i) = self.index_value(key).and_then(|i| Self::norm_index(i, len)) else {
                    return Err(Exc::index_error("bytearray index out of range"));
                };
                let byte = match v {
                    Value::Int(x) if (0..256).contains(&x) => x as u8,
                    Value::Int(_) => return Err(Exc::value_error("byte must be in range(0, 256)")),
                    _ => {
                        return Err(Exc::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            self.type_name(v)
                        )));
                    }
                };
                if let Object::ByteArray(b) = self.heap.get_mut(id) {
                    b[i] = byte;
                }
                Ok(Outcome::Value(Value::None))
            }
            _ => Err(self.no_item_assignment(obj)),
        }
    }

    fn slice_step_is_one(&self, sl: ObjId) -> bool {
        match self.heap.get(sl) {
            Object::Slice(s) => s.step.is_none() || matches!(s.step, Value::Int(1)),
            _ => true,
        }
    }

    fn no_item_assignment(&self, obj: Value) -> Exc {
        Exc::type_error(format!("'{}' object does not support item assignment", self.type_name(obj)))
    }

    pub fn delete_subscript(&mut self, obj: Value, key: Value) -> PyResult<Outcome> {
        if self.is_user_instance(obj) {
            if let Some(o) = self.item_dunder(obj, key, None, true)? {
                return Ok(o);
            }
            return Err(Exc::type_error(format!("'{}' object doesn't support item deletion", self.type_name(obj))));
        }
        if self.needs_python_key(key) && self.is_dict(obj) {
            return self.key_op(obj, key, KeyAction::Delete, ReturnMode::Discard);
        }
        let Value::Ref(id) = obj else {
            return Err(Exc::type_error(format!("'{}' object doesn't support item deletion", self.type_name(obj))));
        };
        match self.heap.get(id) {
            Object::List(items) => {
                let len = items.len();
                if let Some(sl) = self.is_slice(key) {
                    let idx = self.slice_indices(sl, len)?;
                    let doomed: Vec<usize> = idx.indices().collect();
                    if let Object::List(items) = self.heap.get_mut(id) {
                        remove_indices(items, doomed);
                    }
                    return Ok(Outcome::Value(Value::None));
                }
                let Some(i) = self.index_value(key) else {
                    return Err(Exc::type_error(format!(
                        "list indices must be integers or slices, not {}",
                        self.type_name(key)
                    )));
                };
                let Some(i) = Self::norm_index(i, len) else {
                    return Err(Exc::index_error("list assignment index out of range"));
                };
                if let Object::List(items) = self.heap.get_mut(id) {
                    items.remove(i);
                }
                Ok(Outcome::Value(Value::None))
            }
            Object::Dict(_) => match self.dict_remove(obj, key)? {
                Some(_) => Ok(Outcome::Value(Value::None)),
                None => Err(Exc::with_value(TypeId::KeyError, key)),
            },
            Object::ByteArray(b) => {
                let len = b.len();
                if let Some(sl) = self.is_slice(key) {
                    let doomed: Vec<usize> = self.slice_indices(sl, len)?.indices().collect();
                    if let Object::ByteArray(b) = self.heap.get_mut(id) {
                        remove_indices(b, doomed);
                    }
                    return Ok(Outcome::Value(Value::None));
                }
                let Some(i) = self.index_value(key).and_then(|i| Self::norm_index(i, len)) else {
                    return Err(Exc::index_error("bytearray index out of range"));
                };
                if let Object::ByteArray(b) = self.heap.get_mut(id) {
                    b.remove(i);
                }
                Ok(Outcome::Value(Value::None))
            }
            _ => Err(Exc::type_error(format!("'{}' object doesn't support item deletion", self.type_name(obj)))),
        }
    }
}

impl Vm {
    /// `obj[key]` when no Python code is needed (None otherwise).
    pub fn subscript_value(&mut self, obj: Value, key: Value) -> PyResult<Option<Value>> {
        match self.subscript(obj, key)? {
            Outcome::Value(v) => Ok(Some(v)),
            Outcome::Pushed => Ok(None),
        }
    }
}

/// Remove the items at `doomed` (any order, each in range) in one pass.
fn remove_indices<T>(items: &mut Vec<T>, mut doomed: Vec<usize>) {
    doomed.sort_unstable();
    let mut next = 0;
    let mut i = 0;
    items.retain(|_| {
        let keep = !(next < doomed.len() && doomed[next] == i);
        if !keep {
            next += 1;
        }
        i += 1;
        keep
    });
}
