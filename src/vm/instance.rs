//! The attribute protocol of user classes and their instances: properties, bound methods,
//! class and static methods, instance `__dict__`s, `__getattr__`, `__setattr__`, `super()`.

use super::Vm;
use super::call::{Args, Outcome};
use super::dunder::DunderTask;
use super::frame::{Frame, ReturnMode};
use crate::error::{Exc, PyResult};
use crate::methods::MethodName;
use crate::objects::{Dict, Object};
use crate::types::TypeId;
use crate::value::{ObjId, Value};

/// What an attribute found on a class is, for binding.
enum ClassAttr {
    Property { fget: Value, fset: Value, fdel: Value },
    Other,
}

impl Vm {
    fn classify(&self, v: Value) -> ClassAttr {
        if let Value::Ref(id) = v
            && let Object::Property { fget, fset, fdel, .. } = self.heap.get(id)
        {
            return ClassAttr::Property { fget: *fget, fset: *fset, fdel: *fdel };
        }
        ClassAttr::Other
    }

    /// Bind an attribute found on a class to an instance (or to the class itself).
    fn bind(&mut self, attr: Value, obj: Value, class: Value) -> Value {
        let Value::Ref(id) = attr else { return attr };
        match self.heap.get(id) {
            Object::Function(_) => self.alloc(Object::BoundMethod { func: attr, receiver: obj }),
            Object::ClassMethod(f) => {
                let f = *f;
                self.alloc(Object::BoundMethod { func: f, receiver: class })
            }
            Object::StaticMethod(f) => *f,
            _ => attr,
        }
    }

    /// The `__dict__` object of an instance, created on demand.
    pub fn instance_dict(&mut self, id: ObjId) -> Option<ObjId> {
        match self.heap.get(id) {
            Object::Instance(inst) => {
                if let Some(d) = inst.dict {
                    return Some(d);
                }
            }
            _ => return None,
        }
        let d = self.heap.alloc(Object::Dict(Dict::new()));
        if let Object::Instance(inst) = self.heap.get_mut(id) {
            inst.dict = Some(d);
        }
        Some(d)
    }

    fn instance_dict_get(&self, id: ObjId, name: &str) -> Option<Value> {
        match self.heap.get(id) {
            Object::Instance(inst) => inst.dict.and_then(|d| self.dict_get_str(d, name)),
            _ => None,
        }
    }

    /// Is `v` an instance of a user class? A class whose metaclass is a user class counts:
    /// its special methods (`__iter__`, `__getitem__`, `__repr__`...) come from that class.
    pub fn is_user_instance(&self, v: Value) -> bool {
        let Value::Ref(id) = v else { return false };
        match self.heap.get(id) {
            Object::Instance(i) => matches!(i.class, Value::Ref(_)),
            Object::Class(c) => c.metaclass.is_some(),
            _ => false,
        }
    }

    pub fn is_user_class(&self, v: Value) -> bool {
        matches!(v, Value::Ref(id) if matches!(self.heap.get(id), Object::Class(_)))
    }

