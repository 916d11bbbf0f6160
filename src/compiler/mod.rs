//! Source to bytecode: parse with `ruff_python_parser`, analyse scopes, emit code objects.

mod asyncstmt;
mod builder;
mod expr;
mod fstring;
pub(crate) mod guard;
mod literal;
mod pattern;
mod scope;
mod stmt;
mod target;

use std::collections::HashMap;

use ruff_python_ast::Stmt;
use ruff_text_size::Ranged;

use crate::bytecode::{
    Code, CodeId, CodeKind, CompileStep, Const, GlobalSlot, Instr, Name, Params, Program, PyModule, Source,
};
use crate::methods::MethodName;
use crate::types::TypeId;
use builder::{CodeBuilder, Label};
use scope::{ScopeKind, Scopes, SymKind};

/// A compile-time error: SyntaxError (or IndentationError / RecursionError) at a source offset.
#[derive(Clone, Debug)]
pub struct CompileError {
    pub kind: TypeId,
    pub msg: String,
    pub offset: u32,
    /// 1-based line when known without an offset (from the nesting guard).
    pub line: Option<u32>,
}

impl CompileError {
    pub fn syntax(msg: impl Into<String>, offset: u32) -> Self {
        CompileError { kind: TypeId::SyntaxError, msg: msg.into(), offset, line: None }
    }
}

/// Options for one compilation.
pub struct CompileOptions<'a> {
    pub filename: &'a str,
    /// A REPL feed: a leading string is a value, not a docstring (the trailing expression
    /// statement's value is the feed's result, as for scripts).
    pub interactive: bool,
    /// A REPL feed typed at a console: the trailing expression statement gives
    /// `repr(value)`, so the console shows what Python's prompt would.
    pub display: bool,
}

/// Compile `source` into `program` (appending code objects, constants and globals) and
/// make the new module code the program's entry point.
pub fn compile_into(program: &mut Program, source: &str, opts: &CompileOptions) -> Result<CodeId, CompileError> {
    program.fingerprint = Default::default();
    // Short sources cannot reach the nesting limits; skip the extra token scan for them.
    let scan = |source| guard::check_nesting(source);
    let guarded = if source.len() >= guard::MIN_GUARDED_LEN { Some(scan(source)) } else { None };
    let unclosed = guarded.unwrap_or(Ok(None)).map_err(|e| match e {
        guard::GuardError::Brackets(line) => CompileError {
            kind: TypeId::SyntaxError,
            msg: "too many nested parentheses".into(),
            offset: 0,
            line: Some(line),
        },
        guard::GuardError::Indent(line) => CompileError {
            kind: TypeId::IndentationError,
            msg: "too many levels of indentation".into(),
            offset: 0,
            line: Some(line),
        },
        guard::GuardError::Complexity(line) => CompileError {
            kind: TypeId::RecursionError,
            msg: "maximum recursion depth exceeded during compilation".into(),
            offset: 0,
            line: Some(line),
        },
    })?;
    let parsed = ruff_python_parser::parse_module(source).map_err(|e| {
        let error_line = source[..(e.location.start().to_usize()).min(source.len())].matches('\n').count() as u32 + 1;
        let unclosed = match unclosed {
            Some(u) => Some(u),
            None if source.len() < guard::MIN_GUARDED_LEN => scan(source).ok().flatten(),
            None => None,
        };
        if let Some((bracket, line)) = unclosed.filter(|(_, line)| error_line > *line) {
            // As CPython does, an error past the line of a bracket left open reports the bracket.
            return CompileError {
                kind: TypeId::SyntaxError,
                msg: format!("'{bracket}' was never closed"),
                offset: bracket_offset(source, line, bracket).unwrap_or(e.location.start().to_u32()),
                line: None,
            };
        }
        let msg = literal::syntax_message(&e.error.to_string());
        let kind = if msg.contains("indent") { TypeId::IndentationError } else { TypeId::SyntaxError };
        CompileError { kind, msg, offset: e.location.start().to_u32(), line: None }
    })?;
    if let Some(e) = parsed.unsupported_syntax_errors().first() {
        return Err(CompileError::syntax(e.to_string(), e.range.start().to_u32()));
    }
    let body = parsed.syntax().body.as_slice();
    let scopes = Scopes::analyze(body, true)?;
    let source_id = program.sources.len() as u32;
    program.sources.push(Source::new(opts.filename.to_string(), source.to_string()));
    program.recipe.push(CompileStep { source: source_id, interactive: opts.interactive, display: opts.display });
    let mut c = Compiler::new(program, &scopes, source_id, opts.interactive);
    c.display = opts.display;
    c.push_unit(0, CodeKind::Module, "<module>".into(), "<module>".into());
    c.compile_module_body(body)?;
    let mut id = c.finish_unit(0);
    if scopes.scopes[0].is_coroutine {
        id = c.wrap_top_level_await(id);
    }
    let imports = std::mem::take(&mut c.imports);
    compile_library_modules(program, imports)?;
    program.entry = id;
    Ok(id)
}

