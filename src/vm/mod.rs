//! The virtual machine: heap, value stack, frame stack, globals, and the run loop.
//!
//! Python code never runs on the Rust stack: calls push frames onto `frames`, and builtins
//! that need to call back into Python push resumable native frames. Everything in `Vm` except
//! the shared `Program` is plain data.

mod alias;
mod alloc;
mod arith;
mod attr;
mod awaiting;
pub mod build;
pub mod call;
mod check;
mod classes;
pub mod compare;
pub mod convert;
mod dispatch;
pub mod dunder;
pub mod frame;
mod gc;
mod globals;
pub mod host;
mod image;
mod instance;
pub mod iter;
pub mod iterbuild;
pub mod keys;
pub mod matching;
pub mod modules;
pub mod native;
mod reach;
pub mod seqcmp;
pub mod sink;
pub mod subscript;
pub mod text;
pub mod textmemo;
mod truth;
mod unwind;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::bytecode::{Const, Program};
use crate::error::LimitKind;
use crate::heap::Heap;
use crate::limits::Limits;
use crate::objects::{Object, PyStr};
use crate::value::{ObjId, Value};
use frame::Frame;

pub use dispatch::RunExit;

/// What the host supplies while Python runs: a clock and a place for printed text.
pub trait Host {
    /// Seconds from an arbitrary origin; `None` when no clock is available.
    fn now(&mut self) -> Option<f64>;
    /// Text written by `print` (already formatted, including newlines).
    fn write(&mut self, text: &str);
    /// Text written to `sys.stderr` (`print(..., file=sys.stderr)`); by default it joins stdout.
    fn write_err(&mut self, text: &str) {
        self.write(text)
    }
}

/// Counters of resources spent, reported to the host.
#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize)]
pub struct Usage {
    pub instructions: u64,
    pub max_depth: u32,
    /// Seconds spent running Python (not waiting on the host). Not kept in snapshots: time
    /// budgets restart when a snapshot is loaded.
    #[serde(skip)]
    pub duration: f64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Vm {
    #[serde(skip)]
    pub program: Arc<Program>,
    /// Stored beside the rest in snapshots (see `heap::HeapImage`).
    #[serde(skip)]
    pub heap: Heap,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub globals: Vec<Value>,
    /// The program's constant pool, materialised in the heap.
    pub consts: Vec<Value>,
    /// The program's names as interned heap strings.
    pub names: Vec<Value>,
    /// Imported modules by name.
    pub modules: Vec<(String, ObjId)>,
    pub limits: Limits,
    pub usage: Usage,
    /// Printed text not yet handed to the host.
    pub out: String,
    /// Output that came before `out`, in order, when some of it went to stderr:
    /// (to stderr?, text).
    pub out_chunks: Vec<(bool, String)>,
    /// Python frames currently on the frame stack.
    pub depth: u32,
    /// Depth of native recursion (repr/eq/hash of nested containers), bounded.
    #[serde(skip)]
    pub native_depth: u32,
    /// Steps of native walks since the last checkpoint (see `charge_native`).
    #[serde(skip)]
    pub native_work: u64,
    /// Result of the outermost frame once it returns.
    pub result: Option<Value>,
    /// A big allocation asked for a collection at the next safe point.
    #[serde(skip)]
    pub gc_wanted: bool,
    /// Set by a bare `raise`: the exception is re-raised without a new traceback entry.
    #[serde(skip)]
    pub reraise_pending: bool,
    /// Interned one-character ASCII strings (created on first use).
    pub char_cache: Vec<Value>,
    /// Collection threshold in bytes allocated since the last collection (recomputed on load).
    #[serde(skip)]
    pub gc_threshold: usize,
    /// Set while a formatting operation records the Python texts it needs (see `textmemo`).
    #[serde(skip)]
    pub text_memo: Option<Box<textmemo::TextMemo>>,
    /// Class attribute lookups (see `classes::LookupCache`).
    #[serde(skip)]
    pub(crate) lookup_cache: classes::LookupCache,
    /// Regular expressions compiled in this run (see `stdlib::re`).
    #[serde(skip)]
    pub(crate) regex_cache: crate::stdlib::RegexCache,
    /// The id the next request to the host gets.
    pub next_call_id: u32,
    /// Host calls answered with "future" whose results have not arrived yet.
    pub pending_futures: Vec<u32>,
    /// Bytes of the allocation the memory limit refused (for the limit report).
    #[serde(skip)]
    pub refused_bytes: usize,
}

impl Vm {
    pub fn new(program: Arc<Program>, limits: Limits) -> Self {
        let mut vm = Vm {
            program: Arc::new(Program::default()),
            heap: Heap::new(),
            stack: Vec::with_capacity(16),
            frames: Vec::new(),
            globals: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            modules: Vec::new(),
            limits,
            usage: Usage::default(),
            out: String::new(),
            out_chunks: Vec::new(),
            depth: 0,
            native_depth: 0,
            native_work: 0,
            result: None,
            gc_wanted: false,
            reraise_pending: false,
            char_cache: Vec::new(),
            gc_threshold: gc::INITIAL_THRESHOLD,
            text_memo: None,
            lookup_cache: classes::LookupCache::default(),
            regex_cache: crate::stdlib::RegexCache::default(),
            next_call_id: 0,
            refused_bytes: 0,
            pending_futures: Vec::new(),
        };
        vm.attach_program(program);
        vm
    }

