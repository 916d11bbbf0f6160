//! Builtin classes: one table gives each its Python name and its single base class.
//!
//! User classes live in the heap; builtin ones are the immediate `Value::Type(TypeId)`. The
//! exception hierarchy is part of this table, so `except LookupError` is a walk up `base()`.

use serde::{Deserialize, Serialize};

macro_rules! builtin_types {
    ($($variant:ident => $name:literal : $base:ident),* $(,)?) => {
        /// A builtin class.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum TypeId {
            $($variant),*
        }

        impl TypeId {
            /// Every builtin class, in table order.
            pub const ALL: &'static [TypeId] = &[$(TypeId::$variant),*];

            /// The `__name__` Python shows.
            pub fn name(self) -> &'static str {
                match self {
                    $(TypeId::$variant => $name),*
                }
            }

            /// The single base class (`object` for the root of each family; `None` for `object`).
            pub fn base(self) -> Option<TypeId> {
                let base = match self {
                    $(TypeId::$variant => TypeId::$base),*
                };
                (self != TypeId::Object).then_some(base)
            }
        }
    };
}

builtin_types! {
    Object => "object": Object,
    Type => "type": Object,
    NoneType => "NoneType": Object,
    NotImplementedType => "NotImplementedType": Object,
    EllipsisType => "ellipsis": Object,
    Int => "int": Object,
    Bool => "bool": Int,
    Float => "float": Object,
    Complex => "complex": Object,
    Str => "str": Object,
    Bytes => "bytes": Object,
    ByteArray => "bytearray": Object,
    List => "list": Object,
    Tuple => "tuple": Object,
    Dict => "dict": Object,
    Set => "set": Object,
    FrozenSet => "frozenset": Object,
    Range => "range": Object,
    Slice => "slice": Object,
    Function => "function": Object,
    BuiltinFunction => "builtin_function_or_method": Object,
    Method => "method": Object,
    Cell => "cell": Object,
    Traceback => "traceback": Object,
    GenericAlias => "GenericAlias": Object,
    UnionType => "UnionType": Object,
    Module => "module": Object,
    Property => "property": Object,
    ClassMethod => "classmethod": Object,
    StaticMethod => "staticmethod": Object,
    Super => "super": Object,
    Generator => "generator": Object,
    Coroutine => "coroutine": Object,
    DictKeys => "dict_keys": Object,
    DictValues => "dict_values": Object,
    DictItems => "dict_items": Object,
    ListIterator => "list_iterator": Object,
    ListReverseIterator => "list_reverseiterator": Object,
    TupleIterator => "tuple_iterator": Object,
    StrIterator => "str_ascii_iterator": Object,
    BytesIterator => "bytes_iterator": Object,
    RangeIterator => "range_iterator": Object,
    DictKeyIterator => "dict_keyiterator": Object,
    DictValueIterator => "dict_valueiterator": Object,
    DictItemIterator => "dict_itemiterator": Object,
    SetIterator => "set_iterator": Object,
    Enumerate => "enumerate": Object,
    Zip => "zip": Object,
    Map => "map": Object,
    Filter => "filter": Object,
    Reversed => "reversed": Object,
    CallableIterator => "callable_iterator": Object,
    BaseException => "BaseException": Object,
    SystemExit => "SystemExit": BaseException,
    KeyboardInterrupt => "KeyboardInterrupt": BaseException,
    GeneratorExit => "GeneratorExit": BaseException,
    Exception => "Exception": BaseException,
    StopIteration => "StopIteration": Exception,
    StopAsyncIteration => "StopAsyncIteration": Exception,
    ArithmeticError => "ArithmeticError": Exception,
    FloatingPointError => "FloatingPointError": ArithmeticError,
    OverflowError => "OverflowError": ArithmeticError,
    ZeroDivisionError => "ZeroDivisionError": ArithmeticError,
    AssertionError => "AssertionError": Exception,
    AttributeError => "AttributeError": Exception,
    BufferError => "BufferError": Exception,
    EOFError => "EOFError": Exception,
    ImportError => "ImportError": Exception,
    ModuleNotFoundError => "ModuleNotFoundError": ImportError,
    LookupError => "LookupError": Exception,
    IndexError => "IndexError": LookupError,
    KeyError => "KeyError": LookupError,
    MemoryError => "MemoryError": Exception,
    NameError => "NameError": Exception,
    UnboundLocalError => "UnboundLocalError": NameError,
    OSError => "OSError": Exception,
    BlockingIOError => "BlockingIOError": OSError,
    ChildProcessError => "ChildProcessError": OSError,
    ConnectionError => "ConnectionError": OSError,
    BrokenPipeError => "BrokenPipeError": ConnectionError,
    ConnectionAbortedError => "ConnectionAbortedError": ConnectionError,
    ConnectionRefusedError => "ConnectionRefusedError": ConnectionError,
    ConnectionResetError => "ConnectionResetError": ConnectionError,
    FileExistsError => "FileExistsError": OSError,
    FileNotFoundError => "FileNotFoundError": OSError,
    InterruptedError => "InterruptedError": OSError,
    IsADirectoryError => "IsADirectoryError": OSError,
    NotADirectoryError => "NotADirectoryError": OSError,
    PermissionError => "PermissionError": OSError,
    ProcessLookupError => "ProcessLookupError": OSError,
    TimeoutError => "TimeoutError": OSError,
    ReferenceError => "ReferenceError": Exception,
    RuntimeError => "RuntimeError": Exception,
    NotImplementedError => "NotImplementedError": RuntimeError,
    RecursionError => "RecursionError": RuntimeError,
    SyntaxError => "SyntaxError": Exception,
    IndentationError => "IndentationError": SyntaxError,
    TabError => "TabError": IndentationError,
    SystemError => "SystemError": Exception,
    TypeError => "TypeError": Exception,
    ValueError => "ValueError": Exception,
    UnicodeError => "UnicodeError": ValueError,
    UnicodeDecodeError => "UnicodeDecodeError": UnicodeError,
    UnicodeEncodeError => "UnicodeEncodeError": UnicodeError,
    UnicodeTranslateError => "UnicodeTranslateError": UnicodeError,
    Warning => "Warning": Exception,
    UserWarning => "UserWarning": Warning,
    DeprecationWarning => "DeprecationWarning": Warning,
    PendingDeprecationWarning => "PendingDeprecationWarning": Warning,
    SyntaxWarning => "SyntaxWarning": Warning,
    RuntimeWarning => "RuntimeWarning": Warning,
    FutureWarning => "FutureWarning": Warning,
    ImportWarning => "ImportWarning": Warning,
    UnicodeWarning => "UnicodeWarning": Warning,
    BytesWarning => "BytesWarning": Warning,
    ResourceWarning => "ResourceWarning": Warning,
}

