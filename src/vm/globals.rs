//! Name resolution at run time: cells, module globals, builtins, class namespaces, imports.

use super::Vm;
use super::call::Outcome;
use super::frame::Frame;
use crate::bytecode::Code;
use crate::error::{Exc, PyResult};
use crate::objects::Object;
use crate::types::TypeId;
use crate::value::{ObjId, Value};

impl Vm {
    fn cell_at(&self, base: usize, slot: u32) -> Option<ObjId> {
        match self.stack.get(base + slot as usize) {
            Some(Value::Ref(id)) if matches!(self.heap.get(*id), Object::Cell(_)) => Some(*id),
            _ => None,
        }
    }

    pub(super) fn load_deref(&self, code: &Code, base: usize, slot: u32) -> PyResult<Value> {
        let v = match self.cell_at(base, slot) {
            Some(id) => match self.heap.get(id) {
                Object::Cell(v) => *v,
                _ => Value::Undefined,
            },
            None => Value::Undefined,
        };
        if !v.is_undefined() {
            return Ok(v);
        }
        let name = code.varnames.get(slot as usize).map_or("?", |s| s.as_str());
        if code.free_slots.contains(&slot) {
            Err(Exc::new(
                TypeId::NameError,
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            ))
        } else {
            Err(Exc::new(
                TypeId::UnboundLocalError,
                format!("cannot access local variable '{name}' where it is not associated with a value"),
            ))
        }
    }

    pub(super) fn store_deref(&mut self, base: usize, slot: u32, v: Value) {
        if let Some(id) = self.cell_at(base, slot)
            && let Object::Cell(c) = self.heap.get_mut(id)
        {
            *c = v;
        }
    }

    /// A global that is not set: a builtin, else the host is asked (NameLookup).
    pub(super) fn load_global_slow(&mut self, slot: u32) -> PyResult<Outcome> {
        let program = self.program.clone();
        let name = program.globals.get(slot as usize).map_or("", |g| g.name.as_str());
        match self.lookup_builtin(name) {
            Some(v) => Ok(Outcome::Value(v)),
            None => self.request_name(name.to_string(), Some(slot)),
        }
    }

    fn lookup_builtin(&mut self, name: &str) -> Option<Value> {
        if name == "__name__" {
            let module = self.current_module();
            let text = match module {
                0 => "__main__".to_string(),
                n => self.program.modules.get(n as usize - 1).map_or("__main__".to_string(), |m| m.name.clone()),
            };
            return Some(self.new_str(text));
        }
        crate::builtins::lookup(name)
    }

    pub(super) fn delete_global(&mut self, slot: u32) -> PyResult<()> {
        match self.globals.get_mut(slot as usize) {
            Some(v) if !v.is_undefined() => {
                *v = Value::Undefined;
                Ok(())
            }
            _ => {
                let name = self.program.globals.get(slot as usize).map_or("", |g| g.name.as_str());
                Err(Exc::new(TypeId::NameError, format!("name '{name}' is not defined")))
            }
        }
    }

    /// The module whose globals the running code uses.
    fn current_module(&self) -> u32 {
        let code = self.frames.iter().rev().find_map(|f| match f {
            Frame::Py(p) => Some(p.code),
            _ => None,
        });
        code.and_then(|c| self.program.codes.get(c as usize)).map_or(0, |c| c.module)
    }

    fn class_ns(&self) -> Option<ObjId> {
        match self.frames.last() {
            Some(Frame::Py(f)) => f.class_ns,
            _ => None,
        }
    }

    /// Look a name up in a dict keyed by strings.
    pub fn dict_get_str(&self, dict: ObjId, name: &str) -> Option<Value> {
        let Object::Dict(d) = self.heap.get(dict) else { return None };
        let h = crate::hash::hash_str(name);
        d.find(h, |k| self.heap.get_str(k) == Some(name)).and_then(|pos| d.entry_at(pos)).map(|e| e.value)
    }

    pub(super) fn load_name(&mut self, name: u32) -> PyResult<Outcome> {
        let text = self.name_text(name).to_string();
        if let Some(ns) = self.class_ns()
            && let Some(v) = self.dict_get_str(ns, &text)
        {
            return Ok(Outcome::Value(v));
        }
        let slot = self.program.global_slot_in(self.current_module(), &text);
        if let Some(slot) = slot {
            let v = self.globals[slot as usize];
            if !v.is_undefined() {
                return Ok(Outcome::Value(v));
            }
        }
        match self.lookup_builtin(&text) {
            Some(v) => Ok(Outcome::Value(v)),
            None => self.request_name(text, slot),
        }
    }

    pub(super) fn store_name(&mut self, name: u32, v: Value) -> PyResult<()> {
        let key = self.names.get(name as usize).copied().unwrap_or(Value::None);
        match self.class_ns() {
            Some(ns) => self.dict_set(Value::Ref(ns), key, v),
            None => {
                let text = self.name_text(name).to_string();
                if let Some(slot) = self.program.global_slot_in(self.current_module(), &text) {
                    self.globals[slot as usize] = v;
                }
                Ok(())
            }
        }
    }

    pub(super) fn delete_name(&mut self, name: u32) -> PyResult<()> {
        let key = self.names.get(name as usize).copied().unwrap_or(Value::None);
        let text = self.name_text(name).to_string();
        if let Some(ns) = self.class_ns()
            && self.dict_remove(Value::Ref(ns), key)?.is_some()
        {
            return Ok(());
        }
        Err(Exc::new(TypeId::NameError, format!("name '{text}' is not defined")))
    }

    pub(super) fn load_class_deref(&mut self, code: &Code, base: usize, slot: u32, name: u32) -> PyResult<Value> {
        let text = self.name_text(name).to_string();
        if let Some(ns) = self.class_ns()
            && let Some(v) = self.dict_get_str(ns, &text)
        {
            return Ok(v);
        }
        self.load_deref(code, base, slot)
    }

    /// `import name` (native modules only).
    pub(super) fn import_from(&mut self, module: Value, name: u32) -> PyResult<Value> {
        let text = self.name_text(name).to_string();
        if let Value::Ref(id) = module
            && let Object::Module(m) = self.heap.get(id)
        {
            let mod_name = m.name.clone();
            let dict = m.dict.clone();
            let h = crate::hash::hash_str(&text);
            if let Some(pos) = dict.find(h, |k| self.heap.get_str(k) == Some(text.as_str()))
                && let Some(e) = dict.entry_at(pos)
            {
                return Ok(e.value);
            }
            return Err(Exc::new(
                TypeId::ImportError,
                format!("cannot import name '{text}' from '{mod_name}' (unknown location)"),
            ));
        }
        Err(Exc::new(TypeId::ImportError, format!("cannot import name '{text}'")))
    }

    pub(super) fn import_star(&mut self, module: Value) -> PyResult<()> {
        let Value::Ref(id) = module else { return Ok(()) };
        let Object::Module(m) = self.heap.get(id) else { return Ok(()) };
        let entries: Vec<(String, Value)> = m
            .dict
            .iter_entries()
            .filter_map(|e| self.heap.get_str(e.key).map(|k| (k.to_string(), e.value)))
            .filter(|(k, _)| !k.starts_with('_'))
            .collect();
        // Only names the program mentions have slots; others cannot be referenced anyway.
        for (name, v) in entries {
            if let Some(slot) = self.program.global_slot(&name)
                && let Some(g) = self.globals.get_mut(slot as usize)
            {
                *g = v;
            }
        }
        Ok(())
    }
}
