//! Attribute access on builtin objects, functions, modules and exception instances.

use super::Vm;
use super::call::Outcome;
use super::frame::ReturnMode;
use crate::error::{Exc, PyResult};
use crate::methods::{self, MethodName};
use crate::objects::{Dict, Object};
use crate::types::TypeId;
use crate::value::{ObjId, Value};

impl Vm {
    fn no_attribute(&self, obj: Value, name: &str) -> Exc {
        if let Value::Ref(id) = obj
            && let Object::Module(m) = self.heap.get(id)
        {
            return Exc::attribute_error(format!("module '{}' has no attribute '{name}'", m.name));
        }
        if let Value::Type(t) = obj {
            return Exc::attribute_error(format!("type object '{}' has no attribute '{name}'", t.name()));
        }
        Exc::attribute_error(format!("'{}' object has no attribute '{name}'", self.type_name(obj)))
    }

    pub(super) fn load_attr(&mut self, obj: Value, name: u32) -> PyResult<Outcome> {
        let text = self.name_text(name).to_string();
        let method = self.program.names.get(name as usize).and_then(|n| n.method);
        self.getattr_with(obj, &text, method, ReturnMode::Push)
    }

    /// Attribute lookup for any value; Python code (properties, `__getattr__`) delivers its
    /// result to `ret`.
    pub fn getattr_with(
        &mut self,
        obj: Value,
        name: &str,
        method: Option<MethodName>,
        ret: ReturnMode,
    ) -> PyResult<Outcome> {
        if let Value::Ref(id) = obj {
            match self.heap.get(id) {
                Object::Instance(inst) if matches!(inst.class, Value::Ref(_)) => {
                    return self.instance_getattr(obj, name, ret);
                }
                Object::Class(_) => return self.class_or_metaclass_getattr(obj, name, ret),
                Object::Super { .. } => return self.super_getattr(id, name, ret),
                _ => {}
            }
        }
        self.get_attr(obj, name, method).map(Outcome::Value)
    }