/// Compile the Python-source library modules that `imports` name (and those they import)
/// into `program`, each with its own global namespace.
fn compile_library_modules(program: &mut Program, mut imports: Vec<String>) -> Result<(), CompileError> {
    while let Some(name) = imports.pop() {
        if program.module_number(&name).is_some() {
            continue;
        }
        let Some(source) = crate::stdlib::python_source(&name) else { continue };
        // Reserve the module number first, so that import cycles end.
        program.modules.push(PyModule { name: name.clone(), code: 0 });
        let number = program.modules.len() as u32;
        let internal = |e: String| CompileError::syntax(format!("library module {name}: {e}"), 0);
        let parsed = ruff_python_parser::parse_module(source).map_err(|e| internal(e.to_string()))?;
        let body = parsed.syntax().body.as_slice();
        let scopes = Scopes::analyze(body, true)?;
        let source_id = program.sources.len() as u32;
        program.sources.push(Source::new(format!("{name}.py"), source.to_string()));
        let mut c = Compiler::new(program, &scopes, source_id, false);
        c.module = number;
        c.module_name = name.clone();
        c.push_unit(0, CodeKind::Module, "<module>".into(), "<module>".into());
        c.compile_module_body(body)?;
        let code = c.finish_unit(0);
        imports.append(&mut c.imports);
        program.modules[number as usize - 1].code = code;
    }
    Ok(())
}

/// Byte offset of the last `bracket` on 1-based `line` of the source.
fn bracket_offset(source: &str, line: u32, bracket: char) -> Option<u32> {
    let start: usize = source.split_inclusive('\n').take(line.saturating_sub(1) as usize).map(str::len).sum();
    let text = source.get(start..)?.split('\n').next()?;
    text.rfind(bracket).map(|i| (start + i) as u32)
}

/// Active control blocks, innermost last: what `break`, `continue` and `return` must undo.
/// `regions_below` is the number of handler regions open outside the block: leaving the
/// block early must not be protected by the block's own handlers.
#[derive(Clone)]
enum FBlock<'a> {
    /// A loop; `for` loops keep their iterator on the stack.
    Loop { continue_to: Label, break_to: Label, is_for: bool },
    /// A `try` with a `finally` body to run on the way out.
    TryFinally { body: &'a [Stmt], regions_below: usize },
    /// Inside an `except` body: the previous exception sits on the stack.
    Handler { name: Option<String>, regions_below: usize },
    /// Inside a `finally` body run because of an exception: previous and current exception.
    FinallyExc { regions_below: usize },
    /// Inside a `with` body: its `__exit__` sits on the stack.
    With { regions_below: usize },
    /// Inside an `async with` body: its `__aexit__` sits on the stack.
    AsyncWith { regions_below: usize },
    /// A `return` value kept on the stack while an inlined `finally` body runs.
    ReturnValue,
}

