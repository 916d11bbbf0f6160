//! The error type that travels through every VM operation.
//!
//! `Exc` is either a Python exception (catchable by `try`) or a host-level stop (a resource
//! limit), which unwinds straight out of the interpreter without running any handler.

use crate::types::TypeId;
use crate::value::{ObjId, Value};

/// Which resource limit stopped the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum LimitKind {
    Memory,
    Allocations,
    Duration,
    Instructions,
}

impl LimitKind {
    pub fn describe(self) -> &'static str {
        match self {
            LimitKind::Memory => "memory limit exceeded",
            LimitKind::Allocations => "allocation limit exceeded",
            LimitKind::Duration => "time limit exceeded",
            LimitKind::Instructions => "instruction limit exceeded",
        }
    }
}

/// The argument of an exception that has not been materialised in the heap yet.
#[derive(Clone, Debug)]
pub enum ExcArg {
    None,
    Message(String),
    Value(Value),
}

#[derive(Debug)]
pub enum Exc {
    /// An exception instance in the heap.
    Raised(ObjId),
    /// An exception to create when it reaches Python code (cheap to make in Rust helpers).
    New(Box<(TypeId, ExcArg)>),
    /// A resource limit: not catchable by Python code.
    Limit(LimitKind),
    /// Internal: a native step needs Python code and must be redone on the slow path (see
    /// `Vm::next_native`, `Vm::dict_lookup`). A TypeError should it ever escape.
    Defer,
}

// The error travels through every instruction: keep it two words.
const _: () = assert!(std::mem::size_of::<Exc>() <= 16);

pub type PyResult<T> = Result<T, Exc>;

impl Exc {
    pub fn new(ty: TypeId, msg: impl Into<String>) -> Exc {
        Exc::New(Box::new((ty, ExcArg::Message(msg.into()))))
    }

    pub fn bare(ty: TypeId) -> Exc {
        Exc::New(Box::new((ty, ExcArg::None)))
    }

    pub fn with_value(ty: TypeId, v: Value) -> Exc {
        Exc::New(Box::new((ty, ExcArg::Value(v))))
    }

    pub fn type_error(msg: impl Into<String>) -> Exc {
        Exc::new(TypeId::TypeError, msg)
    }

    pub fn value_error(msg: impl Into<String>) -> Exc {
        Exc::new(TypeId::ValueError, msg)
    }

    pub fn index_error(msg: impl Into<String>) -> Exc {
        Exc::new(TypeId::IndexError, msg)
    }

    pub fn overflow(msg: impl Into<String>) -> Exc {
        Exc::new(TypeId::OverflowError, msg)
    }

    pub fn zero_division(msg: impl Into<String>) -> Exc {
        Exc::new(TypeId::ZeroDivisionError, msg)
    }

    pub fn attribute_error(msg: impl Into<String>) -> Exc {
        Exc::new(TypeId::AttributeError, msg)
    }

    pub fn runtime_error(msg: impl Into<String>) -> Exc {
        Exc::new(TypeId::RuntimeError, msg)
    }

    pub fn recursion() -> Exc {
        Exc::new(TypeId::RecursionError, "maximum recursion depth exceeded")
    }

    /// The type of an exception that is not yet materialised (None for heap exceptions).
    pub fn pending_type(&self) -> Option<TypeId> {
        match self {
            Exc::New(b) => Some(b.0),
            _ => None,
        }
    }

    pub fn is_limit(&self) -> bool {
        matches!(self, Exc::Limit(_))
    }

    pub fn is_defer(&self) -> bool {
        matches!(self, Exc::Defer)
    }
}