    /// `getattr(obj, name)` for builtin objects.
    pub fn get_attr(&mut self, obj: Value, name: &str, method: Option<MethodName>) -> PyResult<Value> {
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(v);
        }
        if let Some(m) = method.or_else(|| MethodName::from_name(name))
            && methods::has_method(self, obj, m)
        {
            return Ok(self.alloc(Object::BuiltinMethod { receiver: obj, method: m }));
        }
        Err(self.no_attribute(obj, name))
    }

    /// Data attributes: `__name__`, `args`, `start`, module members...
    fn special_attr(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(self.type_of(obj)));
        }
        let v = match obj {
            Value::Int(i) => match name {
                "real" | "numerator" => Value::Int(i),
                "imag" => Value::Int(0),
                "denominator" => Value::Int(1),
                _ => return Ok(None),
            },
            Value::Bool(b) => match name {
                "real" | "numerator" => Value::Int(b as i64),
                "imag" => Value::Int(0),
                "denominator" => Value::Int(1),
                _ => return Ok(None),
            },
            Value::Float(f) => match name {
                "real" => Value::Float(f),
                "imag" => Value::Float(0.0),
                _ => return Ok(None),
            },
            Value::Type(t) => match name {
                "__name__" | "__qualname__" => self.new_str(t.name().to_string()),
                "__module__" => self.new_str("builtins".into()),
                "__doc__" => Value::None,
                "__mro__" => {
                    let mro: Vec<Value> = t.mro().into_iter().map(Value::Type).collect();
                    self.new_tuple(mro)
                }
                "__bases__" => {
                    let bases: Vec<Value> = t.base().into_iter().map(Value::Type).collect();
                    self.new_tuple(bases)
                }
                // Builtin types hold no Python-level attributes.
                "__dict__" => self.new_dict(crate::objects::Dict::new()),
                _ => return Ok(None),
            },
            Value::Builtin(b) => match name {
                "__name__" | "__qualname__" => self.new_str(b.short_name().to_string()),
                "__module__" => self.new_str(b.module().unwrap_or("builtins").to_string()),
                "__doc__" => Value::None,
                _ => return Ok(None),
            },
            Value::Ref(id) => return self.heap_attr(obj, id, name),
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    fn heap_attr(&mut self, obj: Value, id: ObjId, name: &str) -> PyResult<Option<Value>> {
        let v = match self.heap.get(id) {
            Object::Complex { re, im } => match name {
                "real" => Value::Float(*re),
                "imag" => Value::Float(*im),
                _ => return Ok(None),
            },
            Object::BigInt(_) => match name {
                "real" | "numerator" => obj,
                "imag" => Value::Int(0),
                "denominator" => Value::Int(1),
                _ => return Ok(None),
            },
            Object::Slice(s) => match name {
                "start" => s.start,
                "stop" => s.stop,
                "step" => s.step,
                _ => return Ok(None),
            },
            Object::ClassMethod(f) | Object::StaticMethod(f) => match name {
                "__func__" | "__wrapped__" => *f,
                _ => return Ok(None),
            },
            Object::Property { fget, fset, fdel, doc } => match name {
                "fget" => *fget,
                "fset" => *fset,
                "fdel" => *fdel,
                "__doc__" => *doc,
                _ => return Ok(None),
            },
            Object::Alias { origin, args } => {
                let (origin, args) = (*origin, args.clone());
                return Ok(self.alias_attr(origin, args, name));
            }
            Object::Traceback { exc, index } => {
                let (exc, index) = (*exc, *index);
                return Ok(self.traceback_attr(exc, index, name));
            }
            Object::Range(r) => {
                let r = *r;
                match name {
                    "start" => self.int_from_i128(r.start),
                    "stop" => self.int_from_i128(r.stop),
                    "step" => self.int_from_i128(r.step),
                    _ => return Ok(None),
                }
            }
            Object::Module(m) => {
                let text = m.name.clone();
                match name {
                    "__name__" => self.new_str(text),
                    _ => return Ok(self.dict_get_str_in(&Object::Module(m.clone()), name)),
                }
            }
            Object::Function(f) => {
                let (fname, qualname, attrs, code) = (f.name.clone(), f.qualname.clone(), f.attrs, f.code);
                if let Some(a) = attrs
                    && let Some(v) = self.dict_get_str(a, name)
                {
                    return Ok(Some(v));
                }
                match name {
                    "__name__" => self.new_str(fname),
                    "__qualname__" => self.new_str(qualname),
                    "__module__" => self.new_str("__main__".into()),
                    "__doc__" => match self.program.codes.get(code as usize).and_then(|c| c.doc.clone()) {
                        Some(d) => self.new_str(d),
                        None => Value::None,
                    },
                    "__dict__" => self.function_dict(id),
                    "__kwdefaults__" => {
                        let program = self.program.clone();
                        let Object::Function(f) = self.heap.get(id) else { return Ok(None) };
                        let kw = f.kwdefaults.clone();
                        let Some(c) = program.codes.get(code as usize) else { return Ok(None) };
                        let npos = c.params.positional as usize;
                        let mut any = false;
                        let dict = self.new_dict(crate::objects::Dict::new());
                        for (i, v) in kw.iter().enumerate() {
                            if !v.is_undefined() {
                                any = true;
                                let k = self.new_str(c.varnames[npos + i].clone());
                                self.dict_set(dict, k, *v)?;
                            }
                        }
                        if any { dict } else { Value::None }
                    }
                    "__defaults__" => {
                        let Object::Function(f) = self.heap.get(id) else { return Ok(None) };
                        let d = f.defaults.clone();
                        if d.is_empty() { Value::None } else { self.new_tuple(d) }
                    }
                    _ => return Ok(None),
                }
            }
            Object::BoundMethod { func, receiver } => match name {
                "__self__" => *receiver,
                "__func__" => *func,
                _ => {
                    let f = *func;
                    return self.special_attr(f, name);
                }
            },
            Object::BuiltinMethod { receiver, method } => match name {
                "__self__" => *receiver,
                "__name__" | "__qualname__" => {
                    let n = method.as_str().to_string();
                    self.new_str(n)
                }
                _ => return Ok(None),
            },
            Object::Generator(g) => match name {
                "__name__" => {
                    let n = g.name.clone();
                    self.new_str(n)
                }
                "__qualname__" => {
                    let n = g.qualname.clone();
                    self.new_str(n)
                }
                _ => return Ok(None),
            },
            Object::Instance(inst) => {
                if let Some(v) = inst.dict.and_then(|d| self.dict_get_str(d, name)) {
                    return Ok(Some(v));
                }
                let Some(exc) = &inst.exc else { return Ok(None) };
                match name {
                    "args" => {
                        let args = exc.args.clone();
                        self.new_tuple(args)
                    }
                    "__cause__" => exc.cause.unwrap_or(Value::None),
                    "__context__" => exc.context.unwrap_or(Value::None),
                    "__suppress_context__" => Value::Bool(exc.suppress_context),
                    "__traceback__" => self.traceback_of(Value::Ref(id)),
                    "__notes__" if !exc.notes.is_empty() => {
                        let notes = exc.notes.clone();
                        self.new_list(notes)
                    }
                    "value" if self.is_instance_of_type(id, TypeId::StopIteration) => {
                        exc.args.first().copied().unwrap_or(Value::None)
                    }
                    "code" if self.is_instance_of_type(id, TypeId::SystemExit) => {
                        exc.args.first().copied().unwrap_or(Value::None)
                    }
                    // The import machinery's "No module named 'x'" names the module `x`.
                    "name" if self.is_instance_of_type(id, TypeId::ImportError) => {
                        let message = exc.args.first().and_then(|m| self.as_str(*m)).unwrap_or("");
                        match message.strip_prefix("No module named '").and_then(|m| m.strip_suffix('\'')) {
                            Some(module) => {
                                let module = module.to_string();
                                self.new_str(module)
                            }
                            None => Value::None,
                        }
                    }
                    "path" if self.is_instance_of_type(id, TypeId::ImportError) => Value::None,
                    "msg"
                    | "filename"
                    | "lineno"
                    | "offset"
                    | "text"
                    | "end_lineno"
                    | "end_offset"
                    | "print_file_and_line"
                        if self.is_instance_of_type(id, TypeId::SyntaxError) =>
                    {
                        let args = exc.args.clone();
                        self.syntax_error_attr(&args, name)
                    }
                    _ => return Ok(None),
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// `SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))`: the
    /// attributes come from the arguments, None where not given.
    fn syntax_error_attr(&self, args: &[Value], name: &str) -> Value {
        if name == "msg" {
            return args.first().copied().unwrap_or(Value::None);
        }
        let details = match args {
            [_, details] => self.seq_items(*details).map(|d| d.to_vec()).unwrap_or_default(),
            _ => Vec::new(),
        };
        let index = match name {
            "filename" => 0,
            "lineno" => 1,
            "offset" => 2,
            "text" => 3,
            "end_lineno" => 4,
            "end_offset" => 5,
            _ => return Value::None,
        };
        details.get(index).copied().unwrap_or(Value::None)
    }

    fn dict_get_str_in(&self, obj: &Object, name: &str) -> Option<Value> {
        match obj {
            Object::Module(m) => self.dict_get_str_in_dict(&m.dict, name),
            _ => None,
        }
    }

    pub fn dict_get_str_in_dict(&self, d: &Dict, name: &str) -> Option<Value> {
        let h = crate::hash::hash_str(name);
        d.find(h, |k| self.heap.get_str(k) == Some(name)).and_then(|p| d.entry_at(p)).map(|e| e.value)
    }

    fn function_dict(&mut self, id: ObjId) -> Value {
        if let Object::Function(f) = self.heap.get(id)
            && let Some(a) = f.attrs
        {
            return Value::Ref(a);
        }
        let d = self.new_dict(Dict::new());
        if let (Object::Function(f), Value::Ref(did)) = (self.heap.get_mut(id), d) {
            f.attrs = Some(did);
        }
        d
    }

    pub(super) fn store_attr(&mut self, obj: Value, name: u32, v: Value) -> PyResult<Outcome> {
        let key = self.names.get(name as usize).copied().unwrap_or(Value::None);
        let text = self.name_text(name).to_string();
        self.setattr_with(obj, key, &text, v)
    }

    /// `setattr(obj, name, v)`; `key` is the name as a heap string.
    pub fn set_attr(&mut self, obj: Value, key: Value, name: &str, v: Value) -> PyResult<()> {
        match self.setattr_with(obj, key, name, v)? {
            Outcome::Value(_) => Ok(()),
            Outcome::Pushed => Err(Exc::type_error("setattr() on a property or __setattr__ is not supported here")),
        }
    }

    /// `obj.name = v`; property setters and `__setattr__` run as Python frames.
    pub fn setattr_with(&mut self, obj: Value, key: Value, name: &str, v: Value) -> PyResult<Outcome> {
        if let Some(o) = self.user_setattr(obj, key, name, v)? {
            return Ok(o);
        }
        if let Value::Ref(id) = obj {
            match self.heap.get(id) {
                Object::Function(_) => {
                    let d = self.function_dict(id);
                    self.dict_set(d, key, v)?;
                    return Ok(Outcome::Value(Value::None));
                }
                Object::Instance(inst) if !inst.class.is(Value::Type(TypeId::Object)) => {
                    self.set_instance_attr(id, key, v)?;
                    return Ok(Outcome::Value(Value::None));
                }
                Object::Module(_) => {
                    let h = self.hash_value(key)?;
                    let heap = &self.heap;
                    let Object::Module(m) = heap.get(id) else { return Ok(Outcome::Value(Value::None)) };
                    let found = m.dict.find(h, |k| super::build::key_eq(heap, k, key));
                    if let Object::Module(m) = self.heap.get_mut(id) {
                        match found {
                            Some(p) => m.dict.set_value_at(p, v),
                            None => m.dict.insert_new(h, key, v),
                        }
                    }
                    return Ok(Outcome::Value(Value::None));
                }
                _ => {}
            }
        }
        Err(Exc::attribute_error(format!("'{}' object has no attribute '{name}'", self.type_name(obj))))
    }

    pub(super) fn delete_attr(&mut self, obj: Value, name: u32) -> PyResult<Outcome> {
        let key = self.names.get(name as usize).copied().unwrap_or(Value::None);
        let text = self.name_text(name).to_string();
        if let Some(o) = self.user_delattr(obj, key, &text)? {
            return Ok(o);
        }
        if let Value::Ref(id) = obj {
            let dict = match self.heap.get(id) {
                Object::Function(f) => f.attrs.map(Value::Ref),
                _ => None,
            };
            if let Some(d) = dict
                && self.dict_remove(d, key)?.is_some()
            {
                return Ok(Outcome::Value(Value::None));
            }
            let inst_dict = match self.heap.get(id) {
                Object::Instance(inst) => inst.dict,
                _ => None,
            };
            if let Some(d) = inst_dict
                && self.dict_remove(Value::Ref(d), key)?.is_some()
            {
                return Ok(Outcome::Value(Value::None));
            }
        }
        Err(self.no_attribute(obj, &text))
    }

    /// `LoadMethod`: push `[method self]` for builtin methods and plain functions of user
    /// classes, `[Undefined attr]` otherwise.
    pub(super) fn load_method(&mut self, obj: Value, name: u32) -> PyResult<Outcome> {
        let text = self.name_text(name).to_string();
        if self.is_user_instance(obj) && !self.is_user_class(obj) {
            return self.user_load_method(obj, &text);
        }
        if let Some(m) = self.program.names.get(name as usize).and_then(|n| n.method)
            && !self.is_module(obj)
            && !self.is_user_class(obj)
            && methods::has_method(self, obj, m)
        {
            self.stack.push(Value::Method(m));
            self.stack.push(obj);
            return Ok(Outcome::Value(Value::None));
        }
        self.stack.push(Value::Undefined);
        match self.getattr_with(obj, &text, None, ReturnMode::Push)? {
            Outcome::Value(v) => {
                self.stack.push(v);
                Ok(Outcome::Value(Value::None))
            }
            Outcome::Pushed => Ok(Outcome::Pushed),
        }
    }

    fn is_module(&self, v: Value) -> bool {
        matches!(v, Value::Ref(id) if matches!(self.heap.get(id), Object::Module(_)))
    }

    /// Attribute lookup for any object when no Python code needs to run for it.
    pub fn get_attr_any(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        match self.getattr_with(obj, name, None, ReturnMode::Native)? {
            Outcome::Value(v) => Ok(v),
            Outcome::Pushed => Err(Exc::type_error(format!("attribute '{name}' needs Python code here"))),
        }
    }
}
