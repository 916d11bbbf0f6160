//! Frames on the VM's explicit frame stack.
//!
//! A Python frame's locals live on the shared value stack: slots `base .. base + nlocals`,
//! with its operand stack above them. When the frame returns, the stack is cut back to
//! `ret_base` and the result is delivered to the caller as `ret` says. Native frames hold a
//! builtin that is part-way through calling back into Python (a `key=` function, a
//! generator being drained...), as plain data, so the whole interpreter can suspend there.

use serde::{Deserialize, Serialize};

use super::host::HostWait;
use super::native::{NativeTask, Resume};
use crate::bytecode::CodeId;
use crate::value::{ObjId, Value};

/// How a finished frame hands its result (or its exception) to the frame below it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReturnMode {
    /// Push the result on the caller's operand stack.
    Push,
    /// The caller is executing `ForIter`: a value is pushed; exhaustion (a generator's return
    /// or StopIteration) pops the iterator and jumps to the loop exit.
    ForIter,
    /// The caller is executing `Send`: a yielded value is pushed; a return value replaces the
    /// sub-iterator and execution jumps past the delegation loop.
    Send,
    /// Deliver the result to the native frame below.
    Native,
    /// Deliver to the native frame below, reporting StopIteration as exhaustion.
    NativeIter,
    /// The outermost frame: its result ends the run.
    Exit,
    /// The result is dropped (e.g. a class body's return value is replaced by its namespace).
    Discard,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PyFrame {
    pub code: CodeId,
    /// Next instruction to execute (synced from the run loop before anything can observe it).
    pub ip: u32,
    /// Stack index of local slot 0.
    pub base: u32,
    /// Stack height to restore when the frame is left.
    pub ret_base: u32,
    pub ret: ReturnMode,
    /// The function being run (None for module code).
    pub func: Value,
    /// The exception being handled by an `except`/`finally` block of this frame, if any.
    pub exc_info: Value,
    /// Namespace dict of a class body being executed.
    pub class_ns: Option<ObjId>,
    /// The generator this frame belongs to, while it runs.
    pub generator: Option<ObjId>,
}

impl PyFrame {
    pub fn for_each_ref(&self, mut f: impl FnMut(Value)) {
        f(self.func);
        f(self.exc_info);
        if let Some(ns) = self.class_ns {
            f(Value::Ref(ns));
        }
        if let Some(g) = self.generator {
            f(Value::Ref(g));
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NativeFrame {
    pub task: NativeTask,
    pub ret: ReturnMode,
    /// What the task is resumed with next (set when the frame above it finishes).
    pub input: Option<Resume>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Frame {
    Py(PyFrame),
    Native(Box<NativeFrame>),
    /// Waiting for the host to answer a request (see `host`).
    Host(Box<HostWait>),
}

impl Frame {
    pub fn for_each_ref(&self, mut f: impl FnMut(Value)) {
        match self {
            Frame::Py(p) => p.for_each_ref(f),
            Frame::Native(n) => {
                n.task.for_each_ref(&mut f);
                if let Some(Resume::Value(v)) = n.input {
                    f(v);
                }
                if let Some(Resume::Error(id)) = n.input {
                    f(Value::Ref(id));
                }
            }
            Frame::Host(w) => w.for_each_ref(&mut f),
        }
    }

    pub fn ret(&self) -> ReturnMode {
        match self {
            Frame::Py(p) => p.ret,
            Frame::Native(n) => n.ret,
            Frame::Host(w) => w.ret,
        }
    }
}
