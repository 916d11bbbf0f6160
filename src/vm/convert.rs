//! Numeric conversions of user objects: `int(x)`, `float(x)`, `round(x)`, `divmod(a, b)`
//! through `__int__`/`__index__`/`__float__`/`__round__`/`__divmod__`.

use serde::{Deserialize, Serialize};

use super::Vm;
use super::call::{Args, Outcome};
use super::frame::ReturnMode;
use super::native::{NativeTask, Resume, TaskStep};
use crate::error::{Exc, PyResult};
use crate::types::TypeId;
use crate::value::Value;

/// Checks the result of a conversion method.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Convert {
    /// `__int__` (for `int()`) or `__index__`: an int.
    Int { index: bool },
    /// `__float__` of this class: a float.
    Float(String),
    /// `__index__` for `float()`: an int, made a float.
    IndexToFloat,
}

impl Convert {
    pub fn resume(&mut self, vm: &mut Vm, input: Resume) -> PyResult<TaskStep> {
        let Resume::Value(v) = input else { return Ok(TaskStep::Done(Value::None)) };
        let is_int = matches!(v, Value::Int(_) | Value::Bool(_)) || vm.bigint_ref(v).is_some();
        let (method, want) = match self {
            Convert::Int { index: false } => ("__int__".to_string(), "int"),
            Convert::Int { index: true } | Convert::IndexToFloat => ("__index__".to_string(), "int"),
            Convert::Float(class) => (format!("{class}.__float__"), "float"),
        };
        let ok = match self {
            Convert::Float(_) => matches!(v, Value::Float(_)),
            _ => is_int,
        };
        if !ok {
            return Err(Exc::type_error(format!("{method} returned non-{want} (type {})", vm.type_name(v))));
        }
        Ok(TaskStep::Done(match (self, v) {
            (Convert::IndexToFloat, _) => {
                let f = crate::builtins::construct(vm, TypeId::Float, Args::positional([v]), ReturnMode::Native)?;
                match f {
                    Outcome::Value(f) => f,
                    Outcome::Pushed => Value::Float(0.0),
                }
            }
            (_, Value::Bool(b)) => Value::Int(b as i64),
            _ => v,
        }))
    }
}

impl Vm {
    fn convert_with(&mut self, x: Value, method: &str, check: Convert, ret: ReturnMode) -> PyResult<Option<Outcome>> {
        let Some(f) = self.dunder(x, method) else { return Ok(None) };
        self.push_native(NativeTask::Convert(Box::new(check)), ret)?;
        if let Outcome::Value(v) = self.call_value(f, Args::positional([x]), ReturnMode::Native)? {
            self.set_native_input(Resume::Value(v));
        }
        Ok(Some(Outcome::Pushed))
    }

    /// `int(x)` for a user object.
    pub fn int_of_instance(&mut self, x: Value, ret: ReturnMode) -> PyResult<Outcome> {
        if let Some(o) = self.convert_with(x, "__int__", Convert::Int { index: false }, ret)? {
            return Ok(o);
        }
        if let Some(o) = self.convert_with(x, "__index__", Convert::Int { index: true }, ret)? {
            return Ok(o);
        }
        if let Some(f) = self.dunder(x, "__trunc__") {
            return self.call_value(f, Args::positional([x]), ret);
        }
        Err(Exc::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            self.type_name(x)
        )))
    }

    /// `float(x)` for a user object.
    pub fn float_of_instance(&mut self, x: Value, ret: ReturnMode) -> PyResult<Outcome> {
        let class = self.type_name(x).to_string();
        if let Some(o) = self.convert_with(x, "__float__", Convert::Float(class), ret)? {
            return Ok(o);
        }
        if let Some(o) = self.convert_with(x, "__index__", Convert::IndexToFloat, ret)? {
            return Ok(o);
        }
        Err(Exc::type_error(format!("float() argument must be a string or a real number, not '{}'", self.type_name(x))))
    }

    /// `round(x[, n])` for a user object.
    pub fn round_instance(&mut self, args: &Args, ret: ReturnMode) -> PyResult<Outcome> {
        let x = args.pos[0];
        let Some(f) = self.dunder(x, "__round__") else {
            return Err(Exc::type_error(format!("type {} doesn't define __round__ method", self.type_name(x))));
        };
        let mut call = Args::positional([x]);
        call.pos.extend(args.pos.iter().skip(1).copied());
        self.call_value(f, call, ret)
    }

    /// `divmod(a, b)` where an operand is a user object.
    pub fn divmod_instances(&mut self, a: Value, b: Value, ret: ReturnMode) -> PyResult<Outcome> {
        if let Some(f) = self.dunder(a, "__divmod__") {
            return self.call_value(f, Args::positional([a, b]), ret);
        }
        if let Some(f) = self.dunder(b, "__rdivmod__") {
            return self.call_value(f, Args::positional([b, a]), ret);
        }
        Err(Exc::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        )))
    }
}

/// `seq[obj]`: `obj.__index__()` runs first, then the subscript.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct IndexSubscript {
    seq: Value,
}

impl IndexSubscript {
    pub fn for_each_ref(&self, f: &mut dyn FnMut(Value)) {
        f(self.seq);
    }

    pub fn resume(&mut self, vm: &mut Vm, input: Resume) -> PyResult<TaskStep> {
        let Resume::Value(i) = input else { return Ok(TaskStep::Done(Value::None)) };
        if !matches!(i, Value::Int(_) | Value::Bool(_)) && vm.bigint_ref(i).is_none() {
            return Err(Exc::type_error(format!("__index__ returned non-int (type {})", vm.type_name(i))));
        }
        match vm.subscript(self.seq, i)? {
            Outcome::Value(v) => Ok(TaskStep::Done(v)),
            Outcome::Pushed => Err(Exc::runtime_error("subscript needed Python code after __index__")),
        }
    }
}

impl Vm {
    pub fn index_then_subscript(&mut self, seq: Value, key: Value) -> PyResult<Outcome> {
        let Some(f) = self.dunder(key, "__index__") else { return Err(Exc::type_error("not an index")) };
        self.push_native(NativeTask::IndexSubscript(Box::new(IndexSubscript { seq })), ReturnMode::Push)?;
        if let Outcome::Value(v) = self.call_value(f, Args::positional([key]), ReturnMode::Native)? {
            self.set_native_input(Resume::Value(v));
        }
        Ok(Outcome::Pushed)
    }
}