    /// `obj.name` for an instance of a user class.
    pub fn instance_getattr(&mut self, obj: Value, name: &str, ret: ReturnMode) -> PyResult<Outcome> {
        let Value::Ref(id) = obj else { return Err(Exc::attribute_error(name.to_string())) };
        let class = self.type_of(obj);
        let cls_attr = self.class_lookup_str(class, name);
        if let Some(a) = cls_attr
            && let ClassAttr::Property { fget, .. } = self.classify(a)
        {
            if fget.is_none() {
                return Err(Exc::attribute_error(format!("unreadable attribute '{name}'")));
            }
            if let Some(getattr) = self.class_lookup_str(class, "__getattr__") {
                // An AttributeError from the getter falls back to `__getattr__`.
                let name = self.new_str(name.to_string());
                return self.call_checked(
                    DunderTask::AttrFallback { obj, name, getattr, fallen: false },
                    fget,
                    vec![obj],
                    ret,
                );
            }
            return self.call_value(fget, Args::positional([obj]), ret);
        }
        // Descriptors of user classes: `__get__` (data descriptors win over the instance dict).
        let descriptor_get = cls_attr.and_then(|a| self.dunder(a, "__get__").map(|g| (a, g)));
        if let Some((a, get)) = descriptor_get
            && (self.dunder(a, "__set__").is_some() || self.dunder(a, "__delete__").is_some())
        {
            return self.call_value(get, Args::positional([a, obj, class]), ret);
        }
        if let Some(v) = self.instance_dict_get(id, name) {
            return Ok(Outcome::Value(v));
        }
        if let Some((a, get)) = descriptor_get {
            return self.call_value(get, Args::positional([a, obj, class]), ret);
        }
        if let Some(a) = cls_attr {
            return Ok(Outcome::Value(self.bind(a, obj, class)));
        }
        match name {
            "__dict__" => {
                let d = self.instance_dict(id).map_or(Value::None, Value::Ref);
                return Ok(Outcome::Value(d));
            }
            "__module__" => return Ok(Outcome::Value(self.new_str("__main__".into()))),
            "__doc__" => return Ok(Outcome::Value(Value::None)),
            _ => {}
        }
        // Exception data and builtin methods of a builtin base class.
        if let Ok(v) = self.get_attr(obj, name, None) {
            return Ok(Outcome::Value(v));
        }
        if let Some(getattr) = self.class_lookup_str(class, "__getattr__") {
            let key = self.new_str(name.to_string());
            return self.call_value(getattr, Args::positional([obj, key]), ret);
        }
        Err(Exc::attribute_error(format!("'{}' object has no attribute '{name}'", self.class_name(class))))
    }

    /// `Class.name` for a user class, falling back to its metaclass's attributes (methods
    /// bound to the class, properties computed from it).
    pub fn class_or_metaclass_getattr(&mut self, class: Value, name: &str, ret: ReturnMode) -> PyResult<Outcome> {
        let error = match self.class_getattr(class, name) {
            Ok(v) => return Ok(Outcome::Value(v)),
            Err(e) => e,
        };
        let Some((meta, a)) = self.metaclass_of(class).and_then(|m| self.class_lookup_str(m, name).map(|a| (m, a)))
        else {
            return Err(error);
        };
        match self.classify(a) {
            ClassAttr::Property { fget, .. } if !fget.is_none() => {
                self.call_value(fget, Args::positional([class]), ret)
            }
            _ => Ok(Outcome::Value(self.bind(a, class, meta))),
        }
    }

    /// `Class.name` for a user class.
    pub fn class_getattr(&mut self, class: Value, name: &str) -> PyResult<Value> {
        if let Some(a) = self.class_lookup_str(class, name) {
            let Value::Ref(id) = a else { return Ok(a) };
            return Ok(match self.heap.get(id) {
                Object::ClassMethod(f) => {
                    let f = *f;
                    self.alloc(Object::BoundMethod { func: f, receiver: class })
                }
                Object::StaticMethod(f) => *f,
                _ => a,
            });
        }
        let Value::Ref(cid) = class else { return Err(Exc::attribute_error(name.to_string())) };
        let Object::Class(c) = self.heap.get(cid) else { return Err(Exc::attribute_error(name.to_string())) };
        let (cname, qualname, bases, mro) = (c.name.clone(), c.qualname.clone(), c.bases.clone(), c.mro.clone());
        Ok(match name {
            "__name__" => self.new_str(cname),
            "__qualname__" => self.new_str(qualname),
            "__module__" => self.new_str("__main__".into()),
            "__doc__" => Value::None,
            "__mro__" => self.new_tuple(mro),
            "__bases__" => self.new_tuple(bases),
            "__base__" => bases.first().copied().unwrap_or(Value::Type(TypeId::Object)),
            "__class__" => Value::Type(TypeId::Type),
            "__dict__" => {
                let d = match self.heap.get(cid) {
                    Object::Class(c) => c.dict.clone(),
                    _ => Dict::new(),
                };
                self.new_dict(d)
            }
            "mro" => self.alloc(Object::BuiltinMethod { receiver: class, method: MethodName::Mro }),
            _ => {
                // Methods of a builtin base class (`MyDict.fromkeys`).
                let base = self.builtin_base_of_class(class);
                if let Some(m) = MethodName::from_name(name)
                    && crate::methods::has_method(self, Value::Type(base), m)
                {
                    return Ok(self.alloc(Object::BuiltinMethod { receiver: Value::Type(base), method: m }));
                }
                return Err(Exc::attribute_error(format!("type object '{cname}' has no attribute '{name}'")));
            }
        })
    }

