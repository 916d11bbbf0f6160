//! Types of values, `isinstance`, and user classes.

use serde::{Deserialize, Serialize};

use super::Vm;
use super::call::{Args, Outcome};
use super::frame::ReturnMode;
use super::native::{Resume, TaskStep};
use crate::error::{Exc, PyResult};
use crate::objects::{DictPart, Iter, Object};
use crate::types::TypeId;
use crate::value::{ObjId, Value};

/// Resumable steps of class creation and instantiation.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum ClassTask {}

impl ClassTask {
    pub fn for_each_ref(&self, _f: &mut dyn FnMut(Value)) {
        match *self {}
    }

    pub fn resume(&mut self, _vm: &mut Vm, _input: Resume) -> PyResult<TaskStep> {
        match *self {}
    }
}

impl Vm {
    /// The class of a value: `Value::Type` for builtin classes, `Value::Ref` for user ones.
    pub fn type_of(&self, v: Value) -> Value {
        Value::Type(match v {
            Value::Undefined | Value::None => TypeId::NoneType,
            Value::Bool(_) => TypeId::Bool,
            Value::Int(_) => TypeId::Int,
            Value::Float(_) => TypeId::Float,
            Value::Ellipsis => TypeId::EllipsisType,
            Value::NotImplemented => TypeId::NotImplementedType,
            Value::Builtin(_) | Value::Method(_) => TypeId::BuiltinFunction,
            Value::Type(_) => TypeId::Type,
            Value::Ref(id) => match self.heap.get(id) {
                Object::Str(_) => TypeId::Str,
                Object::Bytes(_) => TypeId::Bytes,
                Object::ByteArray(_) => TypeId::ByteArray,
                Object::BigInt(_) => TypeId::Int,
                Object::Complex { .. } => TypeId::Complex,
                Object::List(_) => TypeId::List,
                Object::Tuple(_) => TypeId::Tuple,
                Object::Dict(_) => TypeId::Dict,
                Object::Set(_) => TypeId::Set,
                Object::FrozenSet(_) => TypeId::FrozenSet,
                Object::Range(_) => TypeId::Range,
                Object::Slice(_) => TypeId::Slice,
                Object::Cell(_) => TypeId::Cell,
                Object::Function(_) => TypeId::Function,
                Object::BoundMethod { .. } => TypeId::Method,
                Object::BuiltinMethod { .. } => TypeId::BuiltinFunction,
                Object::DictView { part, .. } => match part {
                    DictPart::Keys => TypeId::DictKeys,
                    DictPart::Values => TypeId::DictValues,
                    DictPart::Items => TypeId::DictItems,
                },
                Object::Iter(it) => self.iter_type(it),
                Object::Generator(_) => TypeId::Generator,
                Object::Instance(i) => return i.class,
                Object::Class(_) => TypeId::Type,
                Object::Module(_) => TypeId::Module,
            },
        })
    }

    fn iter_type(&self, it: &Iter) -> TypeId {
        match it {
            Iter::Seq { seq, .. } => match self.heap.get(*seq) {
                Object::Tuple(_) => TypeId::TupleIterator,
                Object::Bytes(_) | Object::ByteArray(_) => TypeId::BytesIterator,
                _ => TypeId::ListIterator,
            },
            Iter::SeqReverse { .. } => TypeId::ListReverseIterator,
            Iter::Str { .. } => TypeId::StrIterator,
            Iter::Range { .. } => TypeId::RangeIterator,
            Iter::Dict { part, .. } => match part {
                DictPart::Keys => TypeId::DictKeyIterator,
                DictPart::Values => TypeId::DictValueIterator,
                DictPart::Items => TypeId::DictItemIterator,
            },
            Iter::Set { .. } => TypeId::SetIterator,
            Iter::Enumerate { .. } => TypeId::Enumerate,
            Iter::Zip { .. } => TypeId::Zip,
            Iter::Map { .. } => TypeId::Map,
            Iter::Filter { .. } => TypeId::Filter,
            Iter::Callable { .. } => TypeId::CallableIterator,
            Iter::Exhausted => TypeId::ListIterator,
        }
    }

    /// The `__name__` of a value's class.
    pub fn type_name(&self, v: Value) -> String {
        self.class_name(self.type_of(v))
    }

    pub fn class_name(&self, class: Value) -> String {
        match class {
            Value::Type(t) => t.name().to_string(),
            Value::Ref(id) => match self.heap.get(id) {
                Object::Class(c) => c.name.clone(),
                _ => "object".to_string(),
            },
            _ => "object".to_string(),
        }
    }

