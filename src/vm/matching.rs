//! Runtime support for `match` statements: sequence and mapping checks, key lookups and
//! class patterns (`__match_args__`, attribute fetches that may run Python getters).

use serde::{Deserialize, Serialize};

use super::Vm;
use super::call::Outcome;
use super::frame::ReturnMode;
use super::native::{NativeTask, Resume, TaskStep};
use crate::error::{Exc, PyResult};
use crate::objects::{Dict, Object};
use crate::types::TypeId;
use crate::value::Value;

/// Builtin classes whose single positional sub-pattern matches the subject itself
/// (`case int(n):`).
const SELF_MATCHING: &[TypeId] = &[
    TypeId::Bool,
    TypeId::ByteArray,
    TypeId::Bytes,
    TypeId::Dict,
    TypeId::Float,
    TypeId::FrozenSet,
    TypeId::Int,
    TypeId::List,
    TypeId::Set,
    TypeId::Str,
    TypeId::Tuple,
];

/// Fetching the attributes a class pattern needs; a missing one means no match.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MatchAttrs {
    subject: Value,
    /// Attribute names; `None` stands for the subject itself (self-matching builtins).
    names: Vec<Option<String>>,
    values: Vec<Value>,
}

impl MatchAttrs {
    pub fn for_each_ref(&self, f: &mut dyn FnMut(Value)) {
        f(self.subject);
        self.values.iter().copied().for_each(f);
    }

    pub fn resume(&mut self, vm: &mut Vm, input: Resume) -> PyResult<TaskStep> {
        match input {
            Resume::Value(v) => self.values.push(v),
            Resume::Error(id) if vm.is_instance_of_type(id, TypeId::AttributeError) => {
                return Ok(TaskStep::Done(Value::None));
            }
            Resume::Error(id) => return Err(Exc::Raised(id)),
            _ => {}
        }
        while let Some(name) = self.names.get(self.values.len()).cloned() {
            let Some(name) = name else {
                self.values.push(self.subject);
                continue;
            };
            match vm.getattr_with(self.subject, &name, None, ReturnMode::Native) {
                Ok(Outcome::Value(v)) => self.values.push(v),
                Ok(Outcome::Pushed) => return Ok(TaskStep::Wait),
                Err(e) if vm.exc_is(&e, TypeId::AttributeError) => return Ok(TaskStep::Done(Value::None)),
                Err(e) => return Err(e),
            }
        }
        let values = std::mem::take(&mut self.values);
        Ok(TaskStep::Done(vm.new_tuple(values)))
    }

    /// Errors from the getter frames are looked at (AttributeError means no match).
    pub fn handles_errors(&self) -> bool {
        true
    }
}

impl Vm {
    /// The builtin container behind a value (itself, or the payload of a subclass instance).
    fn match_payload(&self, v: Value) -> Value {
        self.instance_base(v).unwrap_or(v)
    }

    pub fn match_sequence(&self, v: Value) -> bool {
        matches!(self.match_payload(v), Value::Ref(id)
            if matches!(self.heap.get(id), Object::List(_) | Object::Tuple(_) | Object::Range(_)))
    }

    pub fn match_mapping(&self, v: Value) -> bool {
        matches!(self.match_payload(v), Value::Ref(id) if matches!(self.heap.get(id), Object::Dict(_)))
    }

    pub fn match_len(&mut self, v: Value) -> PyResult<Value> {
        let Value::Ref(id) = self.match_payload(v) else { return Ok(Value::Int(0)) };
        let n: i128 = match self.heap.get(id) {
            Object::List(items) | Object::Tuple(items) => items.len() as i128,
            Object::Dict(d) => d.len() as i128,
            Object::Range(r) => r.len(),
            _ => 0,
        };
        Ok(self.int_from_i128(n))
    }