impl FBlock<'_> {
    /// Values this block keeps on the operand stack.
    fn stack_items(&self) -> u32 {
        match self {
            FBlock::Loop { is_for: true, .. } => 1,
            FBlock::Loop { .. } | FBlock::TryFinally { .. } => 0,
            FBlock::Handler { .. } | FBlock::With { .. } | FBlock::AsyncWith { .. } | FBlock::ReturnValue => 1,
            FBlock::FinallyExc { .. } => 2,
        }
    }
}

/// The code object being emitted.
struct Unit<'a> {
    scope: usize,
    kind: CodeKind,
    name: String,
    qualname: String,
    b: CodeBuilder,
    varnames: Vec<String>,
    slots: HashMap<String, u32>,
    cell_slots: Vec<u32>,
    free_slots: Vec<u32>,
    params: Params,
    fblocks: Vec<FBlock<'a>>,
    first_line_offset: u32,
    /// Handler regions suspended by the last `return`/`break`/`continue`, to reopen after it.
    pending_resume: Option<usize>,
    doc: Option<String>,
}

struct Compiler<'a, 'p> {
    program: &'p mut Program,
    scopes: &'a Scopes,
    source_id: u32,
    interactive: bool,
    /// See `CompileOptions::display`.
    display: bool,
    units: Vec<Unit<'a>>,
    consts: HashMap<String, u32>,
    names: HashMap<String, u32>,
    /// The module being compiled (0 for the program, else a library module number).
    module: u32,
    /// Modules named by import statements, to compile in if they are Python library modules.
    imports: Vec<String>,
    /// `__name__` of the module being compiled.
    module_name: String,
    /// `from __future__ import annotations`: annotations stay source text.
    future_annotations: bool,
}

impl<'a, 'p> Compiler<'a, 'p> {
    fn new(program: &'p mut Program, scopes: &'a Scopes, source_id: u32, interactive: bool) -> Self {
        let consts = program.consts.iter().enumerate().map(|(i, c)| (format!("{c:?}"), i as u32)).collect();
        let names = program.names.iter().enumerate().map(|(i, n)| (n.text.clone(), i as u32)).collect();
        Compiler {
            program,
            scopes,
            source_id,
            interactive,
            display: false,
            units: Vec::new(),
            consts,
            names,
            module: 0,
            imports: Vec::new(),
            module_name: "__main__".into(),
            future_annotations: false,
        }
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        let n = self.units.len() - 1;
        &mut self.units[n]
    }

