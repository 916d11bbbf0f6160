//! monty-wasm: a sandboxed, resumable interpreter for the Python that AI agents write.
//!
//! Source is parsed by `ruff_python_parser`, compiled to bytecode and run by a VM that never
//! recurses on the Rust stack to run Python code, keeps all state as plain data in an arena
//! heap, accounts memory per allocation and checks time in its loop. See
//! `docs/architecture.md`.

// No unsafe code anywhere, except in the glue wit-bindgen generates for the WASI component
// (`bindings::component`), which the component build allows in that module alone.
#![cfg_attr(not(all(target_arch = "wasm32", target_os = "wasi", target_env = "p2")), forbid(unsafe_code))]
#![cfg_attr(all(target_arch = "wasm32", target_os = "wasi", target_env = "p2"), deny(unsafe_code))]

pub mod api;
#[cfg(all(target_arch = "wasm32", any(target_os = "unknown", all(target_os = "wasi", target_env = "p2"))))]
pub mod bindings;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod error;
pub mod format;
pub mod hash;
pub mod heap;
pub mod limits;
pub mod methods;
pub mod numeric;
pub mod objects;
pub mod snapshot;
pub mod stdlib;
pub mod traceback;
pub mod types;
pub mod value;
pub mod vm;

pub use api::{
    Complete, ExternalResult, FunctionCall, LimitError, Monty, MontyError, MontyException, MontyObject, MontyOptions,
    NameLookup, OsCall, PrintWriter, Progress, Repl, ReplComplete, ReplError, ResolveFutures, ResourceUsage, Stream,
};
pub use error::LimitKind;
pub use limits::Limits;
pub use traceback::{PyException, StackFrame};