    /// The values of `keys` in mapping `subject`, or None when one is missing.
    pub fn match_keys(&mut self, subject: Value, keys: Value) -> PyResult<Value> {
        let mapping = self.match_payload(subject);
        let keys = self.seq_items(keys).map(<[Value]>::to_vec).unwrap_or_default();
        let mut values = Vec::with_capacity(keys.len());
        for k in keys {
            match self.dict_lookup(mapping, k)? {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(values))
    }

    /// A copy of mapping `subject` without `keys` (for `**rest`).
    pub fn dict_without_keys(&mut self, subject: Value, keys: Value) -> PyResult<Value> {
        let mapping = self.match_payload(subject);
        let copy = match mapping {
            Value::Ref(id) => match self.heap.get(id) {
                Object::Dict(d) => d.clone(),
                _ => Dict::new(),
            },
            _ => Dict::new(),
        };
        let rest = self.new_dict(copy);
        let keys = self.seq_items(keys).map(<[Value]>::to_vec).unwrap_or_default();
        for k in keys {
            self.dict_remove(rest, k)?;
        }
        Ok(rest)
    }

    /// A class pattern `cls(p1, p2, kw=p3)`: the attribute values as a tuple (result to
    /// `ret`), or None when the subject is not an instance or lacks an attribute.
    pub fn match_class(
        &mut self,
        subject: Value,
        cls: Value,
        kwnames: Value,
        npos: usize,
        ret: ReturnMode,
    ) -> PyResult<Outcome> {
        if !matches!(cls, Value::Type(_)) && !self.is_user_class(cls) {
            return Err(Exc::type_error("called match pattern must be a type"));
        }
        if !self.isinstance(subject, cls) {
            return Ok(Outcome::Value(Value::None));
        }
        let mut names: Vec<Option<String>> = Vec::new();
        if npos > 0 {
            names = self.positional_match_names(cls, npos)?;
        }
        for k in self.seq_items(kwnames).map(<[Value]>::to_vec).unwrap_or_default() {
            let name = self.as_str(k).unwrap_or("").to_string();
            if names.iter().any(|n| n.as_deref() == Some(name.as_str())) {
                return Err(Exc::type_error(format!(
                    "{}() got multiple sub-patterns for attribute '{name}'",
                    self.class_name(cls)
                )));
            }
            names.push(Some(name));
        }
        let task = MatchAttrs { subject, names, values: Vec::new() };
        self.push_native(NativeTask::MatchAttrs(Box::new(task)), ret)
    }

    /// Attribute names for `npos` positional sub-patterns, from `__match_args__`.
    fn positional_match_names(&mut self, cls: Value, npos: usize) -> PyResult<Vec<Option<String>>> {
        let cname = self.class_name(cls);
        let declared = match cls {
            Value::Ref(_) => self.class_lookup_str(cls, "__match_args__"),
            _ => None,
        };
        let Some(declared) = declared else {
            let base = self.builtin_base_of_class(cls);
            if SELF_MATCHING.contains(&base) {
                if npos > 1 {
                    return Err(Exc::type_error(format!("{cname}() accepts 1 positional sub-pattern ({npos} given)")));
                }
                return Ok(vec![None]);
            }
            return Err(Exc::type_error(format!("{cname}() accepts 0 positional sub-patterns ({npos} given)")));
        };
        let is_tuple = matches!(declared, Value::Ref(id) if matches!(self.heap.get(id), Object::Tuple(_)));
        if !is_tuple {
            return Err(Exc::type_error(format!(
                "{cname}.__match_args__ must be a tuple (got {})",
                self.type_name(declared)
            )));
        }
        let items = self.seq_items(declared).map(<[Value]>::to_vec).unwrap_or_default();
        if npos > items.len() {
            let s = if items.len() == 1 { "" } else { "s" };
            return Err(Exc::type_error(format!(
                "{cname}() accepts {} positional sub-pattern{s} ({npos} given)",
                items.len()
            )));
        }
        let mut names = Vec::with_capacity(npos);
        for item in &items[..npos] {
            match self.as_str(*item) {
                Some(s) => names.push(Some(s.to_string())),
                None => {
                    return Err(Exc::type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        self.type_name(*item)
                    )));
                }
            }
        }
        Ok(names)
    }
}
