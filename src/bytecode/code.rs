//! Compiled code: code objects, the constant pool and the program that owns them.
//!
//! A `Program` is immutable while it runs (the VM shares it behind an `Arc`); a REPL appends
//! new code objects, constants and globals between feeds.

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

use super::instr::Instr;
use crate::methods::MethodName;

pub type CodeId = u32;

/// A literal value in the constant pool. Materialised into the heap once per interpreter.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    /// An imaginary literal (`2j`).
    Imaginary(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    Ellipsis,
}

/// One protected range: an exception raised at an instruction in `start..end` jumps to
/// `target` after the operand stack is cut back to `depth` values above the locals.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CodeKind {
    Module,
    Function,
    Lambda,
    Comprehension,
    GeneratorExpression,
    Class,
}

/// How arguments bind to the first local slots: positional (`posonly` of them
/// positional-only), then keyword-only, then the `*args` slot, then the `**kwargs` slot.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Params {
    pub positional: u32,
    pub posonly: u32,
    pub kwonly: u32,
    pub varargs: bool,
    pub varkw: bool,
}

impl Params {
    /// Number of slots the parameters occupy.
    pub fn slot_count(&self) -> u32 {
        self.positional + self.kwonly + self.varargs as u32 + self.varkw as u32
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Code {
    pub name: String,
    pub qualname: String,
    pub kind: CodeKind,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub params: Params,
    /// Names of all local slots (parameters first). Used for errors and `locals()`.
    pub varnames: Vec<String>,
    /// Slots that hold cells created at frame entry (captured by inner functions).
    pub cell_slots: Vec<u32>,
    /// Slots filled from the function's closure at frame entry, in closure order.
    pub free_slots: Vec<u32>,
    pub instrs: Vec<Instr>,
    /// Source byte range (start, end) of each instruction, for tracebacks.
    pub positions: Vec<(u32, u32)>,
    pub handlers: Vec<Handler>,
    /// Instructions (ascending) that load a global by name as the function of a call, as in
    /// `fetch(url)`: an undefined name there is reported to the host as a name that is about
    /// to be called (hosts such as the JS binding then treat it as an external function).
    pub callee_loads: Vec<u32>,
    /// Index into `Program::sources`.
    pub source: u32,
    pub first_line: u32,
    /// The docstring, for `__doc__`.
    pub doc: Option<String>,
    /// The module whose global slots the code uses (0: the program itself, `__main__`).
    pub module: u32,
}

impl Code {
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// True when a plain positional call can bind arguments by pushing them (no cells,
    /// no keyword-only or star parameters).
    pub fn is_simple(&self) -> bool {
        self.params.kwonly == 0
            && !self.params.varargs
            && !self.params.varkw
            && self.cell_slots.is_empty()
            && self.free_slots.is_empty()
            && !self.is_generator
            && !self.is_coroutine
    }

    /// The innermost handler covering instruction `ip`.
    pub fn handler_for(&self, ip: u32) -> Option<Handler> {
        self.handlers.iter().copied().find(|h| h.start <= ip && ip < h.end)
    }
}

/// A source text with a precomputed table of line starts.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Source {
    pub filename: String,
    pub text: String,
    #[serde(skip)]
    line_starts: Vec<u32>,
}

impl Source {
    pub fn new(filename: String, text: String) -> Self {
        let mut s = Source { filename, text, line_starts: Vec::new() };
        s.index_lines();
        s
    }

    pub fn index_lines(&mut self) {
        self.line_starts = std::iter::once(0).chain(self.text.match_indices('\n').map(|(i, _)| i as u32 + 1)).collect();
    }

