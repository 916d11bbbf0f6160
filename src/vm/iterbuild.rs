//! Building `enumerate`/`zip`/`map`/`filter` iterators over iterables whose `__iter__` is
//! Python code: each iterator is obtained in turn (possibly from a frame), then the composite
//! iterator is made.

use serde::{Deserialize, Serialize};

use super::Vm;
use super::call::Outcome;
use super::frame::ReturnMode;
use super::native::{NativeTask, Resume, TaskStep};
use crate::error::PyResult;
use crate::objects::{Iter, Object};
use crate::value::Value;

/// Which composite iterator to make from the inner iterators.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub enum Composite {
    Enumerate { start: i128 },
    Zip { strict: bool },
    Map { func: Value },
    Filter { func: Value },
}

impl Composite {
    fn make(self, inners: Vec<Value>) -> Iter {
        let first = inners.first().copied().unwrap_or(Value::None);
        match self {
            Composite::Enumerate { start } => Iter::Enumerate { inner: first, count: start },
            Composite::Zip { strict } => Iter::Zip { inners, strict },
            Composite::Map { func } => Iter::Map { func, inners },
            Composite::Filter { func } => Iter::Filter { func, inner: first },
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct IterBuild {
    make: Composite,
    iterables: Vec<Value>,
    iters: Vec<Value>,
}

impl IterBuild {
    pub fn for_each_ref(&self, f: &mut dyn FnMut(Value)) {
        if let Composite::Map { func } | Composite::Filter { func } = self.make {
            f(func);
        }
        self.iterables.iter().chain(self.iters.iter()).copied().for_each(f);
    }

    pub fn resume(&mut self, vm: &mut Vm, input: Resume) -> PyResult<TaskStep> {
        if let Resume::Value(it) = input {
            self.iters.push(it);
        }
        while let Some(&x) = self.iterables.get(self.iters.len()) {
            match vm.get_iter_to(x, ReturnMode::Native)? {
                Outcome::Value(it) => self.iters.push(it),
                Outcome::Pushed => return Ok(TaskStep::Wait),
            }
        }
        let iters = std::mem::take(&mut self.iters);
        Ok(TaskStep::Done(vm.alloc(Object::Iter(Box::new(self.make.make(iters))))))
    }
}

impl Vm {
    /// Make a composite iterator over `iterables`; a Python `__iter__` makes it finish later
    /// (delivered to `ret`).
    pub fn composite_iter(&mut self, make: Composite, iterables: Vec<Value>, ret: ReturnMode) -> PyResult<Outcome> {
        if !iterables.iter().any(|x| self.is_user_instance(*x)) {
            let mut iters = Vec::with_capacity(iterables.len());
            for x in iterables {
                match self.get_iter(x)? {
                    Outcome::Value(it) => iters.push(it),
                    Outcome::Pushed => {
                        return Err(crate::error::Exc::runtime_error("iterator creation ran Python code"));
                    }
                }
            }
            return Ok(Outcome::Value(self.alloc(Object::Iter(Box::new(make.make(iters))))));
        }
        let task = IterBuild { make, iterables, iters: Vec::new() };
        self.push_native(NativeTask::IterBuild(Box::new(task)), ret)
    }
}
