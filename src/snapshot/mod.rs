//! Snapshots: compiled programs, paused runs and REPL sessions as bytes that load on any
//! target (native, wasm32-unknown-unknown, wasm32-wasip2).
//!
//! The bytes are a fixed header (`header`) around a postcard payload. Every payload starts
//! with the version of monty-wasm that wrote it, then the program as the sources that built it
//! (`program`); interpreter snapshots add the program's fingerprint, the session that owns the
//! run and the `Vm` itself (heap, stacks, frames, globals, pending futures, limits).
//! postcard writes integers as varints and `usize` like `u64`, and nothing serialized depends
//! on pointer size, hash seeds or memory layout. Loading checks the header, the build, the
//! fingerprint, then the state's consistency (`Vm::check_loaded`); failures are
//! `MontyError::Snapshot` with a message, never a panic.

mod header;
mod program;

use std::sync::Arc;

use serde::Serialize;
use serde::de::DeserializeOwned;

pub use header::{FORMAT_VERSION, HEADER_LEN, Kind, MAGIC, peek_kind};

use crate::api::{Monty, MontyError, Session};
use crate::heap::LoadedHeap;
use crate::vm::Vm;

/// The version of monty-wasm that writes snapshots; others refuse them (the state layout
/// may differ).
const BUILD: &str = env!("CARGO_PKG_VERSION");

fn bad(message: impl Into<String>) -> MontyError {
    MontyError::Snapshot(message.into())
}

fn encode(kind: Kind, value: &impl Serialize) -> Result<Vec<u8>, MontyError> {
    let payload = postcard::to_allocvec(value).map_err(|e| bad(format!("cannot serialize: {e}")))?;
    Ok(header::seal(kind, &payload))
}

/// Open the envelope, check the build, and decode the rest of the payload.
fn decode<T: DeserializeOwned>(kind: Kind, bytes: &[u8]) -> Result<T, MontyError> {
    let payload = header::open(kind, bytes).map_err(bad)?;
    let (build, rest): (String, &[u8]) =
        postcard::take_from_bytes(payload).map_err(|e| bad(format!("snapshot payload is invalid: {e}")))?;
    if build != BUILD {
        return Err(bad(format!("snapshot was written by monty-wasm {build}; this is monty-wasm {BUILD}")));
    }
    let (value, rest): (T, &[u8]) =
        postcard::take_from_bytes(rest).map_err(|e| bad(format!("snapshot payload is invalid: {e}")))?;
    if !rest.is_empty() {
        return Err(bad("snapshot payload has trailing bytes"));
    }
    Ok(value)
}

pub fn dump_program(monty: &Monty) -> Vec<u8> {
    let payload = (BUILD, program::recipe_of(&monty.program), &monty.input_names, &monty.external_functions);
    // Strings and vectors of strings always serialize.
    encode(Kind::Program, &payload).unwrap_or_default()
}

pub fn load_program(bytes: &[u8]) -> Result<Monty, MontyError> {
    let (steps, input_names, external_functions): (Vec<program::Step>, Vec<String>, Vec<String>) =
        decode(Kind::Program, bytes)?;
    let program = program::rebuild(&steps).map_err(bad)?;
    Ok(Monty { program: Arc::new(program), input_names, external_functions })
}

/// Serialize an interpreter with the session that owns it.
pub fn dump_vm<S: Serialize>(kind: Kind, vm: &Vm, session: &S) -> Result<Vec<u8>, MontyError> {
    let (live, rebuilt) = (vm.live_objects(), vm.rebuildable());
    let heap = vm.heap_image(&live, &rebuilt);
    let payload = (BUILD, program::recipe_of(&vm.program), program::fingerprint(&vm.program), session, vm, heap);
    encode(kind, &payload)
}

/// Restore an interpreter and its session, checking that it fits the recompiled program.
pub fn load_vm<S: DeserializeOwned>(kind: Kind, bytes: &[u8]) -> Result<(Box<Vm>, S), MontyError> {
    let (steps, fingerprint, session, mut vm, heap): (Vec<program::Step>, u32, S, Vm, LoadedHeap) =
        decode(kind, bytes)?;
    let program = program::rebuild(&steps).map_err(bad)?;
    if program::fingerprint(&program) != fingerprint {
        return Err(bad("snapshot was written by a build whose compiler differs from this one"));
    }
    vm.program = Arc::new(program);
    let inconsistent = |e| bad(format!("snapshot state is inconsistent: {e}"));
    vm.restore_heap(heap).map_err(inconsistent)?;
    vm.after_load().map_err(inconsistent)?;
    Ok((Box::new(vm), session))
}

pub fn dump_paused<S: Session>(vm: &Vm, session: &S) -> Result<Vec<u8>, MontyError> {
    dump_vm(S::PAUSED_KIND, vm, session)
}

pub fn load_paused<S: Session>(bytes: &[u8]) -> Result<(Box<Vm>, S), MontyError> {
    let (vm, session) = load_vm::<S>(S::PAUSED_KIND, bytes)?;
    if vm.pending_request().is_none() {
        return Err(bad("snapshot state is inconsistent: the run is not waiting for the host"));
    }
    Ok((vm, session))
}