    fn u(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    fn b(&mut self) -> &mut CodeBuilder {
        &mut self.unit().b
    }

    fn emit(&mut self, i: Instr) {
        self.b().emit(i);
    }

    /// The instruction just emitted, if it loads a global by name, loads a function to call.
    fn note_callee_load(&mut self) {
        let b = self.b();
        if let Some(Instr::LoadGlobal { .. } | Instr::LoadName { .. }) = b.instrs.last() {
            let at = b.here() - 1;
            b.callee_loads.push(at);
        }
    }

    fn new_label(&mut self) -> Label {
        self.b().new_label()
    }

    fn bind(&mut self, l: Label) {
        self.b().bind(l);
    }

    fn jump(&mut self, make: impl FnOnce(u32) -> Instr, l: Label) {
        self.b().emit_jump(make, l);
    }

    fn set_pos(&mut self, node: &impl Ranged) {
        let r = node.range();
        self.b().position = (r.start().to_u32(), r.end().to_u32());
    }

    fn scope_kind(&self) -> ScopeKind {
        self.scopes.scopes[self.u().scope].kind
    }

    /// Start a new code object for scope `scope`, laying out its local slots.
    fn push_unit(&mut self, scope: usize, kind: CodeKind, name: String, qualname: String) {
        let sc = &self.scopes.scopes[scope];
        let mut varnames: Vec<String> = Vec::new();
        let mut slots = HashMap::new();
        let mut cell_slots = Vec::new();
        let mut free_slots = Vec::new();
        if sc.kind != ScopeKind::Module {
            for p in &sc.params {
                slots.insert(p.clone(), varnames.len() as u32);
                varnames.push(p.clone());
            }
            if sc.kind != ScopeKind::Class {
                for n in &sc.order {
                    if matches!(sc.kind_of(n), Some(SymKind::Local | SymKind::Cell)) && !slots.contains_key(n) {
                        slots.insert(n.clone(), varnames.len() as u32);
                        varnames.push(n.clone());
                    }
                }
                for n in &sc.order {
                    if sc.kind_of(n) == Some(SymKind::Cell) {
                        cell_slots.push(slots[n]);
                    }
                }
            }
            if sc.kind == ScopeKind::Class && sc.needs_class_cell {
                slots.insert("__class__".into(), varnames.len() as u32);
                cell_slots.push(varnames.len() as u32);
                varnames.push("__class__".into());
            }
            for n in sc.free_vars() {
                slots.insert(n.clone(), varnames.len() as u32);
                free_slots.push(varnames.len() as u32);
                varnames.push(n);
            }
        }
        self.units.push(Unit {
            scope,
            kind,
            name,
            qualname,
            b: CodeBuilder::new(),
            varnames,
            slots,
            cell_slots,
            free_slots,
            params: Params::default(),
            fblocks: Vec::new(),
            first_line_offset: 0,
            pending_resume: None,
            doc: None,
        });
    }

    /// Finish the current code object and add it to the program.
    fn finish_unit(&mut self, first_line_offset: u32) -> CodeId {
        let Some(mut unit) = self.units.pop() else { return 0 };
        let sc = &self.scopes.scopes[unit.scope];
        let callee_loads = std::mem::take(&mut unit.b.callee_loads);
        let (instrs, positions, handlers) = unit.b.finish();
        let first_line = self
            .program
            .sources
            .get(self.source_id as usize)
            .map_or(1, |s| s.line_col(first_line_offset.max(unit.first_line_offset)).0);
        let code = Code {
            name: unit.name,
            qualname: unit.qualname,
            kind: unit.kind,
            is_generator: sc.is_generator,
            is_coroutine: sc.is_coroutine && unit.kind != CodeKind::Module,
            params: unit.params,
            varnames: unit.varnames,
            cell_slots: unit.cell_slots,
            free_slots: unit.free_slots,
            instrs,
            positions,
            handlers,
            callee_loads,
            source: self.source_id,
            first_line,
            doc: unit.doc,
            module: self.module,
        };
        self.program.codes.push(code);
        self.program.codes.len() as u32 - 1
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let key = format!("{c:?}");
        if let Some(&i) = self.consts.get(&key) {
            return i;
        }
        self.program.consts.push(c);
        let i = self.program.consts.len() as u32 - 1;
        self.consts.insert(key, i);
        i
    }

    fn load_const(&mut self, c: Const) {
        match c {
            Const::None => self.emit(Instr::LoadNone),
            Const::Bool(true) => self.emit(Instr::LoadTrue),
            Const::Bool(false) => self.emit(Instr::LoadFalse),
            Const::Int(i) if i32::try_from(i).is_ok() => self.emit(Instr::LoadInt { value: i as i32 }),
            other => {
                let k = self.add_const(other);
                self.emit(Instr::LoadConst { k });
            }
        }
    }

    fn name_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.names.get(name) {
            return i;
        }
        self.program.names.push(Name { text: name.to_string(), method: MethodName::from_name(name) });
        let i = self.program.names.len() as u32 - 1;
        self.names.insert(name.to_string(), i);
        i
    }

    fn global_slot(&mut self, name: &str) -> u32 {
        if let Some(i) = self.program.global_slot_in(self.module, name) {
            return i;
        }
        self.program.globals.push(GlobalSlot { name: name.to_string(), module: self.module });
        self.program.globals.len() as u32 - 1
    }

