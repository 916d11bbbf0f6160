//! The two host bindings, each compiled only for its target, and what they share.
//!
//! - `js`: the wasm-bindgen facade behind the npm package (wasm32-unknown-unknown).
//! - `component`: the WASI component exporting `wit/` (wasm32-wasip2).
//!
//! Both hold paused runs and REPL sessions the same way (`session`): the interpreter core
//! knows nothing of either.

mod session;

#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
pub mod js;

#[cfg(all(target_arch = "wasm32", target_os = "wasi", target_env = "p2"))]
#[allow(unsafe_code)] // wit-bindgen's generated glue; our own code in there is safe.
pub mod component;
