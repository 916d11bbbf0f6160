//! `match` statements.

use ruff_python_ast as ast;

use super::{CompileError, Compiler};

impl<'a> Compiler<'a, '_> {
    pub(super) fn compile_match(&mut self, m: &'a ast::StmtMatch) -> Result<(), CompileError> {
        Err(CompileError::syntax("match statements are not supported yet", m.range.start().to_u32()))
    }

    pub(super) fn compile_async_with(
        &mut self,
        items: &'a [ast::WithItem],
        _idx: usize,
        _body: &'a [ast::Stmt],
    ) -> Result<(), CompileError> {
        let at = items.first().map_or(0, |i| i.range.start().to_u32());
        Err(CompileError::syntax("async with is not supported yet", at))
    }

    pub(super) fn compile_async_for(&mut self, f: &'a ast::StmtFor) -> Result<(), CompileError> {
        Err(CompileError::syntax("async for is not supported yet", f.range.start().to_u32()))
    }

    pub(super) fn emit_async_exit_call(&mut self) {}
}
