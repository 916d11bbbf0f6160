//! Payloads of heap objects other than the big tables (str, dict, set).

pub mod dict;
pub mod pystr;
pub mod set;

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

pub use dict::Dict;
pub use pystr::PyStr;
pub use set::Set;

use crate::bytecode::CodeId;
use crate::methods::MethodName;
use crate::value::{ObjId, Value};
use crate::vm::frame::PyFrame;

/// A Python function: code plus what was captured when `def` ran.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Function {
    pub code: CodeId,
    pub name: String,
    pub qualname: String,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, aligned with them (`Undefined` when required).
    pub kwdefaults: Vec<Value>,
    /// Cells of the enclosing scopes, in the order of the code's `free_slots`.
    pub closure: Vec<Value>,
    /// `func.__dict__` (created on first attribute store) and `__doc__`/`__module__` overrides.
    pub attrs: Option<ObjId>,
}

/// `range(start, stop, step)`. Bounds are 128-bit so ranges over big ints (up to about
/// 1.7e38) work; computed values saturate rather than wrap.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct Range {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl Range {
    pub fn len(&self) -> i128 {
        let (start, stop, step) = (self.start, self.stop, self.step);
        if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / step.saturating_neg() + 1
        } else {
            0
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: i128) -> i128 {
        self.start.saturating_add(i.saturating_mul(self.step))
    }
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// Which part of a dict a view or iterator shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

/// State of the builtin iterator objects.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Iter {
    /// list / tuple / bytes by index (sees list mutation, as CPython does).
    Seq {
        seq: ObjId,
        index: usize,
    },
    /// list reversed by index.
    SeqReverse {
        seq: ObjId,
        next: isize,
    },
    /// str by byte position.
    Str {
        s: ObjId,
        byte_pos: usize,
    },
    Range {
        next: i128,
        stop: i128,
        step: i128,
    },
    Dict {
        dict: ObjId,
        pos: usize,
        len_at_start: usize,
        part: DictPart,
    },
    Set {
        set: ObjId,
        pos: usize,
        len_at_start: usize,
    },
    Enumerate {
        inner: Value,
        count: i128,
    },
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// `iter(callable, sentinel)`
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Iteration through `__getitem__(0)`, `__getitem__(1)`... until IndexError.
    GetItem {
        obj: Value,
        index: i64,
    },
    Exhausted,
}

/// A user class (defined with `class`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Class {
    pub name: String,
    pub qualname: String,
    pub bases: Vec<Value>,
    /// C3 linearisation, starting with the class itself (as `Value::Ref`) and ending with
    /// `object`.
    pub mro: Vec<Value>,
    pub dict: Dict,
    /// Attribute names instances may have, when this class and all its bases declare
    /// `__slots__` (instances then have no free-form `__dict__`).
    pub slots: Option<Vec<String>>,
    /// A user metaclass (a subclass of `type`), given or inherited: its methods act on the
    /// class (`iter(cls)`, `cls[key]`, `cls(...)` through its `__call__`).
    pub metaclass: Option<Value>,
}

/// Extra state carried by exception instances.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ExcData {
    pub args: Vec<Value>,
    /// (code, instruction) pairs, innermost first.
    pub traceback: Vec<(CodeId, u32)>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    pub notes: Vec<Value>,
}

/// An instance of a user class, or of a builtin exception class.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Instance {
    /// `Value::Type` for builtin classes, `Value::Ref` to a `Class` otherwise.
    pub class: Value,
    /// The instance's `__dict__` (a heap dict), created on the first attribute store.
    pub dict: Option<ObjId>,
    pub exc: Option<Box<ExcData>>,
    /// For instances of subclasses of builtin types (list, dict, tuple...): the builtin value
    /// that holds the data.
    pub base: Option<Value>,
}

impl Instance {
    pub fn new(class: Value) -> Self {
        Instance { class, dict: None, exc: None, base: None }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

/// A generator (or coroutine): a suspended frame with its own slice of the value stack.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Generator {
    pub frame: PyFrame,
    pub stack: Vec<Value>,
    pub state: GenState,
    pub name: String,
    pub qualname: String,
    pub is_coroutine: bool,
}

/// An imported (native) module: a name and its attributes.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Module {
    pub name: String,
    pub dict: Dict,
}

/// Everything that lives in the heap.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Object {
    Str(PyStr),
    Bytes(Vec<u8>),
    /// `bytearray`: mutable bytes.
    ByteArray(Vec<u8>),
    BigInt(BigInt),
    Complex {
        re: f64,
        im: f64,
    },
    List(Vec<Value>),
    Tuple(Vec<Value>),
    Dict(Dict),
    Set(Set),
    FrozenSet(Set),
    Range(Range),
    Slice(Slice),
    Cell(Value),
    /// One level of an exception's traceback (`index` into its entries, outermost first).
    Traceback {
        exc: ObjId,
        index: u32,
    },
    /// `list[int]` (a generic alias of `origin`), or with `origin` Undefined the union
    /// `int | None` of `args`.
    Alias {
        origin: Value,
        args: Vec<Value>,
    },
    Function(Box<Function>),
    /// A Python function bound to an instance.
    BoundMethod {
        func: Value,
        receiver: Value,
    },
    /// A method of a builtin object taken as a value (`f = lst.append`).
    BuiltinMethod {
        receiver: Value,
        method: MethodName,
    },
    DictView {
        dict: ObjId,
        part: DictPart,
    },
    Iter(Box<Iter>),
    Generator(Box<Generator>),
    Instance(Box<Instance>),
    Class(Box<Class>),
    /// `property(fget, fset, fdel, doc)`; missing parts are None.
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    ClassMethod(Value),
    StaticMethod(Value),
    /// `super()`: look attributes up on `obj`'s MRO after `class`.
    Super {
        class: Value,
        obj: Value,
    },
    Module(Box<Module>),
    /// A function the host provides: calling it stops the run with a request.
    ExternalFunction(String),
    /// The pending result of a host call the host answered with "future".
    ExternalFuture(u32),
    /// `await` of an external future in progress: yields the future to the event loop once,
    /// then finishes with the value the loop sends back.
    Awaiting {
        future: Value,
        yielded: bool,
    },
}

