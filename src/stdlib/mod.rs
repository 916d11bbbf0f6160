//! The standard library available to sandboxed code: native modules created on import, and
//! modules written in Python (`python/*.py`) that are compiled into a program importing them.

use crate::error::PyResult;
use crate::value::ObjId;
use crate::vm::Vm;

mod helpers;

pub use helpers::call as call_helper;

/// Create native module `name`, or None if the sandbox has no native module of that name.
pub fn create_module(vm: &mut Vm, name: &str) -> PyResult<Option<ObjId>> {
    Ok(match name {
        "_monty" => Some(helpers::create(vm)?),
        _ => None,
    })
}

/// The source of library module `name` when it is written in Python.
pub fn python_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "dataclasses" => include_str!("python/dataclasses.py"),
        "typing" => include_str!("python/typing.py"),
        "collections" => include_str!("python/collections.py"),
        "os" => include_str!("python/os.py"),
        "os.path" | "posixpath" => include_str!("python/posixpath.py"),
        "pathlib" => include_str!("python/pathlib.py"),
        "asyncio" => include_str!("python/asyncio.py"),
        _ => return None,
    })
}
