//! Importing library modules written in Python: the module's code runs once in its own frame
//! (with its own globals); its global names then make up the module object.

use serde::{Deserialize, Serialize};

use super::Vm;
use super::call::Outcome;
use super::frame::ReturnMode;
use super::native::{NativeTask, Resume, TaskStep};
use crate::error::{Exc, PyResult};
use crate::objects::{Dict, Module, Object};
use crate::types::TypeId;
use crate::value::Value;

/// Runs a library module's code, then makes its module object.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ModuleInit {
    name: String,
    number: u32,
}

impl ModuleInit {
    pub fn resume(&mut self, vm: &mut Vm, input: Resume) -> PyResult<TaskStep> {
        match input {
            Resume::Start => {
                let code = vm.program.modules.get(self.number as usize - 1).map(|m| m.code);
                let Some(code) = code else { return Err(Exc::runtime_error("unknown library module")) };
                let base = vm.stack.len();
                vm.enter_frame(code, Value::None, base, base, ReturnMode::Native)?;
                Ok(TaskStep::Wait)
            }
            _ => {
                let module = vm.module_from_globals(&self.name, self.number)?;
                Ok(TaskStep::Done(module))
            }
        }
    }
}

impl Vm {
    /// `import name`: the module object (cached), running a Python library module's code the
    /// first time (its result goes to `ret`).
    pub(super) fn import_module(&mut self, name: u32, ret: ReturnMode) -> PyResult<Outcome> {
        let text = self.name_text(name).to_string();
        if let Some((_, id)) = self.modules.iter().find(|(n, _)| *n == text) {
            return Ok(Outcome::Value(Value::Ref(*id)));
        }
        if let Some(number) = self.program.module_number(&text) {
            let task = ModuleInit { name: text, number };
            return self.push_native(NativeTask::ModuleInit(Box::new(task)), ret);
        }
        match crate::stdlib::create_module(self, &text)? {
            Some(id) => {
                self.modules.push((text, id));
                Ok(Outcome::Value(Value::Ref(id)))
            }
            None => {
                // A missing package is named by its top level; a missing submodule of a package
                // we have (`urllib.request`) by its full name, as CPython does.
                let top = text.split('.').next().unwrap_or(&text);
                let package_exists = top != text && crate::stdlib::python_source(top).is_some();
                let missing = if package_exists { text.as_str() } else { top };
                Err(Exc::new(TypeId::ModuleNotFoundError, format!("No module named '{missing}'")))
            }
        }
    }

    /// The module object of library module `number` after its code ran.
    fn module_from_globals(&mut self, name: &str, number: u32) -> PyResult<Value> {
        let program = self.program.clone();
        let mut dict = Dict::new();
        let module = self.alloc(Object::Module(Box::new(Module { name: name.to_string(), dict: Dict::new() })));
        let Value::Ref(id) = module else { return Ok(module) };
        self.modules.push((name.to_string(), id));
        for (slot, g) in program.globals.iter().enumerate() {
            let v = self.globals.get(slot).copied().unwrap_or(Value::Undefined);
            if g.module != number || v.is_undefined() {
                continue;
            }
            let key = self.new_str(g.name.clone());
            let h = self.hash_value(key)?;
            dict.insert_new(h, key, v);
        }
        if let Object::Module(m) = self.heap.get_mut(id) {
            m.dict = dict;
        }
        Ok(module)
    }
}
