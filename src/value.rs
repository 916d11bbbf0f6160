//! The value word that lives on the VM stack, in locals and inside containers.
//!
//! Small immediates (None, bools, 64-bit ints, floats, builtin functions and types) are stored
//! inline; everything else is an index into the arena [`crate::heap::Heap`]. A `Value` is `Copy`:
//! liveness is decided by the tracing collector (see `docs/architecture.md`), so copying a value
//! never touches a reference count.

use serde::{Deserialize, Serialize};

use crate::builtins::Builtin;
use crate::methods::MethodName;
use crate::types::TypeId;

/// Index of an object in the heap arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub struct ObjId(pub u32);

impl ObjId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub enum Value {
    /// Internal marker: an unbound local, an empty slot, "no value". Never visible to Python.
    Undefined,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Ellipsis,
    NotImplemented,
    /// A builtin function such as `len` or `print`.
    Builtin(Builtin),
    /// A builtin class: `int`, `list`, `ValueError`...
    Type(TypeId),
    /// Internal: the "function" half of a `LoadMethod` pair for a method of a builtin type.
    Method(MethodName),
    /// Everything that lives in the heap.
    Ref(ObjId),
}

// The stack and every container store values: keep them two words.
const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Value {
    #[inline]
    pub fn is_undefined(self) -> bool {
        matches!(self, Value::Undefined)
    }

    #[inline]
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }

    #[inline]
    pub fn as_ref(self) -> Option<ObjId> {
        match self {
            Value::Ref(id) => Some(id),
            _ => None,
        }
    }

    /// Identity comparison (`is`).
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Undefined, Value::Undefined)
            | (Value::None, Value::None)
            | (Value::Ellipsis, Value::Ellipsis)
            | (Value::NotImplemented, Value::NotImplemented) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Builtin(a), Value::Builtin(b)) => a == b,
            (Value::Type(a), Value::Type(b)) => a == b,
            (Value::Method(a), Value::Method(b)) => a == b,
            (Value::Ref(a), Value::Ref(b)) => a == b,
            _ => false,
        }
    }
}