    /// 1-based line and 1-based column (in characters) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        if self.line_starts.is_empty() {
            return (1, 1);
        }
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts[line] as usize;
        let end = (offset as usize).min(self.text.len());
        let col = self.text.get(start..end).map_or(0, |s| s.chars().count());
        (line as u32 + 1, col as u32 + 1)
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let idx = line.saturating_sub(1) as usize;
        let Some(&start) = self.line_starts.get(idx) else { return "" };
        let end = self.line_starts.get(idx + 1).map_or(self.text.len(), |&e| e as usize);
        self.text.get(start as usize..end).unwrap_or("").trim_end_matches(['\n', '\r'])
    }
}

/// A name used by instructions (attributes, globals, imports), with the builtin method it
/// denotes resolved once at compile time.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Name {
    pub text: String,
    pub method: Option<MethodName>,
}

/// A module-level variable slot.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GlobalSlot {
    pub name: String,
    /// The module it belongs to (0 is `__main__`; see `Program::modules`).
    pub module: u32,
}

/// A standard-library module written in Python, compiled into the program that imports it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PyModule {
    pub name: String,
    /// Its module-level code.
    pub code: CodeId,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Program {
    pub codes: Vec<Code>,
    pub consts: Vec<Const>,
    pub names: Vec<Name>,
    pub globals: Vec<GlobalSlot>,
    pub sources: Vec<Source>,
    /// The code object to run (the last one compiled, for a REPL).
    pub entry: CodeId,
    /// Python-source library modules; module number `i + 1` is `modules[i]`.
    pub modules: Vec<PyModule>,
    /// The compilations that built this program, in order: snapshots store these and
    /// recompile instead of storing bytecode (see `snapshot::program`).
    pub recipe: Vec<CompileStep>,
    /// The snapshot fingerprint of the tables above, computed on first use (every dump of a
    /// run needs it); emptied whenever a compilation changes the program.
    #[serde(skip)]
    pub fingerprint: std::sync::OnceLock<u32>,
}

/// One successful compilation into a program: the source it compiled (an index into
/// `Program::sources`) and how.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct CompileStep {
    pub source: u32,
    pub interactive: bool,
    pub display: bool,
}

/// The sizes of a program's tables, to roll a failed compilation back.
#[derive(Clone, Copy, Debug)]
pub struct ProgramMark {
    codes: usize,
    consts: usize,
    names: usize,
    globals: usize,
    sources: usize,
    modules: usize,
    recipe: usize,
    entry: CodeId,
}

impl Program {
    pub fn code(&self, id: CodeId) -> &Code {
        &self.codes[id as usize]
    }

    /// A global of the main program.
    pub fn global_slot(&self, name: &str) -> Option<u32> {
        self.global_slot_in(0, name)
    }

    pub fn global_slot_in(&self, module: u32, name: &str) -> Option<u32> {
        self.globals.iter().position(|g| g.module == module && g.name == name).map(|i| i as u32)
    }

    /// The module number of library module `name`, if it is compiled in.
    pub fn module_number(&self, name: &str) -> Option<u32> {
        self.modules.iter().position(|m| m.name == name).map(|i| i as u32 + 1)
    }

    pub fn mark(&self) -> ProgramMark {
        ProgramMark {
            codes: self.codes.len(),
            consts: self.consts.len(),
            names: self.names.len(),
            globals: self.globals.len(),
            sources: self.sources.len(),
            modules: self.modules.len(),
            recipe: self.recipe.len(),
            entry: self.entry,
        }
    }

    /// Forget everything added since `mark` (a REPL feed that did not compile).
    pub fn truncate(&mut self, mark: ProgramMark) {
        self.fingerprint = Default::default();
        self.codes.truncate(mark.codes);
        self.consts.truncate(mark.consts);
        self.names.truncate(mark.names);
        self.globals.truncate(mark.globals);
        self.sources.truncate(mark.sources);
        self.modules.truncate(mark.modules);
        self.recipe.truncate(mark.recipe);
        self.entry = mark.entry;
    }

    /// Rebuild indexes that are not serialized.
    pub fn after_load(&mut self) {
        for s in &mut self.sources {
            s.index_lines();
        }
    }
}
