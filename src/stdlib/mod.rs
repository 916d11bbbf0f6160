//! Native standard-library modules available to sandboxed code.

use crate::error::PyResult;
use crate::value::ObjId;
use crate::vm::Vm;

/// Create module `name`, or None if the sandbox does not provide it.
pub fn create_module(_vm: &mut Vm, _name: &str) -> PyResult<Option<ObjId>> {
    Ok(None)
}