    /// How a name is accessed in the current scope.
    fn access(&self, name: &str) -> Access {
        let sc = &self.scopes.scopes[self.u().scope];
        let kind = sc.kind_of(name).unwrap_or(SymKind::GlobalImplicit);
        match sc.kind {
            ScopeKind::Module => Access::Global,
            ScopeKind::Class => match kind {
                SymKind::Local => Access::ClassNs,
                SymKind::Free | SymKind::Cell => match self.u().slots.get(name) {
                    Some(&s) => Access::ClassDeref(s),
                    None => Access::ClassNs,
                },
                SymKind::GlobalExplicit => Access::Global,
                SymKind::GlobalImplicit => Access::ClassNs,
            },
            _ => match kind {
                SymKind::Local => Access::Fast(self.u().slots.get(name).copied().unwrap_or(0)),
                SymKind::Cell | SymKind::Free => Access::Deref(self.u().slots.get(name).copied().unwrap_or(0)),
                SymKind::GlobalExplicit | SymKind::GlobalImplicit => Access::Global,
            },
        }
    }

    fn load_name(&mut self, name: &str) {
        match self.access(name) {
            Access::Fast(slot) => self.emit(Instr::LoadFast { slot }),
            Access::Deref(slot) => self.emit(Instr::LoadDeref { slot }),
            Access::Global => {
                let slot = self.global_slot(name);
                self.emit(Instr::LoadGlobal { slot });
            }
            Access::ClassNs => {
                let n = self.name_index(name);
                self.emit(Instr::LoadName { name: n });
            }
            Access::ClassDeref(slot) => {
                let n = self.name_index(name);
                self.emit(Instr::LoadClassDeref { slot: slot as u16, name: n });
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        match self.access(name) {
            Access::Fast(slot) => self.emit(Instr::StoreFast { slot }),
            Access::Deref(slot) => self.emit(Instr::StoreDeref { slot }),
            Access::Global => {
                let slot = self.global_slot(name);
                self.emit(Instr::StoreGlobal { slot });
            }
            Access::ClassNs | Access::ClassDeref(_) => {
                let n = self.name_index(name);
                self.emit(Instr::StoreName { name: n });
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        match self.access(name) {
            Access::Fast(slot) => self.emit(Instr::DeleteFast { slot }),
            Access::Deref(slot) => self.emit(Instr::DeleteDeref { slot }),
            Access::Global => {
                let slot = self.global_slot(name);
                self.emit(Instr::DeleteGlobal { slot });
            }
            Access::ClassNs | Access::ClassDeref(_) => {
                let n = self.name_index(name);
                self.emit(Instr::DeleteName { name: n });
            }
        }
    }

    /// Operand-stack values kept by the enclosing control blocks (the depth a handler keeps).
    fn block_depth(&self) -> u32 {
        self.u().fblocks.iter().map(FBlock::stack_items).sum()
    }

    /// A script's result (what the host gets on completion) is the value of its last
    /// statement when that is an expression, else None.
    fn compile_module_body(&mut self, body: &'a [Stmt]) -> Result<(), CompileError> {
        for (i, stmt) in body.iter().enumerate() {
            // Module docstrings do nothing.
            if i == 0 && !self.interactive && literal::is_docstring(stmt) {
                continue;
            }
            if i + 1 == body.len()
                && let Stmt::Expr(e) = stmt
            {
                self.set_pos(stmt);
                if self.display {
                    self.load_name("repr");
                }
                self.compile_expr(&e.value)?;
                if self.display {
                    self.emit(Instr::Call { argc: 1 });
                }
                self.emit(Instr::ReturnValue);
                return Ok(());
            }
            self.compile_stmt(stmt)?;
        }
        self.emit(Instr::LoadNone);
        self.emit(Instr::ReturnValue);
        Ok(())
    }
}

#[derive(Clone, Copy, Debug)]
enum Access {
    Fast(u32),
    Deref(u32),
    Global,
    ClassNs,
    ClassDeref(u32),
}