impl TypeId {
    /// Is `self` the class `other` or one of its subclasses?
    pub fn is_subclass(self, other: TypeId) -> bool {
        let mut t = Some(self);
        while let Some(cur) = t {
            if cur == other {
                return true;
            }
            t = cur.base();
        }
        false
    }

    pub fn is_exception(self) -> bool {
        self.is_subclass(TypeId::BaseException)
    }

    /// The method resolution order of a builtin class: itself, then its bases up to `object`.
    pub fn mro(self) -> Vec<TypeId> {
        let mut out = vec![self];
        let mut t = self.base();
        while let Some(cur) = t {
            out.push(cur);
            t = cur.base();
        }
        out
    }

    /// Builtin classes Python code may subclass.
    pub fn is_subclassable(self) -> bool {
        self.is_exception()
            || matches!(
                self,
                TypeId::Object
                    | TypeId::Type
                    | TypeId::Int
                    | TypeId::Float
                    | TypeId::Str
                    | TypeId::List
                    | TypeId::Tuple
                    | TypeId::Dict
                    | TypeId::Set
                    | TypeId::FrozenSet
                    | TypeId::Bytes
                    | TypeId::ByteArray
            )
    }

    /// The builtin class bound to a name in the builtins namespace, if any.
    pub fn from_builtin_name(name: &str) -> Option<TypeId> {
        let t = match name {
            "object" => TypeId::Object,
            "type" => TypeId::Type,
            "int" => TypeId::Int,
            "bool" => TypeId::Bool,
            "float" => TypeId::Float,
            "complex" => TypeId::Complex,
            "str" => TypeId::Str,
            "bytes" => TypeId::Bytes,
            "bytearray" => TypeId::ByteArray,
            "list" => TypeId::List,
            "tuple" => TypeId::Tuple,
            "dict" => TypeId::Dict,
            "set" => TypeId::Set,
            "frozenset" => TypeId::FrozenSet,
            "range" => TypeId::Range,
            "slice" => TypeId::Slice,
            "enumerate" => TypeId::Enumerate,
            "zip" => TypeId::Zip,
            "map" => TypeId::Map,
            "filter" => TypeId::Filter,
            "reversed" => TypeId::Reversed,
            "property" => TypeId::Property,
            "classmethod" => TypeId::ClassMethod,
            "staticmethod" => TypeId::StaticMethod,
            "super" => TypeId::Super,
            _ => {
                return TypeId::ALL.iter().copied().find(|t| t.is_exception() && t.name() == name);
            }
        };
        Some(t)
    }
}
