//! Types of values, `isinstance`, class creation (C3 MRO) and instantiation.

use serde::{Deserialize, Serialize};

use super::Vm;
use super::call::{Args, Outcome};
use super::frame::{Frame, ReturnMode};
use super::native::{Resume, TaskStep};
use crate::error::{Exc, PyResult};
use crate::objects::{Class, Dict, DictPart, ExcData, Instance, Iter, Object};
use crate::types::TypeId;
use crate::value::{ObjId, Value};

/// Resumable steps of class creation and instantiation.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum ClassTask {
    /// Run a class body in namespace `ns`, then create the class and run the parent's
    /// `__init_subclass__` (with the class statement's keywords) on it.
    Build {
        name: String,
        bases: Vec<Value>,
        ns: ObjId,
        body: Value,
        kwargs: Vec<(Value, Value)>,
        started: bool,
        /// Set once the class exists; then `__set_name__` of descriptors in its namespace and
        /// the parent's `__init_subclass__` run.
        class: Option<Value>,
        /// `(descriptor, attribute name)` pairs whose `__set_name__` is still to run.
        set_names: Vec<(Value, Value)>,
        subclass_hooked: bool,
        /// The `metaclass=` keyword when it names a user metaclass.
        metaclass: Option<Value>,
    },
    /// `__init__` is running for `instance`; return the instance when it finishes.
    Init { instance: Value },
    /// A user `__new__` is running; then `__init__` runs on its result if it is an instance.
    New { class: Value, args: Vec<Value>, kw: Vec<(Value, Value)>, initing: bool },
    /// The builtin value of a subclass instance is being built (maybe from a generator):
    /// store it as the payload of `instance`, then produce `result`.
    Payload { instance: Value, result: Value },
}

impl ClassTask {
    pub fn for_each_ref(&self, f: &mut dyn FnMut(Value)) {
        match self {
            ClassTask::Build { bases, ns, body, kwargs, class, set_names, metaclass, .. } => {
                bases.iter().copied().for_each(&mut *f);
                if let Some(m) = metaclass {
                    f(*m);
                }
                f(Value::Ref(*ns));
                f(*body);
                for (k, v) in kwargs.iter().chain(set_names.iter()) {
                    f(*k);
                    f(*v);
                }
                if let Some(c) = class {
                    f(*c);
                }
            }
            ClassTask::Init { instance } => f(*instance),
            ClassTask::Payload { instance, result } => {
                f(*instance);
                f(*result);
            }
            ClassTask::New { class, args, kw, .. } => {
                f(*class);
                args.iter().copied().for_each(&mut *f);
                for (k, v) in kw {
                    f(*k);
                    f(*v);
                }
            }
        }
    }

