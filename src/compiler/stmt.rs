//! Statements: control flow, exception handling, definitions, imports.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::builder::Label;
use super::literal;
use super::scope::ScopeKind;
use super::{CompileError, Compiler, FBlock};
use crate::bytecode::{CodeKind, Const, Instr, Params};

impl<'a> Compiler<'a, '_> {
    /// `x: T` in a class body: `__annotations__["x"] = T`, evaluated as CPython does; kept
    /// as the source text under `from __future__ import annotations`.
    fn record_annotation(&mut self, name: &str, annotation: &'a ast::Expr) -> Result<(), CompileError> {
        if self.future_annotations {
            let range = annotation.range();
            let text = self
                .program
                .sources
                .get(self.source_id as usize)
                .and_then(|s| s.text.get(range.start().to_usize()..range.end().to_usize()))
                .unwrap_or("")
                .to_string();
            self.load_const(Const::Str(text));
        } else {
            self.compile_expr(annotation)?;
        }
        self.load_name("__annotations__");
        self.load_const(Const::Str(name.to_string()));
        self.emit(Instr::StoreSubscr);
        Ok(())
    }

    pub(super) fn compile_body(&mut self, body: &'a [Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn compile_stmt(&mut self, stmt: &'a Stmt) -> Result<(), CompileError> {
        self.set_pos(stmt);
        let offset = stmt.range().start().to_u32();
        match stmt {
            Stmt::FunctionDef(f) => self.compile_function_def(f)?,
            Stmt::ClassDef(c) => self.compile_class_def(c)?,
            Stmt::Return(r) => {
                if !self.scope_kind().is_function_like() {
                    return Err(CompileError::syntax("'return' outside function", offset));
                }
                match &r.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.emit(Instr::LoadNone),
                }
                self.set_pos(stmt);
                self.unwind_blocks(Unwind::Return).map_err(|_| CompileError::syntax("invalid return", offset))?;
                self.emit(Instr::ReturnValue);
                self.end_unwind();
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.compile_delete(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.compile_expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Instr::DupTop);
                    }
                    self.compile_store(t)?;
                }
            }
            Stmt::AugAssign(a) => self.compile_aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.compile_expr(v)?;
                    self.compile_store(&a.target)?;
                }
                if self.scope_kind() == ScopeKind::Class
                    && let Some(name) = a.target.as_name_expr()
                {
                    self.record_annotation(name.id.as_str(), &a.annotation)?;
                }
            }
            Stmt::TypeAlias(_) => {
                return Err(CompileError::syntax("type aliases are not supported", offset));
            }
            Stmt::For(f) => self.compile_for(f)?,
            Stmt::While(w) => self.compile_while(w)?,
            Stmt::If(i) => self.compile_if(i)?,
            Stmt::With(w) => self.compile_with(&w.items, 0, &w.body, w.is_async)?,
            Stmt::Match(m) => self.compile_match(m)?,
            Stmt::Raise(r) => {
                let kind = match (&r.exc, &r.cause) {
                    (None, _) => 0,
                    (Some(e), None) => {
                        self.compile_expr(e)?;
                        1
                    }
                    (Some(e), Some(c)) => {
                        self.compile_expr(e)?;
                        self.compile_expr(c)?;
                        2
                    }
                };
                self.set_pos(stmt);
                self.emit(Instr::Raise { kind });
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(CompileError::syntax("except* is not supported", offset));
                }
                self.compile_try(t)?
            }
            Stmt::Assert(a) => {
                let ok = self.new_label();
                self.compile_jump_if(&a.test, true, ok)?;
                self.set_pos(stmt);
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.compile_expr(m)?;
                    self.emit(Instr::Call { argc: 1 });
                }
                self.set_pos(stmt);
                self.emit(Instr::Raise { kind: 1 });
                self.bind(ok);
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.id.as_str();
                    self.imports.push(full.to_string());
                    let n = self.name_index(full);
                    self.emit(Instr::ImportName { name: n });
                    match &alias.asname {
                        Some(a) => self.store_name(a.id.as_str()),
                        None => {
                            let top = full.split('.').next().unwrap_or(full);
                            if top != full {
                                // `import a.b` binds the package `a`, which must be compiled too.
                                self.imports.push(top.to_string());
                                self.emit(Instr::Pop);
                                let t = self.name_index(top);
                                self.emit(Instr::ImportName { name: t });
                            }
                            self.store_name(top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                if i.level > 0 {
                    return Err(CompileError {
                        kind: crate::types::TypeId::ImportError,
                        msg: "attempted relative import with no known parent package".into(),
                        offset,
                        line: None,
                    });
                }
                let module = i.module.as_ref().map_or("", |m| m.id.as_str());
                if module == "__future__" {
                    // Compile-time switches: only `annotations` changes anything we do.
                    if i.names.iter().any(|a| a.name.id.as_str() == "annotations") {
                        self.future_annotations = true;
                    }
                    return Ok(());
                }
                self.imports.push(module.to_string());
                let n = self.name_index(module);
                self.emit(Instr::ImportName { name: n });
                for alias in &i.names {
                    if alias.name.id.as_str() == "*" {
                        self.emit(Instr::ImportStar);
                        return Ok(());
                    }
                    let n = self.name_index(alias.name.id.as_str());
                    self.emit(Instr::ImportFrom { name: n });
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.store_name(bound.id.as_str());
                }
                self.emit(Instr::Pop);
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => {}
            Stmt::Expr(e) => {
                if matches!(&*e.value, Expr::StringLiteral(_)) && !self.interactive {
                    return Ok(());
                }
                self.compile_expr(&e.value)?;
                self.emit(Instr::Pop);
            }
            Stmt::Break(_) => {
                self.unwind_blocks(Unwind::Break).map_err(|_| CompileError::syntax("'break' outside loop", offset))?;
                self.end_unwind();
            }
            Stmt::Continue(_) => {
                self.unwind_blocks(Unwind::Continue)
                    .map_err(|_| CompileError::syntax("'continue' not properly in loop", offset))?;
                self.end_unwind();
            }
            Stmt::IpyEscapeCommand(_) => return Err(CompileError::syntax("invalid syntax", offset)),
        }
        Ok(())
    }

    fn compile_for(&mut self, f: &'a ast::StmtFor) -> Result<(), CompileError> {
        if f.is_async {
            return self.compile_async_for(f);
        }
        self.compile_expr(&f.iter)?;
        self.set_pos(&*f.iter);
        self.emit(Instr::GetIter);
        let top = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.jump(|target| Instr::ForIter { target }, orelse);
        self.compile_store(&f.target)?;
        self.unit().fblocks.push(FBlock::Loop { continue_to: top, break_to: end, is_for: true });
        self.compile_body(&f.body)?;
        self.unit().fblocks.pop();
        self.jump(|target| Instr::Jump { target }, top);
        self.bind(orelse);
        self.compile_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_while(&mut self, w: &'a ast::StmtWhile) -> Result<(), CompileError> {
        let top = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(top);
        let always = matches!(literal::const_of(&w.test), Some(Const::Bool(true)) | Some(Const::Int(1)));
        if !always {
            self.compile_jump_if(&w.test, false, orelse)?;
        }
        self.unit().fblocks.push(FBlock::Loop { continue_to: top, break_to: end, is_for: false });
        self.compile_body(&w.body)?;
        self.unit().fblocks.pop();
        self.jump(|target| Instr::Jump { target }, top);
        self.bind(orelse);
        self.compile_body(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_if(&mut self, i: &'a ast::StmtIf) -> Result<(), CompileError> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.compile_jump_if(&i.test, false, next)?;
        self.compile_body(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.jump(|target| Instr::Jump { target }, end);
            self.bind(next);
            next = self.new_label();
            if let Some(test) = &clause.test {
                self.set_pos(test);
                self.compile_jump_if(test, false, next)?;
            }
            self.compile_body(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn compile_try(&mut self, t: &'a ast::StmtTry) -> Result<(), CompileError> {
        if t.finalbody.is_empty() {
            return self.compile_try_except(t);
        }
        let fin = self.new_label();
        let end = self.new_label();
        let depth = self.block_depth();
        let regions_below = self.b().region_count();
        self.b().push_region(fin, depth);
        self.unit().fblocks.push(FBlock::TryFinally { body: &t.finalbody, regions_below });
        if t.handlers.is_empty() {
            self.compile_body(&t.body)?;
        } else {
            self.compile_try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.b().pop_region();
        self.compile_body(&t.finalbody)?;
        self.jump(|target| Instr::Jump { target }, end);
        // The exception path: run the finally body, then re-raise.
        self.bind(fin);
        self.emit(Instr::PushExcInfo);
        let cleanup = self.new_label();
        let regions_below = self.b().region_count();
        self.b().push_region(cleanup, depth + 1);
        self.unit().fblocks.push(FBlock::FinallyExc { regions_below });
        self.compile_body(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Reraise);
        self.b().pop_region();
        self.bind(cleanup);
        self.emit(Instr::PopExceptReraise);
        self.bind(end);
        Ok(())
    }

    fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> Result<(), CompileError> {
        let handler = self.new_label();
        let end = self.new_label();
        let depth = self.block_depth();
        self.b().push_region(handler, depth);
        self.compile_body(&t.body)?;
        self.b().pop_region();
        self.compile_body(&t.orelse)?;
        self.jump(|target| Instr::Jump { target }, end);
        self.bind(handler);
        self.emit(Instr::PushExcInfo);
        let cleanup = self.new_label();
        let regions_below = self.b().region_count();
        self.b().push_region(cleanup, depth + 1);
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_pos(h);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.compile_expr(ty)?;
                    self.emit(Instr::CheckExcMatch);
                    self.jump(|target| Instr::PopJumpIfFalse { target }, next);
                }
                None if i + 1 < t.handlers.len() => {
                    return Err(CompileError::syntax("default 'except:' must be last", h.range.start().to_u32()));
                }
                None => {}
            }
            let name = h.name.as_ref().map(|n| n.id.to_string());
            match &name {
                Some(n) => self.store_name(n),
                None => self.emit(Instr::Pop),
            }
            self.unit().fblocks.push(FBlock::Handler { name: name.clone(), regions_below });
            self.compile_body(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopExcept);
            if let Some(n) = &name {
                self.emit(Instr::LoadNone);
                self.store_name(n);
                self.delete_name(n);
            }
            self.jump(|target| Instr::Jump { target }, end);
            self.bind(next);
        }
        self.emit(Instr::Reraise);
        self.b().pop_region();
        self.bind(cleanup);
        self.emit(Instr::PopExceptReraise);
        self.bind(end);
        Ok(())
    }

    /// `with` / `async with` (whose enter and exit results are awaited).
    fn compile_with(
        &mut self,
        items: &'a [ast::WithItem],
        idx: usize,
        body: &'a [Stmt],
        is_async: bool,
    ) -> Result<(), CompileError> {
        let item = &items[idx];
        self.compile_expr(&item.context_expr)?;
        self.set_pos(item);
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit_await();
        } else {
            self.emit(Instr::BeforeWith);
        }
        let handler = self.new_label();
        let end = self.new_label();
        let depth = self.block_depth() + 1;
        let regions_below = self.b().region_count();
        self.b().push_region(handler, depth);
        match &item.optional_vars {
            Some(t) => self.compile_store(t)?,
            None => self.emit(Instr::Pop),
        }
        let block = if is_async { FBlock::AsyncWith { regions_below } } else { FBlock::With { regions_below } };
        self.unit().fblocks.push(block);
        if idx + 1 < items.len() {
            self.compile_with(items, idx + 1, body, is_async)?;
        } else {
            self.compile_body(body)?;
        }
        self.unit().fblocks.pop();
        self.b().pop_region();
        self.set_pos(item);
        if is_async {
            self.emit_async_exit_call();
        } else {
            self.emit_exit_call();
        }
        self.jump(|target| Instr::Jump { target }, end);
        self.bind(handler);
        self.emit(Instr::PushExcInfo);
        let cleanup = self.new_label();
        self.b().push_region(cleanup, depth + 1);
        self.emit(Instr::WithExceptStart);
        self.emit(Instr::Call { argc: 3 });
        if is_async {
            self.emit_await();
        }
        let suppress = self.new_label();
        self.jump(|target| Instr::PopJumpIfTrue { target }, suppress);
        self.emit(Instr::Reraise);
        self.b().pop_region();
        self.bind(cleanup);
        self.emit(Instr::PopExceptReraise);
        self.bind(suppress);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.bind(end);
        Ok(())
    }

    /// `[exit] -> []`: call `__exit__(None, None, None)` and drop its result.
    fn emit_exit_call(&mut self) {
        self.emit(Instr::LoadNone);
        self.emit(Instr::LoadNone);
        self.emit(Instr::LoadNone);
        self.emit(Instr::Call { argc: 3 });
        self.emit(Instr::Pop);
    }

    fn compile_aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> Result<(), CompileError> {
        let op = super::expr::bin_op(a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.compile_expr(&a.value)?;
                self.set_pos(a);
                self.emit(Instr::InplaceOp { op });
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.compile_expr(&at.value)?;
                self.emit(Instr::DupTop);
                let n = self.name_index(at.attr.id.as_str());
                self.emit(Instr::LoadAttr { name: n });
                self.compile_expr(&a.value)?;
                self.set_pos(a);
                self.emit(Instr::InplaceOp { op });
                self.emit(Instr::RotTwo);
                self.emit(Instr::StoreAttr { name: n });
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_key(&s.slice)?;
                self.emit(Instr::DupTop2);
                self.emit(Instr::Subscr);
                self.compile_expr(&a.value)?;
                self.set_pos(a);
                self.emit(Instr::InplaceOp { op });
                self.emit(Instr::RotThree);
                self.emit(Instr::StoreSubscr);
            }
            _ => {
                return Err(CompileError::syntax(
                    "'expression' is an illegal expression for augmented assignment",
                    a.range.start().to_u32(),
                ));
            }
        }
        Ok(())
    }

    /// Emit the code that leaves the active blocks for `return`, `break` or `continue`.
    /// Regions of the blocks being left are suspended until `end_unwind`.
    fn unwind_blocks(&mut self, how: Unwind) -> Result<(), ()> {
        let blocks: Vec<FBlock<'a>> = self.u().fblocks.clone();
        let preserve = how == Unwind::Return;
        let mut suspended_from: Option<usize> = None;
        for (i, block) in blocks.iter().enumerate().rev() {
            match block {
                FBlock::Loop { continue_to, break_to, is_for } => match how {
                    Unwind::Return => {
                        if *is_for {
                            self.pop_below_top(preserve);
                        }
                    }
                    Unwind::Break => {
                        if *is_for {
                            self.emit(Instr::Pop);
                        }
                        let to = *break_to;
                        self.jump(|target| Instr::Jump { target }, to);
                        self.suspended(suspended_from);
                        return Ok(());
                    }
                    Unwind::Continue => {
                        let to = *continue_to;
                        self.jump(|target| Instr::Jump { target }, to);
                        self.suspended(suspended_from);
                        return Ok(());
                    }
                },
                FBlock::TryFinally { body, regions_below } => {
                    self.suspend_from(&mut suspended_from, *regions_below);
                    // Run the finally body with only the outer blocks active.
                    let saved = std::mem::take(&mut self.unit().fblocks);
                    self.unit().fblocks = blocks[..i].to_vec();
                    if preserve {
                        self.unit().fblocks.push(FBlock::ReturnValue);
                    }
                    let r = self.compile_body(body);
                    self.unit().fblocks = saved;
                    if r.is_err() {
                        return Err(());
                    }
                }
                FBlock::Handler { name, regions_below } => {
                    self.suspend_from(&mut suspended_from, *regions_below);
                    if preserve {
                        self.emit(Instr::RotTwo);
                    }
                    self.emit(Instr::PopExcept);
                    if let Some(n) = name.clone() {
                        self.emit(Instr::LoadNone);
                        self.store_name(&n);
                        self.delete_name(&n);
                    }
                }
                FBlock::FinallyExc { regions_below } => {
                    self.suspend_from(&mut suspended_from, *regions_below);
                    if preserve {
                        self.emit(Instr::RotTwo);
                        self.emit(Instr::Pop);
                        self.emit(Instr::RotTwo);
                    } else {
                        self.emit(Instr::Pop);
                    }
                    self.emit(Instr::PopExcept);
                }
                FBlock::With { regions_below } => {
                    self.suspend_from(&mut suspended_from, *regions_below);
                    if preserve {
                        self.emit(Instr::RotTwo);
                    }
                    self.emit_exit_call();
                }
                FBlock::AsyncWith { regions_below } => {
                    self.suspend_from(&mut suspended_from, *regions_below);
                    if preserve {
                        self.emit(Instr::RotTwo);
                    }
                    self.emit_async_exit_call();
                }
                FBlock::ReturnValue => self.pop_below_top(preserve),
            }
        }
        if how == Unwind::Return {
            self.suspended(suspended_from);
            Ok(())
        } else {
            Err(())
        }
    }

    /// Drop the value under the top of stack (or the top, when nothing is preserved).
    fn pop_below_top(&mut self, preserve: bool) {
        if preserve {
            self.emit(Instr::RotTwo);
        }
        self.emit(Instr::Pop);
    }

    fn suspend_from(&mut self, from: &mut Option<usize>, regions_below: usize) {
        let new_from = from.map_or(regions_below, |f| f.min(regions_below));
        self.b().suspend_regions(new_from);
        *from = Some(new_from);
    }

    fn suspended(&mut self, from: Option<usize>) {
        self.unit().pending_resume = from;
    }

    /// After the jump or return that ends an unwind, re-open the regions it suspended.
    fn end_unwind(&mut self) {
        if let Some(from) = self.unit().pending_resume.take() {
            self.b().resume_regions(from);
        }
    }

    fn compile_function_def(&mut self, f: &'a ast::StmtFunctionDef) -> Result<(), CompileError> {
        for d in &f.decorator_list {
            self.compile_expr(&d.expression)?;
        }
        self.set_pos(f);
        let scope = self.scopes.scope_for(f);
        let name = f.name.id.to_string();
        self.make_function(scope, CodeKind::Function, &name, Some(&f.parameters), f.range.start().to_u32(), |c| {
            let body: &'a [Stmt] = &f.body;
            for (i, s) in body.iter().enumerate() {
                if i == 0 && literal::is_docstring(s) {
                    c.unit().doc = literal::docstring_text(s);
                    continue;
                }
                c.compile_stmt(s)?;
            }
            c.emit(Instr::LoadNone);
            c.emit(Instr::ReturnValue);
            Ok(())
        })?;
        self.set_pos(f);
        for _ in &f.decorator_list {
            self.emit(Instr::Call { argc: 1 });
        }
        self.store_name(&name);
        Ok(())
    }

    /// Qualified name of a definition named `name` inside the current unit.
    pub(super) fn qualname_for(&self, name: &str) -> String {
        let u = self.u();
        match u.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::Class => format!("{}.{name}", u.qualname),
            _ => format!("{}.<locals>.{name}", u.qualname),
        }
    }

    /// Compile a function-like body and emit the code that creates the function object
    /// (defaults, keyword defaults and closure first). Leaves the function on the stack.
    pub(super) fn make_function(
        &mut self,
        scope: usize,
        kind: CodeKind,
        name: &str,
        params: Option<&'a ast::Parameters>,
        start_offset: u32,
        body: impl FnOnce(&mut Self) -> Result<(), CompileError>,
    ) -> Result<(), CompileError> {
        let mut flags = 0;
        let defaults: Vec<&'a Expr> = params.map_or_else(Vec::new, |p| {
            p.posonlyargs.iter().chain(p.args.iter()).filter_map(|x| x.default.as_deref()).collect()
        });
        if !defaults.is_empty() {
            for d in &defaults {
                self.compile_expr(d)?;
            }
            self.emit(Instr::BuildTuple { n: defaults.len() as u32 });
            flags |= 1;
        }
        let kw_defaults: Vec<(&'a str, &'a Expr)> = params.map_or_else(Vec::new, |p| {
            p.kwonlyargs
                .iter()
                .filter_map(|x| x.default.as_deref().map(|d| (x.parameter.name.id.as_str(), d)))
                .collect()
        });
        if !kw_defaults.is_empty() {
            for (n, d) in &kw_defaults {
                self.load_const(Const::Str(n.to_string()));
                self.compile_expr(d)?;
            }
            self.emit(Instr::BuildMap { n: kw_defaults.len() as u32 });
            flags |= 2;
        }
        let qualname = self.qualname_for(name);
        self.push_unit(scope, kind, name.to_string(), qualname);
        self.unit().first_line_offset = start_offset;
        if let Some(p) = params {
            self.unit().params = Params {
                positional: (p.posonlyargs.len() + p.args.len()) as u32,
                posonly: p.posonlyargs.len() as u32,
                kwonly: p.kwonlyargs.len() as u32,
                varargs: p.vararg.is_some(),
                varkw: p.kwarg.is_some(),
            };
        }
        body(self)?;
        let free = self.scopes.scopes[scope].free_vars();
        let code = self.finish_unit(start_offset);
        self.emit_closure(&free, &mut flags);
        self.emit(Instr::MakeFunction { code, flags });
        Ok(())
    }

    /// Push the cells a nested scope captures, as a tuple.
    fn emit_closure(&mut self, free: &[String], flags: &mut u8) {
        if free.is_empty() {
            return;
        }
        for name in free {
            let slot = self.u().slots.get(name).copied().unwrap_or(0);
            self.emit(Instr::LoadClosure { slot });
        }
        self.emit(Instr::BuildTuple { n: free.len() as u32 });
        *flags |= 4;
    }

    fn compile_class_def(&mut self, c: &'a ast::StmtClassDef) -> Result<(), CompileError> {
        if c.type_params.is_some() {
            return Err(CompileError::syntax("generic classes are not supported", c.range.start().to_u32()));
        }
        for d in &c.decorator_list {
            self.compile_expr(&d.expression)?;
        }
        self.set_pos(c);
        self.emit(Instr::LoadBuildClass);
        let scope = self.scopes.scope_for(c);
        let name = c.name.id.to_string();
        let qualname = self.qualname_for(&name);
        self.push_unit(scope, CodeKind::Class, name.clone(), qualname.clone());
        self.unit().first_line_offset = c.range.start().to_u32();
        self.load_const(Const::Str(self.module_name.clone()));
        self.store_name("__module__");
        self.load_const(Const::Str(qualname));
        self.store_name("__qualname__");
        if c.body.iter().any(|s| matches!(s, Stmt::AnnAssign(a) if a.target.is_name_expr())) {
            self.emit(Instr::BuildMap { n: 0 });
            self.store_name("__annotations__");
        }
        for (i, s) in c.body.iter().enumerate() {
            if i == 0 && literal::is_docstring(s) {
                if let Stmt::Expr(e) = s {
                    self.compile_expr(&e.value)?;
                    self.store_name("__doc__");
                }
                continue;
            }
            self.compile_stmt(s)?;
        }
        let class_cell = self.u().slots.get("__class__").copied();
        match class_cell {
            Some(slot) if self.scopes.scopes[scope].needs_class_cell => {
                self.emit(Instr::LoadClosure { slot });
            }
            _ => self.emit(Instr::LoadNone),
        }
        self.emit(Instr::ReturnValue);
        let free = self.scopes.scopes[scope].free_vars();
        let code = self.finish_unit(c.range.start().to_u32());
        let mut flags = 0;
        self.emit_closure(&free, &mut flags);
        self.set_pos(c);
        self.emit(Instr::MakeFunction { code, flags });
        self.load_const(Const::Str(name.clone()));
        let (bases, keywords): (&[Expr], &[ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.compile_call_args(2, bases, keywords, false)?;
        for _ in &c.decorator_list {
            self.emit(Instr::Call { argc: 1 });
        }
        self.store_name(&name);
        Ok(())
    }

    fn compile_delete(&mut self, t: &'a Expr) -> Result<(), CompileError> {
        self.set_pos(t);
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let n = self.name_index(a.attr.id.as_str());
                self.set_pos(t);
                self.emit(Instr::DeleteAttr { name: n });
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_key(&s.slice)?;
                self.set_pos(t);
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.compile_delete(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.compile_delete(e)?;
                }
            }
            _ => return Err(CompileError::syntax("cannot delete expression", t.range().start().to_u32())),
        }
        Ok(())
    }

    /// Jump to `label` when `expr`'s truth equals `when`; fall through otherwise.
    pub(super) fn compile_jump_if(&mut self, expr: &'a Expr, when: bool, label: Label) -> Result<(), CompileError> {
        match expr {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => return self.compile_jump_if(&u.operand, !when, label),
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                if is_and != when {
                    // `a and b` jumping when false (or `a or b` jumping when true): any operand.
                    for v in &b.values {
                        self.compile_jump_if(v, when, label)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.compile_jump_if(v, !when, skip)?;
                        } else {
                            self.compile_jump_if(v, when, label)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.compile_expr(expr)?;
        if when {
            self.jump(|target| Instr::PopJumpIfTrue { target }, label);
        } else {
            self.jump(|target| Instr::PopJumpIfFalse { target }, label);
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Unwind {
    Return,
    Break,
    Continue,
}