    /// The method resolution order of a class value.
    pub fn mro_of(&self, class: Value) -> Vec<Value> {
        match class {
            Value::Type(t) => t.mro().into_iter().map(Value::Type).collect(),
            Value::Ref(id) => match self.heap.get(id) {
                Object::Class(c) => c.mro.clone(),
                _ => vec![Value::Type(TypeId::Object)],
            },
            _ => vec![Value::Type(TypeId::Object)],
        }
    }

    /// Is class `sub` the class `sup` or derived from it?
    pub fn is_subclass(&self, sub: Value, sup: Value) -> bool {
        match (sub, sup) {
            (Value::Type(a), Value::Type(b)) => a.is_subclass(b),
            (_, Value::Type(TypeId::Object)) => true,
            (Value::Ref(_), _) => self
                .mro_of(sub)
                .iter()
                .any(|c| c.is(sup) || matches!((c, sup), (Value::Type(a), Value::Type(b)) if a.is_subclass(b))),
            _ => false,
        }
    }

    pub fn isinstance(&self, v: Value, cls: Value) -> bool {
        self.is_subclass(self.type_of(v), cls)
    }

    /// The builtin class a (possibly user) class derives from, e.g. `ValueError` for
    /// `class MyError(ValueError)`.
    pub fn builtin_base_of_class(&self, class: Value) -> TypeId {
        match class {
            Value::Type(t) => t,
            Value::Ref(_) => self
                .mro_of(class)
                .iter()
                .find_map(|c| match c {
                    Value::Type(t) if *t != TypeId::Object => Some(*t),
                    _ => None,
                })
                .unwrap_or(TypeId::Object),
            _ => TypeId::Object,
        }
    }

    pub fn class_is_exception(&self, class: Value) -> bool {
        self.builtin_base_of_class(class).is_exception()
    }

    /// Calling a user class: create an instance and run `__init__`.
    pub(super) fn instantiate(&mut self, _class: ObjId, _args: Args, _ret: ReturnMode) -> PyResult<Outcome> {
        Err(Exc::type_error("user classes are not supported yet"))
    }

    /// Calling an instance (`__call__`).
    pub(super) fn call_instance(&mut self, v: Value, _args: Args, _ret: ReturnMode) -> PyResult<Outcome> {
        Err(self.not_callable(v))
    }

    /// The end of a class body: build the class from its namespace.
    pub(super) fn finish_class_body(&mut self, _ns: ObjId, _cell: Value, _ret: ReturnMode) -> PyResult<()> {
        Err(Exc::type_error("user classes are not supported yet"))
    }

    /// `iter()` on an instance (`__iter__`).
    pub(super) fn instance_iter(&mut self, v: Value) -> PyResult<Outcome> {
        Err(self.not_iterable(v))
    }

    /// `next()` on an instance (`__next__`).
    pub(super) fn instance_next(&mut self, v: Value, _ret: ReturnMode) -> PyResult<super::iter::Step> {
        Err(self.not_iterator(v))
    }
}

impl Vm {
    /// `type(name, bases, dict)`.
    pub fn type_new(&mut self, _name: Value, _bases: Value, _dict: Value, _ret: ReturnMode) -> PyResult<Outcome> {
        Err(Exc::type_error("type() with 3 arguments is not supported yet"))
    }

    /// `__build_class__(body, name, *bases)`: run the class body, then create the class.
    pub fn build_class(&mut self, _args: Args, _ret: ReturnMode) -> PyResult<Outcome> {
        Err(Exc::type_error("class definitions are not supported yet"))
    }

    /// `with mgr:` — call `__enter__` and keep `__exit__`.
    pub(super) fn before_with(&mut self, mgr: Value) -> PyResult<Outcome> {
        Err(Exc::type_error(format!("'{}' object does not support the context manager protocol", self.type_name(mgr))))
    }

    /// `gen.send(v)`, `gen.throw(e)`, `gen.close()`.
    pub fn generator_method(
        &mut self,
        genr: Value,
        m: crate::methods::MethodName,
        args: Args,
        ret: ReturnMode,
    ) -> PyResult<Outcome> {
        use crate::methods::MethodName as M;
        let Value::Ref(id) = genr else { return Err(Exc::type_error("not a generator")) };
        match m {
            M::Send => {
                let v = args.pos.first().copied().unwrap_or(Value::None);
                match self.resume_generator(id, v, ret)? {
                    super::iter::Step::Pushed => Ok(Outcome::Pushed),
                    super::iter::Step::Item(x) => Ok(Outcome::Value(x)),
                    super::iter::Step::Done => Err(Exc::bare(TypeId::StopIteration)),
                }
            }
            _ => Err(Exc::type_error(format!("generator.{}() is not supported yet", m.as_str()))),
        }
    }
}