    pub fn resume(&mut self, vm: &mut Vm, input: Resume) -> PyResult<TaskStep> {
        match self {
            ClassTask::Build {
                name,
                bases,
                ns,
                body,
                kwargs,
                started,
                class,
                set_names,
                subclass_hooked,
                metaclass,
            } => {
                let created = match *class {
                    Some(c) => c,
                    None if !*started => {
                        *started = true;
                        vm.push_class_body(*body, *ns)?;
                        return Ok(TaskStep::Wait);
                    }
                    None => {
                        let cell = match input {
                            Resume::Value(v) => v,
                            _ => Value::None,
                        };
                        let created = vm.create_class(name, bases, *ns, *metaclass)?;
                        if let Value::Ref(cell_id) = cell
                            && let Object::Cell(c) = vm.heap.get_mut(cell_id)
                        {
                            *c = created;
                        }
                        *class = Some(created);
                        *set_names = vm.set_name_calls(created);
                        created
                    }
                };
                while !set_names.is_empty() {
                    let (descriptor, attr) = set_names.remove(0);
                    let Some(f) = vm.dunder(descriptor, "__set_name__") else { continue };
                    if let Outcome::Pushed =
                        vm.call_value(f, Args::positional([descriptor, created, attr]), ReturnMode::Native)?
                    {
                        return Ok(TaskStep::Wait);
                    }
                }
                if !*subclass_hooked {
                    *subclass_hooked = true;
                    if let Outcome::Pushed = vm.init_subclass(created, std::mem::take(kwargs))? {
                        return Ok(TaskStep::Wait);
                    }
                }
                Ok(TaskStep::Done(created))
            }
            ClassTask::Payload { instance, result } => {
                if let (Resume::Value(built), Value::Ref(id)) = (input, *instance)
                    && let Object::Instance(inst) = vm.heap.get_mut(id)
                {
                    inst.base = Some(built);
                }
                Ok(TaskStep::Done(*result))
            }
            ClassTask::Init { instance } => {
                if let Resume::Value(v) = input
                    && !v.is_none()
                {
                    return Err(Exc::type_error(format!("__init__() should return None, not '{}'", vm.type_name(v))));
                }
                Ok(TaskStep::Done(*instance))
            }
            ClassTask::New { class, args, kw, initing } => {
                let Resume::Value(obj) = input else { return Ok(TaskStep::Done(Value::None)) };
                if *initing || !vm.isinstance(obj, *class) {
                    return Ok(TaskStep::Done(obj));
                }
                // Without a Python `__init__`, only mutable builtin bases take the arguments
                // again (`list.__init__`); `object`/`tuple`/`str`... got what they need in `__new__`.
                let mutable_base = is_mutable_builtin(vm.builtin_base_of_class(*class));
                if !mutable_base && vm.class_lookup_str(*class, "__init__").is_none() {
                    return Ok(TaskStep::Done(obj));
                }
                let args = Args { pos: args.iter().copied().collect(), kw: std::mem::take(kw) };
                match vm.run_init(obj, *class, args, ReturnMode::Native)? {
                    Outcome::Value(v) => Ok(TaskStep::Done(v)),
                    Outcome::Pushed => {
                        *initing = true;
                        Ok(TaskStep::Wait)
                    }
                }
            }
        }
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
                Object::Traceback { .. } => TypeId::Traceback,
                Object::Alias { origin: Value::Undefined, .. } => TypeId::UnionType,
                Object::Alias { .. } => TypeId::GenericAlias,
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
                Object::Generator(g) if g.is_coroutine => TypeId::Coroutine,
                Object::Generator(_) => TypeId::Generator,
                Object::Instance(i) => return i.class,
                Object::Class(c) => return c.metaclass.unwrap_or(Value::Type(TypeId::Type)),
                Object::Module(_) => TypeId::Module,
                Object::Property { .. } => TypeId::Property,
                Object::ClassMethod(_) => TypeId::ClassMethod,
                Object::StaticMethod(_) => TypeId::StaticMethod,
                Object::Super { .. } => TypeId::Super,
                Object::ExternalFunction(_) => TypeId::Function,
                Object::ExternalFuture(_) | Object::Awaiting { .. } => TypeId::Object,
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
            Iter::Callable { .. } | Iter::GetItem { .. } => TypeId::CallableIterator,
            Iter::Exhausted => TypeId::ListIterator,
        }
    }

    /// The name of a value's class in messages: its `__name__`, or for classes of library
    /// modules that CPython implements in C, the dotted name it shows (`datetime.date`), which
    /// such a class names in its own `_monty_type_name`.
    pub fn type_name(&self, v: Value) -> String {
        let class = self.type_of(v);
        if let Value::Ref(id) = class
            && let Object::Class(c) = self.heap.get(id)
            && let Some(name) = self.dict_get_str_in_dict(&c.dict, "_monty_type_name").and_then(|n| self.as_str(n))
        {
            return name.to_string();
        }
        self.class_name(class)
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

    /// The module a class was defined in (`__main__` for the program's own classes).
    pub fn class_module(&self, class: Value) -> String {
        match class {
            Value::Type(_) => "builtins".to_string(),
            Value::Ref(id) => match self.heap.get(id) {
                Object::Class(c) => self
                    .dict_get_str_in_dict(&c.dict, "__module__")
                    .and_then(|m| self.as_str(m))
                    .unwrap_or("__main__")
                    .to_string(),
                _ => "builtins".to_string(),
            },
            _ => "builtins".to_string(),
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
            (Value::Ref(id), _) => match self.heap.get(id) {
                Object::Class(c) => c.mro.iter().any(|m| match (m, sup) {
                    (Value::Type(a), Value::Type(b)) => a.is_subclass(b),
                    _ => m.is(sup),
                }),
                _ => false,
            },
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
            Value::Ref(id) => match self.heap.get(id) {
                Object::Class(c) => c
                    .mro
                    .iter()
                    .find_map(|m| match m {
                        Value::Type(t) if *t != TypeId::Object => Some(*t),
                        _ => None,
                    })
                    .unwrap_or(TypeId::Object),
                _ => TypeId::Object,
            },
            _ => TypeId::Object,
        }
    }

    pub fn class_is_exception(&self, class: Value) -> bool {
        self.builtin_base_of_class(class).is_exception()
    }

    /// `__build_class__(body, name, *bases, **kwds)`.
    pub fn build_class(&mut self, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
        let mut pos = args.pos.into_iter();
        let (Some(body), Some(name)) = (pos.next(), pos.next()) else {
            return Err(Exc::type_error("__build_class__: not enough arguments"));
        };
        let name = self.as_str(name).unwrap_or("?").to_string();
        let bases: Vec<Value> = pos.collect();
        let mut kwargs = Vec::new();
        let mut metaclass = None;
        for (k, v) in &args.kw {
            let key = self.as_str(*k).unwrap_or("");
            if key == "metaclass" {
                if !self.is_class(*v) {
                    // CPython calls the metaclass; a function as metaclass is not supported here.
                    return Err(Exc::type_error(if self.is_callable(*v) {
                        "a metaclass must be a class in the sandbox".to_string()
                    } else {
                        format!("'{}' object is not callable", self.type_name(*v))
                    }));
                }
                // `type` itself and ABCMeta and friends change nothing we model; a metaclass
                // of the program's own gives the class its methods.
                if self.is_user_class(*v) && self.builtin_base_of_class(*v) == TypeId::Type {
                    metaclass = Some(*v);
                }
                continue;
            }
            // Other keywords go to `__init_subclass__`.
            kwargs.push((*k, *v));
        }
        for b in &bases {
            let ok = match b {
                Value::Type(t) => t.is_subclassable(),
                Value::Ref(id) => matches!(self.heap.get(*id), Object::Class(_)),
                _ => false,
            };
            if !ok {
                let what = if self.is_class(*b) {
                    format!("type '{}' is not an acceptable base type", self.class_name(*b))
                } else {
                    "bases must be types".to_string()
                };
                return Err(Exc::type_error(what));
            }
        }
        let ns = self.new_dict(Dict::new());
        let Value::Ref(ns) = ns else { return Err(Exc::runtime_error("namespace")) };
        let task = ClassTask::Build {
            name,
            bases,
            ns,
            body,
            kwargs,
            started: false,
            class: None,
            set_names: Vec::new(),
            subclass_hooked: false,
            metaclass,
        };
        self.push_native(super::native::NativeTask::Class(Box::new(task)), ret)
    }

    /// Descriptors in a new class's namespace whose class defines `__set_name__`.
    fn set_name_calls(&self, class: Value) -> Vec<(Value, Value)> {
        let Value::Ref(id) = class else { return Vec::new() };
        let Object::Class(c) = self.heap.get(id) else { return Vec::new() };
        c.dict
            .iter_entries()
            .filter(|e| self.dunder(e.value, "__set_name__").is_some())
            .map(|e| (e.value, e.key))
            .collect()
    }

    /// Call the nearest `__init_subclass__` defined by a base of the new `class` (an implicit
    /// classmethod); `object`'s takes no keywords.
    fn init_subclass(&mut self, class: Value, kwargs: Vec<(Value, Value)>) -> PyResult<Outcome> {
        let mro = self.mro_of(class);
        let found = mro.iter().skip(1).find_map(|c| match c {
            Value::Ref(cid) => match self.heap.get(*cid) {
                Object::Class(cls) => self.dict_get_str_in_dict(&cls.dict, "__init_subclass__"),
                _ => None,
            },
            _ => None,
        });
        match found {
            Some(f) => {
                let f = match f {
                    Value::Ref(id) => match self.heap.get(id) {
                        Object::ClassMethod(inner) => *inner,
                        _ => f,
                    },
                    _ => f,
                };
                let mut pos = super::call::ArgVec::new();
                pos.push(class);
                self.call_value(f, Args { pos, kw: kwargs }, ReturnMode::Native)
            }
            None if !kwargs.is_empty() => Err(Exc::type_error(format!(
                "{}.__init_subclass__() takes no keyword arguments",
                self.class_name(class)
            ))),
            None => Ok(Outcome::Value(Value::None)),
        }
    }

    /// Push the frame of a class body, executing in namespace `ns`.
    fn push_class_body(&mut self, body: Value, ns: ObjId) -> PyResult<()> {
        let Value::Ref(fid) = body else { return Err(Exc::type_error("class body is not a function")) };
        let Object::Function(f) = self.heap.get(fid) else {
            return Err(Exc::type_error("class body is not a function"));
        };
        let code_id = f.code;
        let base = self.stack.len();
        self.enter_frame(code_id, body, base, base, ReturnMode::Native)?;
        if let Some(Frame::Py(frame)) = self.frames.last_mut() {
            frame.class_ns = Some(ns);
        }
        Ok(())
    }

    /// Create a class object from a finished class body.
    fn create_class(&mut self, name: &str, bases: &[Value], ns: ObjId, metaclass: Option<Value>) -> PyResult<Value> {
        let dict = match self.heap.get(ns) {
            Object::Dict(d) => d.clone(),
            _ => Dict::new(),
        };
        // Defining `__eq__` without `__hash__` makes instances unhashable.
        if self.dict_get_str_in_dict(&dict, "__eq__").is_some()
            && self.dict_get_str_in_dict(&dict, "__hash__").is_none()
        {
            let key = self.new_str("__hash__".to_string());
            self.dict_set(Value::Ref(ns), key, Value::None)?;
        }
        let dict = match self.heap.get(ns) {
            Object::Dict(d) => d.clone(),
            _ => Dict::new(),
        };
        let qualname = self
            .dict_get_str_in_dict(&dict, "__qualname__")
            .and_then(|v| self.as_str(v).map(str::to_string))
            .unwrap_or_else(|| name.to_string());
        let bases: Vec<Value> = if bases.is_empty() { vec![Value::Type(TypeId::Object)] } else { bases.to_vec() };
        self.check_layout(&bases)?;
        let metaclass = metaclass.or_else(|| bases.iter().find_map(|b| self.metaclass_of(*b)));
        let id = self.heap.alloc(Object::Class(Box::new(Class {
            name: name.to_string(),
            qualname,
            bases: bases.clone(),
            mro: Vec::new(),
            dict,
            slots: None,
            metaclass,
        })));
        let mro = self.c3_mro(Value::Ref(id), &bases)?;
        let slots = self.collect_slots(&mro)?;
        if let Object::Class(c) = self.heap.get_mut(id) {
            c.mro = mro;
            c.slots = slots;
        }
        self.lookup_cache.invalidate();
        Ok(Value::Ref(id))
    }

    /// The union of `__slots__` over `mro`, or None when some user class in it has none
    /// (then instances get a `__dict__`).
    fn collect_slots(&mut self, mro: &[Value]) -> PyResult<Option<Vec<String>>> {
        let mut names = Vec::new();
        for class in mro {
            let Value::Ref(id) = *class else { continue };
            let Object::Class(c) = self.heap.get(id) else { continue };
            let Some(decl) = self.dict_get_str_in_dict(&c.dict, "__slots__") else { return Ok(None) };
            let decl = match self.as_str(decl) {
                Some(one) => vec![one.to_string()],
                None => match self.collect_native(decl)? {
                    Some(items) => {
                        let mut out = Vec::new();
                        for item in items {
                            match self.as_str(item) {
                                Some(s) => out.push(s.to_string()),
                                None => {
                                    return Err(Exc::type_error(format!(
                                        "__slots__ items must be strings, not '{}'",
                                        self.type_name(item)
                                    )));
                                }
                            }
                        }
                        out
                    }
                    None => return Ok(None),
                },
            };
            if decl.iter().any(|n| n == "__dict__") {
                return Ok(None);
            }
            names.extend(decl);
        }
        Ok(Some(names))
    }

    /// At most one builtin "solid" base (e.g. not both `list` and `dict`).
    fn check_layout(&self, bases: &[Value]) -> PyResult<()> {
        let mut solid: Option<TypeId> = None;
        for b in bases {
            let t = self.builtin_base_of_class(*b);
            let t = if t.is_exception() { TypeId::BaseException } else { t };
            if t == TypeId::Object {
                continue;
            }
            match solid {
                Some(s) if s != t && !s.is_subclass(t) && !t.is_subclass(s) => {
                    return Err(Exc::type_error("multiple bases have instance lay-out conflict"));
                }
                _ => solid = Some(t),
            }
        }
        Ok(())
    }

    /// C3 linearisation of `class` with its `bases`.
    fn c3_mro(&self, class: Value, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| self.mro_of(*b)).collect();
        seqs.push(bases.to_vec());
        let mut result = vec![class];
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(result);
            }
            let head = seqs.iter().map(|s| s[0]).find(|h| !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(*h))));
            let Some(h) = head else {
                let names: Vec<String> = bases.iter().map(|b| self.class_name(*b)).collect();
                return Err(Exc::type_error(format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            result.push(h);
            for s in seqs.iter_mut() {
                if s[0].is(h) {
                    s.remove(0);
                }
            }
        }
    }

    /// Calling a user class: its metaclass's `__call__` if it has one; a metaclass makes a
    /// class; otherwise `__new__` (if overridden), then `__init__`.
    pub(super) fn instantiate(&mut self, class_id: ObjId, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
        let class = Value::Ref(class_id);
        if let Some(call) = self.metaclass_of(class).and_then(|m| self.class_lookup_str(m, "__call__")) {
            let mut pos = args.pos;
            pos.insert(0, class);
            return self.call_value(call, Args { pos, kw: args.kw }, ret);
        }
        self.instantiate_plain(class_id, args, ret)
    }

    /// Calling a user class as `type.__call__` does.
    pub fn instantiate_plain(&mut self, class_id: ObjId, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
        let class = Value::Ref(class_id);
        if self.builtin_base_of_class(class) == TypeId::Type && self.class_lookup_str(class, "__new__").is_none() {
            let [name, bases, dict] = args.pos[..] else {
                return Err(Exc::type_error(format!(
                    "type.__new__() takes exactly 3 arguments ({} given)",
                    args.pos.len()
                )));
            };
            return self.new_class_of(Some(class), name, bases, dict);
        }
        if let Some(new) = self.class_lookup_str(class, "__new__") {
            let new = self.unwrap_static(new);
            let task = ClassTask::New { class, args: args.pos.to_vec(), kw: args.kw.clone(), initing: false };
            self.push_native(super::native::NativeTask::Class(Box::new(task)), ret)?;
            let mut pos = args.pos;
            pos.insert(0, class);
            return match self.call_value(new, Args { pos, kw: args.kw }, ReturnMode::Native)? {
                Outcome::Value(v) => {
                    self.set_native_input(Resume::Value(v));
                    Ok(Outcome::Pushed)
                }
                Outcome::Pushed => Ok(Outcome::Pushed),
            };
        }
        let instance = self.new_instance_of(class, &args)?;
        self.run_init(instance, class, args, ret)
    }

    /// A fresh instance of `class` (before `__init__`).
    pub fn new_instance_of(&mut self, class: Value, args: &Args) -> PyResult<Value> {
        let base = self.builtin_base_of_class(class);
        let mut inst = Instance::new(class);
        if base.is_exception() {
            inst.exc = Some(Box::new(ExcData { args: args.pos.to_vec(), ..ExcData::default() }));
        } else if is_mutable_builtin(base) {
            // Filled by `__init__` (`list.__init__(self, items)`).
            inst.base = Some(self.empty_builtin(base)?);
        } else if base != TypeId::Object {
            // Immutable values are made by `__new__`, from the call's arguments.
            let built = match crate::builtins::construct(self, base, args.clone(), ReturnMode::Native)? {
                Outcome::Value(v) => v,
                Outcome::Pushed => {
                    return Err(Exc::type_error(format!(
                        "{}() of a subclass from a generator is not supported",
                        base.name()
                    )));
                }
            };
            inst.base = Some(built);
        }
        Ok(self.alloc(Object::Instance(Box::new(inst))))
    }

    fn empty_builtin(&mut self, t: TypeId) -> PyResult<Value> {
        Ok(match t {
            TypeId::List => self.new_list(Vec::new()),
            TypeId::Dict => self.new_dict(Dict::new()),
            TypeId::Set => self.new_set(crate::objects::Set::new()),
            TypeId::Tuple => self.new_tuple(Vec::new()),
            TypeId::Str => self.new_str(String::new()),
            TypeId::Int => Value::Int(0),
            TypeId::Float => Value::Float(0.0),
            _ => Value::None,
        })
    }

    /// Run `__init__` for a new instance; the instance is the result (now, or delivered to
    /// `ret` when a Python `__init__` returns).
    fn run_init(&mut self, instance: Value, class: Value, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
        match self.class_lookup_str(class, "__init__") {
            Some(init) => {
                let task = ClassTask::Init { instance };
                self.push_native(super::native::NativeTask::Class(Box::new(task)), ret)?;
                let mut pos = args.pos;
                pos.insert(0, instance);
                match self.call_value(init, Args { pos, kw: args.kw }, ReturnMode::Native)? {
                    Outcome::Value(v) => self.set_native_input(Resume::Value(v)),
                    Outcome::Pushed => {}
                }
                Ok(Outcome::Pushed)
            }
            None => self.builtin_init(instance, class, args, ret),
        }
    }

    /// `__init__` of the builtin base class (exceptions keep their args; containers fill).
    fn builtin_init(&mut self, instance: Value, class: Value, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
        let base = self.builtin_base_of_class(class);
        if base.is_exception() {
            return Ok(Outcome::Value(instance));
        }
        if base == TypeId::Object {
            if !args.pos.is_empty() || !args.kw.is_empty() {
                return Err(Exc::type_error(format!("{}() takes no arguments", self.class_name(class))));
            }
            return Ok(Outcome::Value(instance));
        }
        if !is_mutable_builtin(base) {
            return Ok(Outcome::Value(instance));
        }
        // Containers: build the builtin value from the arguments and keep it as the payload.
        self.init_payload(instance, base, args, instance, ret)
    }

    /// Build the builtin value of type `t` from `args` (which may mean draining a generator)
    /// as the payload of subclass instance `instance`; the call then produces `result`.
    pub fn init_payload(
        &mut self,
        instance: Value,
        t: TypeId,
        args: Args,
        result: Value,
        ret: ReturnMode,
    ) -> PyResult<Outcome> {
        let task = ClassTask::Payload { instance, result };
        self.push_native(super::native::NativeTask::Class(Box::new(task)), ret)?;
        if let Outcome::Value(built) = crate::builtins::construct(self, t, args, ReturnMode::Native)? {
            self.set_native_input(Resume::Value(built));
        }
        Ok(Outcome::Pushed)
    }

    /// `staticmethod` objects stored in a class dict unwrap to their function.
    pub fn unwrap_static(&self, v: Value) -> Value {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Object::StaticMethod(f) => *f,
                _ => v,
            },
            _ => v,
        }
    }

    /// Look a name up along a user class's MRO (class dicts only).
    /// `name` looked up along the MRO of user class `class` (through the lookup cache: this
    /// runs for every attribute access and special-method check).
    pub fn class_lookup_str(&self, class: Value, name: &str) -> Option<Value> {
        let Value::Ref(id) = class else { return None };
        let h = crate::hash::hash_str(name);
        if let Some(found) = self.lookup_cache.get(id, h) {
            return found;
        }
        let Object::Class(cls) = self.heap.get(id) else { return None };
        let mut found = None;
        for c in &cls.mro {
            if let Value::Ref(cid) = c
                && let Object::Class(k) = self.heap.get(*cid)
                && let Some(pos) = k.dict.find(h, |key| self.heap.get_str(key) == Some(name))
            {
                found = k.dict.entry_at(pos).map(|e| e.value);
                break;
            }
        }
        self.lookup_cache.put(id, h, found);
        found
    }

    /// The special method `name` of a value's class (user classes only).
    pub fn dunder(&self, v: Value, name: &str) -> Option<Value> {
        let Value::Ref(id) = v else { return None };
        match self.heap.get(id) {
            Object::Instance(inst) if matches!(inst.class, Value::Ref(_)) => self.class_lookup_str(inst.class, name),
            // A class's special methods come from its metaclass.
            Object::Class(c) => c.metaclass.and_then(|m| self.class_lookup_str(m, name)),
            _ => None,
        }
    }

    /// Calling an instance (`__call__`).
    pub(super) fn call_instance(&mut self, v: Value, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
        match self.dunder(v, "__call__") {
            Some(f) => {
                let mut pos = args.pos;
                pos.insert(0, v);
                self.call_value(f, Args { pos, kw: args.kw }, ret)
            }
            None => Err(self.not_callable(v)),
        }
    }

    /// The user metaclass of a class value, if it has one.
    pub fn metaclass_of(&self, class: Value) -> Option<Value> {
        match class {
            Value::Ref(id) => match self.heap.get(id) {
                Object::Class(c) => c.metaclass,
                _ => None,
            },
            _ => None,
        }
    }

    /// `type(name, bases, dict)`, or `Meta(name, bases, dict)` for a user metaclass.
    pub fn type_new(&mut self, name: Value, bases: Value, dict: Value, _ret: ReturnMode) -> PyResult<Outcome> {
        self.new_class_of(None, name, bases, dict)
    }

    /// A class made by calling `type` or user metaclass `metaclass` with three arguments.
    pub fn new_class_of(
        &mut self,
        metaclass: Option<Value>,
        name: Value,
        bases: Value,
        dict: Value,
    ) -> PyResult<Outcome> {
        let name = self.as_str(name).ok_or_else(|| Exc::type_error("type() argument 1 must be str"))?.to_string();
        let bases = self.seq_items(bases).map(|s| s.to_vec()).unwrap_or_default();
        let Value::Ref(src) = dict else { return Err(Exc::type_error("type() argument 3 must be dict")) };
        let d = match self.heap.get(src) {
            Object::Dict(d) => d.clone(),
            _ => return Err(Exc::type_error("type() argument 3 must be dict")),
        };
        let ns = self.new_dict(d);
        let Value::Ref(ns) = ns else { return Err(Exc::runtime_error("namespace")) };
        Ok(Outcome::Value(self.create_class(&name, &bases, ns, metaclass)?))
    }
}

