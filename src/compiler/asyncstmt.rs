//! `await` plumbing for statements: `async with` exits and `async for` loops.

use ruff_python_ast as ast;

use super::{CompileError, Compiler, FBlock};
use crate::bytecode::{CodeKind, Instr};

impl<'a> Compiler<'a, '_> {
    /// `[awaitable] -> [result]`: delegate to its awaitable until it returns.
    pub(super) fn emit_await(&mut self) {
        self.emit(Instr::GetAwaitable);
        self.emit(Instr::LoadNone);
        self.emit_send_loop();
    }

    /// `[aexit] -> []`: await `__aexit__(None, None, None)` and drop its result.
    pub(super) fn emit_async_exit_call(&mut self) {
        self.emit(Instr::LoadNone);
        self.emit(Instr::LoadNone);
        self.emit(Instr::LoadNone);
        self.emit(Instr::Call { argc: 3 });
        self.emit_await();
        self.emit(Instr::Pop);
    }

    /// `async for`: `__anext__()` is awaited inside a protected region whose handler ends the
    /// loop on StopAsyncIteration (`EndAsyncFor`).
    pub(super) fn compile_async_for(&mut self, f: &'a ast::StmtFor) -> Result<(), CompileError> {
        self.compile_expr(&f.iter)?;
        self.set_pos(&*f.iter);
        self.emit(Instr::GetAIter);
        let top = self.new_label();
        let stop = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let depth = self.block_depth() + 1;
        self.bind(top);
        self.b().push_region(stop, depth);
        self.emit(Instr::GetANext);
        self.emit_await();
        self.b().pop_region();
        self.compile_store(&f.target)?;
        self.unit().fblocks.push(FBlock::Loop { continue_to: top, break_to: end, is_for: true });
        self.compile_body(&f.body)?;
        self.unit().fblocks.pop();
        self.jump(|target| Instr::Jump { target }, top);
        self.bind(stop);
        self.set_pos(&*f.iter);
        self.emit(Instr::EndAsyncFor);
        self.bind(orelse);
        self.compile_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }
}

impl Compiler<'_, '_> {
    /// A script with top-level `await`: its module code becomes a coroutine, and the entry is
    /// `asyncio.run(<module coroutine>())`, whose value (the last expression's) is the result.
    pub(super) fn wrap_top_level_await(&mut self, module_code: u32) -> u32 {
        if let Some(code) = self.program.codes.get_mut(module_code as usize) {
            code.is_coroutine = true;
        }
        self.imports.push("asyncio".into());
        self.push_unit(0, CodeKind::Module, "<module>".into(), "<module>".into());
        let asyncio = self.name_index("asyncio");
        self.emit(Instr::ImportName { name: asyncio });
        let run = self.name_index("run");
        self.emit(Instr::LoadAttr { name: run });
        self.emit(Instr::MakeFunction { code: module_code, flags: 0 });
        self.emit(Instr::Call { argc: 0 });
        self.emit(Instr::Call { argc: 1 });
        self.emit(Instr::ReturnValue);
        self.finish_unit(0)
    }
}