    /// `obj.name = v` for instances and classes of user classes; Ok(None) when not handled.
    pub fn user_setattr(&mut self, obj: Value, key: Value, name: &str, v: Value) -> PyResult<Option<Outcome>> {
        let Value::Ref(id) = obj else { return Ok(None) };
        match self.heap.get(id) {
            Object::Class(_) => {
                let h = self.hash_value(key)?;
                let heap = &self.heap;
                let Object::Class(c) = heap.get(id) else { return Ok(None) };
                let found = c.dict.find(h, |k| super::build::key_eq(heap, k, key));
                self.lookup_cache.invalidate();
                if let Object::Class(c) = self.heap.get_mut(id) {
                    match found {
                        Some(p) => c.dict.set_value_at(p, v),
                        None => c.dict.insert_new(h, key, v),
                    }
                }
                Ok(Some(Outcome::Value(Value::None)))
            }
            Object::Instance(inst) if matches!(inst.class, Value::Ref(_)) => {
                let class = inst.class;
                let cls_attr = self.class_lookup_str(class, name);
                if let Some(set) = cls_attr.and_then(|a| self.dunder(a, "__set__").map(|s| (a, s))) {
                    let (a, set) = set;
                    return Ok(Some(self.call_value(set, Args::positional([a, obj, v]), ReturnMode::Discard)?));
                }
                if let Some(a) = cls_attr
                    && let ClassAttr::Property { fset, .. } = self.classify(a)
                {
                    if fset.is_none() {
                        return Err(Exc::attribute_error(format!(
                            "property '{name}' of '{}' object has no setter",
                            self.class_name(class)
                        )));
                    }
                    return Ok(Some(self.call_value(fset, Args::positional([obj, v]), ReturnMode::Discard)?));
                }
                if let Some(setattr) = self.class_lookup_str(class, "__setattr__") {
                    let k = self.new_str(name.to_string());
                    return Ok(Some(self.call_value(setattr, Args::positional([obj, k, v]), ReturnMode::Discard)?));
                }
                self.check_slot(class, name)?;
                self.set_instance_attr(id, key, v)?;
                Ok(Some(Outcome::Value(Value::None)))
            }
            _ => Ok(None),
        }
    }

    /// Instances of classes with `__slots__` only take the declared attributes.
    pub fn check_slot(&self, class: Value, name: &str) -> PyResult<()> {
        let Value::Ref(cid) = class else { return Ok(()) };
        let Object::Class(c) = self.heap.get(cid) else { return Ok(()) };
        match &c.slots {
            Some(slots) if !slots.iter().any(|s| s == name) => {
                Err(Exc::attribute_error(format!("'{}' object has no attribute '{name}'", c.name)))
            }
            _ => Ok(()),
        }
    }

    /// Store into an instance's `__dict__` (bypassing `__setattr__`).
    pub fn set_instance_attr(&mut self, id: ObjId, key: Value, v: Value) -> PyResult<()> {
        if matches!(self.heap.get(id), Object::Instance(inst) if inst.exc.is_some())
            && self.set_exception_field(id, key, v)?
        {
            return Ok(());
        }
        let Some(d) = self.instance_dict(id) else { return Ok(()) };
        self.dict_set(Value::Ref(d), key, v)
    }

