//! Consumers of iterated items for builtins such as `list()`, `sum()`, `min()`, `sorted()`,
//! `str.join()`: fed one item (and its key) at a time, either synchronously for native
//! iterables or from a resumable `Drain` task when items come from Python code.

use serde::{Deserialize, Serialize};

use super::Vm;
use crate::bytecode::CmpOp;
use crate::error::{Exc, PyResult};
use crate::objects::Object;
use crate::types::TypeId;
use crate::value::{ObjId, Value};

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
    },
    /// Items and their sort keys.
    Sorted {
        pairs: Vec<(Value, Value)>,
        reverse: bool,
        into: Option<ObjId>,
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
    /// bytes(iterable of ints), or bytearray when `array`.
    Bytes {
        data: Vec<u8>,
        array: bool,
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
            Sink::MinMax { best, default, .. } => {
                if let Some((a, b)) = best {
                    f(*a);
                    f(*b);
                }
                if let Some(d) = default {
                    f(*d);
                }
            }
            Sink::Sorted { pairs, into, .. } => {
                for (a, b) in pairs {
                    f(*a);
                    f(*b);
                }
                if let Some(id) = into {
                    f(Value::Ref(*id));
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
            Sink::Unpack { items, .. } => items.iter().copied().for_each(f),
        }
    }

    /// Take one item; `Some(result)` stops early.
    pub fn feed(&mut self, vm: &mut Vm, item: Value, key: Value) -> PyResult<Option<Value>> {
        match self {
            Sink::List(v) | Sink::Tuple(v) => {
                v.push(item);
                if v.len() % 4096 == 0 {
                    vm.reserve(v.len() * 16)?;
                }
            }
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
                vm.dict_set(Value::Ref(*dict), pair[0], pair[1])?;
                *index += 1;
            }
            Sink::ExtendList(id) => vm.list_append(Value::Ref(*id), item),
            Sink::Sum(acc) => {
                *acc = vm.add_values(*acc, item)?;
            }
            Sink::Any => {
                if vm.truthy_native(key)? {
                    return Ok(Some(Value::Bool(true)));
                }
            }
            Sink::All => {
                if !vm.truthy_native(key)? {
                    return Ok(Some(Value::Bool(false)));
                }
            }
            Sink::MinMax { is_max, best, .. } => {
                let replace = match best {
                    None => true,
                    Some((_, best_key)) => {
                        let op = if *is_max { CmpOp::Gt } else { CmpOp::Lt };
                        vm.compare_bool(op, key, *best_key)?
                    }
                };
                if replace {
                    *best = Some((item, key));
                }
            }
            Sink::Sorted { pairs, .. } => pairs.push((item, key)),
            Sink::Join { parts, .. } => {
                if vm.as_str(item).is_none() {
                    return Err(Exc::type_error(format!(
                        "sequence item {}: expected str instance, {} found",
                        parts.len(),
                        vm.type_name(item)
                    )));
                }
                parts.push(item);
            }
            Sink::First { .. } => return Ok(Some(item)),
            Sink::Contains { item: wanted, invert } => {
                if item.is(*wanted) || vm.eq_native(item, *wanted)? {
                    return Ok(Some(Value::Bool(!*invert)));
                }
            }
            Sink::Unpack { before, after, items } => {
                items.push(item);
                if after.is_none() && items.len() > *before {
                    return Err(Exc::value_error(format!("too many values to unpack (expected {before})")));
                }
            }
            Sink::Bytes { data: b, .. } => match item {
                Value::Int(i) if (0..256).contains(&i) => b.push(i as u8),
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
        Ok(None)
    }

    /// The iterator is exhausted: produce the result.
    pub fn finish(&mut self, vm: &mut Vm) -> PyResult<Value> {
        Ok(match self {
            Sink::List(v) => {
                let v = std::mem::take(v);
                vm.new_list(v)
            }
            Sink::Tuple(v) => {
                let v = std::mem::take(v);
                vm.new_tuple(v)
            }
            Sink::SetInto(id) | Sink::ExtendList(id) => Value::Ref(*id),
            Sink::DictPairs { dict, .. } => Value::Ref(*dict),
            Sink::Sum(acc) => *acc,
            Sink::Any => Value::Bool(false),
            Sink::All => Value::Bool(true),
            Sink::MinMax { is_max, best, default } => match (best, default) {
                (Some((item, _)), _) => *item,
                (None, Some(d)) => *d,
                (None, None) => {
                    let name = if *is_max { "max" } else { "min" };
                    return Err(Exc::value_error(format!("{name}() arg is an empty sequence")));
                }
            },
            Sink::Sorted { pairs, reverse, into } => {
                let mut pairs = std::mem::take(pairs);
                vm.sort_pairs(&mut pairs, *reverse)?;
                let items: Vec<Value> = pairs.into_iter().map(|(item, _)| item).collect();
                match into {
                    Some(id) => {
                        if let Object::List(l) = vm.heap.get_mut(*id) {
                            *l = items;
                        }
                        Value::None
                    }
                    None => vm.new_list(items),
                }
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
