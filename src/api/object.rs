//! Python values at the boundary between the sandbox and its host.
//!
//! A `MontyObject` is an owned tree: inputs, outputs, the arguments of external calls and
//! the values the host answers with. Anything that cannot cross keeps its `repr` (`Repr`),
//! and a container met again inside itself becomes `Cycle`.

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum MontyObject {
    None,
    Ellipsis,
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// Any other int.
    BigInt(BigInt),
    Float(f64),
    String(String),
    Bytes(Vec<u8>),
    List(Vec<MontyObject>),
    Tuple(Vec<MontyObject>),
    /// An instance of a `namedtuple` / `typing.NamedTuple` class.
    NamedTuple {
        type_name: String,
        field_names: Vec<String>,
        values: Vec<MontyObject>,
    },
    /// Key/value pairs in insertion order; keys keep their type.
    Dict(Vec<(MontyObject, MontyObject)>),
    Set(Vec<MontyObject>),
    FrozenSet(Vec<MontyObject>),
    /// An exception instance: its class name and `str(exc)`.
    Exception {
        exc_type: String,
        message: String,
    },
    /// An instance of a `@dataclass`: class name and fields in definition order.
    Dataclass {
        name: String,
        fields: Vec<(String, MontyObject)>,
        frozen: bool,
    },
    /// A `pathlib` path.
    Path(String),
    /// A function provided by the host (answering a name lookup with it makes the name callable).
    Function {
        name: String,
    },
    /// A value that cannot cross the boundary, as its `repr`.
    Repr(String),
    /// A container that contains itself, at the point it recurs (its `repr` placeholder).
    Cycle(String),
}

/// An exception passed between host and sandbox: `exc_type` is a Python exception class name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MontyException {
    pub exc_type: String,
    pub message: String,
}

impl MontyException {
    pub fn new(exc_type: impl Into<String>, message: impl Into<String>) -> Self {
        MontyException { exc_type: exc_type.into(), message: message.into() }
    }
}

impl From<i64> for MontyObject {
    fn from(i: i64) -> Self {
        MontyObject::Int(i)
    }
}

impl From<&str> for MontyObject {
    fn from(s: &str) -> Self {
        MontyObject::String(s.to_string())
    }
}

impl From<String> for MontyObject {
    fn from(s: String) -> Self {
        MontyObject::String(s)
    }
}

impl From<f64> for MontyObject {
    fn from(f: f64) -> Self {
        MontyObject::Float(f)
    }
}

impl From<bool> for MontyObject {
    fn from(b: bool) -> Self {
        MontyObject::Bool(b)
    }
}

impl MontyObject {
    /// Python's `repr` of the value (as far as the boundary form allows).
    pub fn py_repr(&self) -> String {
        let mut out = String::new();
        self.write_repr(&mut out);
        out
    }

    fn write_seq(out: &mut String, items: &[MontyObject], open: &str, close: &str) {
        out.push_str(open);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            item.write_repr(out);
        }
        out.push_str(close);
    }

    fn write_repr(&self, out: &mut String) {
        match self {
            MontyObject::None => out.push_str("None"),
            MontyObject::Ellipsis => out.push_str("Ellipsis"),
            MontyObject::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
            MontyObject::Int(i) => out.push_str(&i.to_string()),
            MontyObject::BigInt(i) => out.push_str(&i.to_string()),
            MontyObject::Float(f) => out.push_str(&crate::format::float::float_repr(*f)),
            MontyObject::String(s) => out.push_str(&crate::format::repr::str_repr(s)),
            MontyObject::Bytes(b) => out.push_str(&crate::format::repr::bytes_repr(b)),
            MontyObject::List(items) => Self::write_seq(out, items, "[", "]"),
            MontyObject::Tuple(items) if items.len() == 1 => Self::write_seq(out, items, "(", ",)"),
            MontyObject::Tuple(items) => Self::write_seq(out, items, "(", ")"),
            MontyObject::NamedTuple { type_name, field_names, values } => {
                out.push_str(type_name);
                out.push('(');
                for (i, (name, v)) in field_names.iter().zip(values).enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(name);
                    out.push('=');
                    v.write_repr(out);
                }
                out.push(')');
            }
            MontyObject::Dict(pairs) => {
                out.push('{');
                for (i, (k, v)) in pairs.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    k.write_repr(out);
                    out.push_str(": ");
                    v.write_repr(out);
                }
                out.push('}');
            }
            MontyObject::Set(items) if items.is_empty() => out.push_str("set()"),
            MontyObject::Set(items) => Self::write_seq(out, items, "{", "}"),
            MontyObject::FrozenSet(items) if items.is_empty() => out.push_str("frozenset()"),
            MontyObject::FrozenSet(items) => Self::write_seq(out, items, "frozenset({", "})"),
            MontyObject::Exception { exc_type, message } => {
                out.push_str(exc_type);
                out.push('(');
                if !message.is_empty() {
                    out.push_str(&crate::format::repr::str_repr(message));
                }
                out.push(')');
            }
            MontyObject::Dataclass { name, fields, .. } => {
                out.push_str(name);
                out.push('(');
                for (i, (field, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(field);
                    out.push('=');
                    v.write_repr(out);
                }
                out.push(')');
            }
            MontyObject::Path(p) => {
                out.push_str("PosixPath(");
                out.push_str(&crate::format::repr::str_repr(p));
                out.push(')');
            }
            MontyObject::Function { name } => out.push_str(&format!("<function {name} (external)>")),
            MontyObject::Repr(r) | MontyObject::Cycle(r) => out.push_str(r),
        }
    }
}

impl std::fmt::Display for MontyObject {
    /// `str()` of the value: strings without quotes, everything else as `repr`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MontyObject::String(s) => f.write_str(s),
            MontyObject::Path(p) => f.write_str(p),
            MontyObject::Exception { message, .. } => f.write_str(message),
            other => f.write_str(&other.py_repr()),
        }
    }
}
