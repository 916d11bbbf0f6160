//! The standard library available to sandboxed code: native modules created on import, and
//! modules written in Python (`python/*.py`) that are compiled into a program importing them.

use crate::error::PyResult;
use crate::value::ObjId;
use crate::vm::Vm;

/// Create native module `name`, or None if the sandbox has no native module of that name.
pub fn create_module(_vm: &mut Vm, _name: &str) -> PyResult<Option<ObjId>> {
    Ok(None)
}

/// The source of library module `name` when it is written in Python.
pub fn python_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "dataclasses" => include_str!("python/dataclasses.py"),
        "typing" => include_str!("python/typing.py"),
        "collections" => include_str!("python/collections.py"),
        "_monty_args" => include_str!("python/_monty_args.py"),
        _ => return None,
    })
}
