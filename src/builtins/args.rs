//! Argument checking for builtins, with CPython's messages.

use crate::error::{Exc, PyResult};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::Args;

/// How a builtin names its arity in errors.
pub struct ArgSpec {
    pub name: &'static str,
}

impl ArgSpec {
    pub fn new(name: &'static str) -> Self {
        ArgSpec { name }
    }

    /// Exactly one positional argument and no keywords (`len(x)` style).
    pub fn one(&self, args: &Args) -> PyResult<Value> {
        self.no_kwargs(args)?;
        if args.pos.len() != 1 {
            return Err(Exc::type_error(format!(
                "{}() takes exactly one argument ({} given)",
                self.name,
                args.pos.len()
            )));
        }
        Ok(args.pos[0])
    }

    /// Between `min` and `max` positional arguments (`"name expected ..."` style).
    pub fn between(&self, args: &Args, min: usize, max: usize) -> PyResult<()> {
        let n = args.pos.len();
        if n < min {
            return Err(Exc::type_error(if min == max {
                format!("{} expected {} argument{}, got {n}", self.name, min, if min == 1 { "" } else { "s" })
            } else {
                format!("{} expected at least {} argument{}, got {n}", self.name, min, if min == 1 { "" } else { "s" })
            }));
        }
        if n > max {
            return Err(Exc::type_error(if min == max {
                format!("{} expected {} argument{}, got {n}", self.name, max, if max == 1 { "" } else { "s" })
            } else {
                format!("{} expected at most {} argument{}, got {n}", self.name, max, if max == 1 { "" } else { "s" })
            }));
        }
        Ok(())
    }

    pub fn no_kwargs(&self, args: &Args) -> PyResult<()> {
        if !args.kw.is_empty() {
            return Err(Exc::type_error(format!("{}() takes no keyword arguments", self.name)));
        }
        Ok(())
    }

    /// Take the allowed keyword arguments; any other is an error.
    pub fn kwargs<const N: usize>(&self, vm: &Vm, args: &Args, names: [&str; N]) -> PyResult<[Option<Value>; N]> {
        let mut out = [None; N];
        for (k, v) in &args.kw {
            let key = vm.as_str(*k).unwrap_or("");
            match names.iter().position(|n| *n == key) {
                Some(i) => out[i] = Some(*v),
                None => {
                    return Err(Exc::type_error(format!("{}() got an unexpected keyword argument '{key}'", self.name)));
                }
            }
        }
        Ok(out)
    }
}

impl Vm {
    /// An int argument that may be big (up to 128 bits), for ranges and counters.
    pub fn int128_arg(&self, v: Value) -> PyResult<i128> {
        match v {
            Value::Int(i) => Ok(i as i128),
            Value::Bool(b) => Ok(b as i128),
            Value::Ref(_) if self.bigint_ref(v).is_some() => self
                .bigint_ref(v)
                .and_then(|b| i128::try_from(b).ok())
                .ok_or_else(|| Exc::overflow("Python int too large to convert to C ssize_t")),
            _ => Err(Exc::type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v)))),
        }
    }

    /// An int argument (`'float' object cannot be interpreted as an integer` otherwise).
    pub fn int_arg(&self, v: Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            Value::Ref(_) if self.bigint_ref(v).is_some() => {
                Err(Exc::overflow("Python int too large to convert to C ssize_t"))
            }
            _ => Err(Exc::type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v)))),
        }
    }
}