    /// Install a (possibly extended) program: materialise new constants and names and make
    /// room for new globals. Existing values are kept (REPL feeds extend the program).
    pub fn attach_program(&mut self, program: Arc<Program>) {
        for i in self.consts.len()..program.consts.len() {
            let v = self.materialize_const(&program.consts[i]);
            self.consts.push(v);
        }
        for i in self.names.len()..program.names.len() {
            let v = self.new_str(program.names[i].text.clone());
            self.names.push(v);
        }
        if self.globals.len() < program.globals.len() {
            self.globals.resize(program.globals.len(), Value::Undefined);
        }
        self.program = program;
    }

    fn materialize_const(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(b) => self.new_bigint(b.clone()),
            Const::Float(f) => Value::Float(*f),
            Const::Imaginary(im) => self.alloc(Object::Complex { re: 0.0, im: *im }),
            Const::Str(s) => self.new_str(s.clone()),
            Const::Bytes(b) => Value::Ref(self.heap.alloc(Object::Bytes(b.clone()))),
            Const::Tuple(items) => {
                let vals: Vec<Value> = items.iter().map(|c| self.materialize_const(c)).collect();
                self.new_tuple(vals)
            }
            Const::Ellipsis => Value::Ellipsis,
        }
    }

    /// The text of a heap string value.
    pub fn str_ref(&self, v: Value) -> Option<&PyStr> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Object::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn as_str(&self, v: Value) -> Option<&str> {
        self.str_ref(v).map(PyStr::as_str)
    }

    pub fn name_text(&self, name: u32) -> &str {
        self.program.names.get(name as usize).map_or("", |n| n.text.as_str())
    }

    /// Check the heap against the memory and allocation limits (at safe points).
    pub fn check_memory(&mut self) -> Result<(), LimitKind> {
        if let Some(max) = self.limits.max_allocations
            && self.heap.total_allocations() > max
        {
            return Err(LimitKind::Allocations);
        }
        if let Some(max) = self.limits.max_memory
            && self.heap.bytes() > max
        {
            self.collect_garbage();
            if self.heap.bytes() > max {
                return Err(LimitKind::Memory);
            }
        }
        Ok(())
    }

    /// Before building something of `bytes` bytes in one step: refuse what cannot fit.
    /// Garbage may still count against the budget, so the check is against the limit with
    /// what was live at the last collection; the loop collects at the next safe point.
    pub fn reserve(&mut self, bytes: usize) -> crate::error::PyResult<()> {
        if let Some(max) = self.limits.max_memory {
            let live = self.heap.bytes().saturating_sub(self.heap.bytes_since_gc());
            // Uncollected garbage may take the heap past the limit, never past twice it.
            if live.saturating_add(bytes) > max || self.heap.bytes().saturating_add(bytes) > max.saturating_mul(2) {
                self.refused_bytes = bytes;
                return Err(crate::error::Exc::Limit(LimitKind::Memory));
            }
            if self.heap.bytes().saturating_add(bytes) > max {
                self.gc_wanted = true;
            }
        }
        if bytes > crate::limits::HARD_ALLOCATION_CAP {
            return Err(crate::error::Exc::bare(crate::types::TypeId::MemoryError));
        }
        if bytes > 1 << 20 {
            self.gc_wanted = true;
        }
        Ok(())
    }
}
