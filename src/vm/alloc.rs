//! Constructors for heap values and small accessors used everywhere.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::Vm;
use crate::objects::{Dict, Object, PyStr, Set};
use crate::value::{ObjId, Value};

impl Vm {
    pub fn alloc(&mut self, obj: Object) -> Value {
        Value::Ref(self.heap.alloc(obj))
    }

    pub fn new_str(&mut self, s: String) -> Value {
        self.alloc(Object::Str(PyStr::new(s)))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.alloc(Object::List(items))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        self.alloc(Object::Tuple(items))
    }

    pub fn new_dict(&mut self, d: Dict) -> Value {
        self.alloc(Object::Dict(d))
    }

    pub fn new_set(&mut self, s: Set) -> Value {
        self.alloc(Object::Set(s))
    }

    pub fn new_bytes(&mut self, b: Vec<u8>) -> Value {
        self.alloc(Object::Bytes(b))
    }

    /// An int from a big integer, stored inline when it fits in 64 bits.
    pub fn new_bigint(&mut self, n: BigInt) -> Value {
        match n.to_i64() {
            Some(i) => Value::Int(i),
            None => self.alloc(Object::BigInt(n)),
        }
    }

    /// An int from a 128-bit value (ranges, enumerate counters).
    pub fn int_from_i128(&mut self, n: i128) -> Value {
        match i64::try_from(n) {
            Ok(i) => Value::Int(i),
            Err(_) => self.new_bigint(BigInt::from(n)),
        }
    }

    pub fn list_items(&self, id: ObjId) -> &[Value] {
        match self.heap.get(id) {
            Object::List(v) | Object::Tuple(v) => v,
            _ => &[],
        }
    }

    /// The items of a list or tuple value (empty for anything else).
    pub fn seq_items(&self, v: Value) -> Option<&[Value]> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Object::List(items) | Object::Tuple(items) => Some(items),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn bigint_ref(&self, v: Value) -> Option<&BigInt> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Object::BigInt(b) => Some(b),
                _ => None,
            },
            _ => None,
        }
    }
}