    /// Assign the exception state that lives outside `__dict__` (`args`, `__cause__`...);
    /// false when `key` names something else.
    fn set_exception_field(&mut self, id: ObjId, key: Value, v: Value) -> PyResult<bool> {
        let Some(name) = self.as_str(key) else { return Ok(false) };
        let optional_exc = |vm: &Vm, what: &str| -> PyResult<Option<Value>> {
            if v.is_none() {
                return Ok(None);
            }
            if !vm.class_is_exception(vm.type_of(v)) {
                return Err(Exc::type_error(format!("exception {what} must be None or derive from BaseException")));
            }
            Ok(Some(v))
        };
        match name {
            "args" => {
                let args = match self.collect_native(v)? {
                    Some(items) => items,
                    None => return Err(Exc::type_error("args must be a sequence")),
                };
                self.with_exc_data(id, |e| e.args = args);
            }
            "__cause__" => {
                let cause = optional_exc(self, "cause")?;
                self.with_exc_data(id, |e| {
                    e.cause = cause;
                    e.suppress_context = true;
                });
            }
            "__context__" => {
                let context = optional_exc(self, "context")?;
                self.with_exc_data(id, |e| e.context = context);
            }
            "__suppress_context__" => {
                let flag = self.truthy_native(v)?;
                self.with_exc_data(id, |e| e.suppress_context = flag);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn with_exc_data(&mut self, id: ObjId, f: impl FnOnce(&mut crate::objects::ExcData)) {
        if let Object::Instance(inst) = self.heap.get_mut(id)
            && let Some(e) = inst.exc.as_mut()
        {
            f(e);
        }
    }

    /// `del obj.name` for instances of user classes; Ok(None) when not handled.
    pub fn user_delattr(&mut self, obj: Value, key: Value, name: &str) -> PyResult<Option<Outcome>> {
        let Value::Ref(id) = obj else { return Ok(None) };
        let class = match self.heap.get(id) {
            Object::Instance(inst) if matches!(inst.class, Value::Ref(_)) => inst.class,
            Object::Class(_) => {
                let h = self.hash_value(key)?;
                let heap = &self.heap;
                let Object::Class(c) = heap.get(id) else { return Ok(None) };
                let Some(p) = c.dict.find(h, |k| super::build::key_eq(heap, k, key)) else {
                    return Err(Exc::attribute_error(format!("type object '{}' has no attribute '{name}'", c.name)));
                };
                self.lookup_cache.invalidate();
                if let Object::Class(c) = self.heap.get_mut(id) {
                    c.dict.remove_at(p);
                }
                return Ok(Some(Outcome::Value(Value::None)));
            }
            _ => return Ok(None),
        };
        if let Some(a) = self.class_lookup_str(class, name)
            && let ClassAttr::Property { fdel, .. } = self.classify(a)
        {
            if fdel.is_none() {
                return Err(Exc::attribute_error(format!(
                    "property '{name}' of '{}' object has no deleter",
                    self.class_name(class)
                )));
            }
            return Ok(Some(self.call_value(fdel, Args::positional([obj]), ReturnMode::Discard)?));
        }
        if let Some(delattr) = self.class_lookup_str(class, "__delattr__") {
            let k = self.new_str(name.to_string());
            return Ok(Some(self.call_value(delattr, Args::positional([obj, k]), ReturnMode::Discard)?));
        }
        if let Some(d) = self.instance_dict(id)
            && self.dict_remove(Value::Ref(d), key)?.is_some()
        {
            return Ok(Some(Outcome::Value(Value::None)));
        }
        Err(Exc::attribute_error(format!("'{}' object has no attribute '{name}'", self.class_name(class))))
    }

    /// `LoadMethod` for user instances: `[func obj]` when the attribute is a plain function
    /// on the class, else `[Undefined attr]`.
    pub fn user_load_method(&mut self, obj: Value, name: &str) -> PyResult<Outcome> {
        let Value::Ref(id) = obj else { return Err(Exc::attribute_error(name.to_string())) };
        let class = self.type_of(obj);
        if let Some(a) = self.class_lookup_str(class, name) {
            let is_function = matches!(a, Value::Ref(fid) if matches!(self.heap.get(fid), Object::Function(_)));
            if is_function && self.instance_dict_get(id, name).is_none() {
                self.stack.push(a);
                self.stack.push(obj);
                return Ok(Outcome::Value(Value::None));
            }
        }
        self.stack.push(Value::Undefined);
        match self.instance_getattr(obj, name, ReturnMode::Push)? {
            Outcome::Value(v) => {
                self.stack.push(v);
                Ok(Outcome::Value(Value::None))
            }
            Outcome::Pushed => Ok(Outcome::Pushed),
        }
    }

    /// `super()` / `super(cls, obj)`.
    pub fn make_super(&mut self, args: &Args) -> PyResult<Value> {
        let (class, obj) = match args.pos.as_slice() {
            [c, o] => (*c, *o),
            [] => self.implicit_super_args()?,
            _ => return Err(Exc::type_error("super() takes 0 or 2 arguments")),
        };
        Ok(self.alloc(Object::Super { class, obj }))
    }

    /// The class (from the `__class__` cell) and first argument of the calling method.
    fn implicit_super_args(&self) -> PyResult<(Value, Value)> {
        let Some(Frame::Py(f)) = self.frames.last() else {
            return Err(Exc::runtime_error("super(): no arguments"));
        };
        let code = self.program.code(f.code);
        if code.params.positional == 0 && !code.params.varargs {
            return Err(Exc::runtime_error("super(): no arguments"));
        }
        let first = self.stack.get(f.base as usize).copied().unwrap_or(Value::Undefined);
        // The first local may itself be a cell (when captured by an inner function).
        let first = match first {
            Value::Ref(id) if code.cell_slots.contains(&0) => match self.heap.get(id) {
                Object::Cell(v) => *v,
                _ => first,
            },
            v => v,
        };
        let slot = code.varnames.iter().position(|n| n == "__class__");
        let class = slot
            .and_then(|s| self.stack.get(f.base as usize + s).copied())
            .and_then(|c| match c {
                Value::Ref(cid) => match self.heap.get(cid) {
                    Object::Cell(v) => Some(*v),
                    _ => None,
                },
                _ => None,
            })
            .filter(|c| !c.is_undefined());
        match class {
            Some(c) => Ok((c, first)),
            None => Err(Exc::runtime_error("super(): __class__ cell not found")),
        }
    }

    /// `super().name`.
    pub fn super_getattr(&mut self, sup: ObjId, name: &str, ret: ReturnMode) -> PyResult<Outcome> {
        let Object::Super { class, obj } = *self.heap.get(sup) else {
            return Err(Exc::attribute_error(name.to_string()));
        };
        // `super()` in a class method walks the class's MRO; in a method of a metaclass (whose
        // `self` is a class, not derived from the metaclass) that of the metaclass.
        let obj_is_class = self.is_class(obj) && self.is_subclass(obj, class);
        let start = if obj_is_class { obj } else { self.type_of(obj) };
        let mro = self.mro_of(start);
        let after = mro.iter().position(|c| c.is(class)).map_or(mro.len(), |i| i + 1);
        for c in &mro[after..] {
            match c {
                Value::Ref(cid) => {
                    let found = match self.heap.get(*cid) {
                        Object::Class(cls) => self.dict_get_str_in_dict(&cls.dict, name),
                        _ => None,
                    };
                    if let Some(a) = found {
                        if let ClassAttr::Property { fget, .. } = self.classify(a) {
                            return self.call_value(fget, Args::positional([obj]), ret);
                        }
                        let bound = if obj_is_class {
                            match a {
                                Value::Ref(aid) => match self.heap.get(aid) {
                                    Object::ClassMethod(f) => {
                                        let f = *f;
                                        self.alloc(Object::BoundMethod { func: f, receiver: obj })
                                    }
                                    Object::StaticMethod(f) => *f,
                                    _ => a,
                                },
                                _ => a,
                            }
                        } else {
                            self.bind(a, obj, start)
                        };
                        return Ok(Outcome::Value(bound));
                    }
                }
                Value::Type(TypeId::Type) if name == "__call__" && self.is_user_class(obj) => {
                    let call = Object::BuiltinMethod { receiver: obj, method: MethodName::DunderCall };
                    return Ok(Outcome::Value(self.alloc(call)));
                }
                Value::Type(t) => {
                    if let Some(m) = MethodName::from_name(name)
                        && crate::methods::has_method(self, Value::Type(*t), m)
                    {
                        return Ok(Outcome::Value(self.alloc(Object::BuiltinMethod { receiver: obj, method: m })));
                    }
                }
                _ => {}
            }
        }
        Err(Exc::attribute_error(format!("'super' object has no attribute '{name}'")))
    }
}