impl Object {
    /// Estimated bytes this object holds (for memory limits).
    pub fn approx_bytes(&self) -> usize {
        let base = std::mem::size_of::<Object>();
        base + match self {
            Object::Str(s) => s.approx_bytes(),
            Object::Bytes(b) | Object::ByteArray(b) => b.capacity(),
            Object::BigInt(n) => (n.bits() / 8) as usize + 8,
            Object::List(v) | Object::Tuple(v) => v.capacity() * std::mem::size_of::<Value>(),
            Object::Dict(d) => d.approx_bytes(),
            Object::Set(s) | Object::FrozenSet(s) => s.approx_bytes(),
            Object::Function(f) => std::mem::size_of::<Function>() + (f.defaults.len() + f.closure.len()) * 16,
            Object::Iter(_) => 64,
            Object::Generator(g) => 128 + g.stack.capacity() * 16,
            Object::Instance(_) => 64,
            Object::Class(c) => 128 + c.dict.approx_bytes(),
            Object::Module(m) => 64 + m.dict.approx_bytes(),
            _ => 0,
        }
    }

    /// Call `f` on every value this object refers to (for the collector).
    pub fn for_each_ref(&self, mut f: impl FnMut(Value)) {
        match self {
            Object::Str(_)
            | Object::ExternalFunction(_)
            | Object::ExternalFuture(_)
            | Object::Bytes(_)
            | Object::ByteArray(_)
            | Object::BigInt(_)
            | Object::Complex { .. }
            | Object::Range(_) => {}
            Object::List(v) | Object::Tuple(v) => v.iter().copied().for_each(f),
            Object::Dict(d) => d.for_each_value(f),
            Object::Set(s) | Object::FrozenSet(s) => s.iter().for_each(f),
            Object::Slice(s) => {
                f(s.start);
                f(s.stop);
                f(s.step);
            }
            Object::Traceback { exc, .. } => f(Value::Ref(*exc)),
            Object::Alias { origin, args } => {
                f(*origin);
                args.iter().copied().for_each(f);
            }
            Object::Cell(v) => f(*v),
            Object::Function(func) => {
                func.defaults.iter().copied().for_each(&mut f);
                func.kwdefaults.iter().copied().for_each(&mut f);
                func.closure.iter().copied().for_each(&mut f);
                if let Some(a) = func.attrs {
                    f(Value::Ref(a));
                }
            }
            Object::BoundMethod { func, receiver } => {
                f(*func);
                f(*receiver);
            }
            Object::BuiltinMethod { receiver, .. } => f(*receiver),
            Object::DictView { dict, .. } => f(Value::Ref(*dict)),
            Object::Iter(it) => match &**it {
                Iter::Seq { seq, .. } | Iter::SeqReverse { seq, .. } => f(Value::Ref(*seq)),
                Iter::Str { s, .. } => f(Value::Ref(*s)),
                Iter::Range { .. } | Iter::Exhausted => {}
                Iter::Dict { dict, .. } => f(Value::Ref(*dict)),
                Iter::Set { set, .. } => f(Value::Ref(*set)),
                Iter::Enumerate { inner, .. } => f(*inner),
                Iter::Zip { inners, .. } => inners.iter().copied().for_each(f),
                Iter::Map { func, inners } => {
                    f(*func);
                    inners.iter().copied().for_each(f);
                }
                Iter::Filter { func, inner } => {
                    f(*func);
                    f(*inner);
                }
                Iter::Callable { func, sentinel } => {
                    f(*func);
                    f(*sentinel);
                }
                Iter::GetItem { obj, .. } => f(*obj),
            },
            Object::Generator(g) => {
                g.frame.for_each_ref(&mut f);
                g.stack.iter().copied().for_each(f);
            }
            Object::Instance(inst) => {
                f(inst.class);
                if let Some(d) = inst.dict {
                    f(Value::Ref(d));
                }
                if let Some(b) = inst.base {
                    f(b);
                }
                if let Some(exc) = &inst.exc {
                    exc.args.iter().copied().for_each(&mut f);
                    exc.notes.iter().copied().for_each(&mut f);
                    if let Some(c) = exc.cause {
                        f(c);
                    }
                    if let Some(c) = exc.context {
                        f(c);
                    }
                }
            }
            Object::Class(c) => {
                c.bases.iter().copied().for_each(&mut f);
                c.mro.iter().copied().for_each(&mut f);
                if let Some(m) = c.metaclass {
                    f(m);
                }
                c.dict.for_each_value(f);
            }
            Object::Module(m) => m.dict.for_each_value(f),
            Object::Property { fget, fset, fdel, doc } => {
                f(*fget);
                f(*fset);
                f(*fdel);
                f(*doc);
            }
            Object::Awaiting { future, .. } => f(*future),
            Object::ClassMethod(v) | Object::StaticMethod(v) => f(*v),
            Object::Super { class, obj } => {
                f(*class);
                f(*obj);
            }
        }
    }
}