/// A direct-mapped cache of class attribute lookups by (class, name hash). Any change to a
/// class namespace, and every collection (which may reuse a class's id), starts a new epoch,
/// which invalidates all entries.
pub struct LookupCache {
    /// Allocated on the first store, so programs without classes do not pay for it.
    entries: std::cell::OnceCell<Box<[std::cell::Cell<CacheEntry>]>>,
    epoch: std::cell::Cell<u32>,
}

#[derive(Clone, Copy, Default)]
struct CacheEntry {
    class: u32,
    hash: i64,
    epoch: u32,
    found: Option<Value>,
}

const LOOKUP_CACHE_SIZE: usize = 512;

impl Clone for LookupCache {
    /// A copy starts empty.
    fn clone(&self) -> Self {
        LookupCache::default()
    }
}

impl std::fmt::Debug for LookupCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "LookupCache(epoch {})", self.epoch.get())
    }
}

impl Default for LookupCache {
    fn default() -> Self {
        // Epoch 0 marks empty entries.
        LookupCache { entries: std::cell::OnceCell::new(), epoch: std::cell::Cell::new(1) }
    }
}

impl LookupCache {
    fn index(class: ObjId, hash: i64) -> usize {
        let mix = (class.0 as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ hash as u64;
        (mix ^ (mix >> 29)) as usize % LOOKUP_CACHE_SIZE
    }

    fn get(&self, class: ObjId, hash: i64) -> Option<Option<Value>> {
        let e = self.entries.get()?[Self::index(class, hash)].get();
        (e.class == class.0 && e.hash == hash && e.epoch == self.epoch.get()).then_some(e.found)
    }

    fn put(&self, class: ObjId, hash: i64, found: Option<Value>) {
        let entries = self
            .entries
            .get_or_init(|| (0..LOOKUP_CACHE_SIZE).map(|_| std::cell::Cell::new(CacheEntry::default())).collect());
        let entry = CacheEntry { class: class.0, hash, epoch: self.epoch.get(), found };
        entries[Self::index(class, hash)].set(entry);
    }

    /// Forget every entry.
    pub fn invalidate(&self) {
        self.epoch.set(self.epoch.get().wrapping_add(1).max(1));
    }
}

/// Builtin types whose value `__init__` fills in (the others get theirs from `__new__`).
fn is_mutable_builtin(t: TypeId) -> bool {
    matches!(t, TypeId::List | TypeId::Dict | TypeId::Set | TypeId::ByteArray)
}
