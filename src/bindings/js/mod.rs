//! The wasm-bindgen facade behind the npm package (wasm32-unknown-unknown only).
//!
//! It is deliberately thin and byte-oriented: values and errors cross as `api::wire` buffers
//! that the hand-written JS layer (`js/`) turns into JS values and error classes, and paused
//! runs are opaque handles (`WasmProgress`). The JS layer owns the public API shape.

mod program;
mod progress;
mod repl;

use js_sys::{Function, Uint8Array};
use wasm_bindgen::prelude::*;

use crate::api::{MontyError, MontyObject, PrintWriter, Stream, wire};
use crate::limits::{DEFAULT_RECURSION_LIMIT, Limits};

pub use progress::WasmProgress;
pub use repl::WasmRepl;

// The interpreter allocates many small objects; talc is several times faster than the
// default dlmalloc at that on wasm (measured in benches/node.mjs).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;

    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(label: &JsValue, error: &JsValue);
}

fn js_clock() -> Option<f64> {
    Some(performance_now() / 1000.0)
}

thread_local! {
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Runs when the module is instantiated: the clock and the panic reporter.
#[wasm_bindgen(start)]
pub fn start() {
    crate::api::set_clock(js_clock);
    std::panic::set_hook(Box::new(|info| {
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(info.to_string()));
        console_error_panic_hook::hook(info);
    }));
}

/// The message of the last Rust panic, if one happened (a panic traps the call that made it;
/// the JS layer turns the trap into a MontyError with this text).
#[wasm_bindgen(js_name = lastPanic)]
pub fn last_panic() -> Option<String> {
    LAST_PANIC.with(|p| p.borrow_mut().take())
}

/// An error as the JS layer expects it: an encoded `MontyError` thrown as a Uint8Array.
fn throw(err: &MontyError) -> JsValue {
    Uint8Array::from(&wire::encode_error(err)[..]).into()
}

fn usage(message: impl Into<String>) -> JsValue {
    throw(&MontyError::Usage(message.into()))
}

/// Decode a value the JS layer encoded.
fn value_from(bytes: &[u8]) -> Result<MontyObject, JsValue> {
    wire::decode(bytes).map_err(|e| usage(format!("cannot read a value from JavaScript: {e}")))
}

/// Limits from the JS layer: `[maxMemory, maxAllocations, maxDurationSecs, maxInstructions,
/// maxRecursionDepth, gcInterval]`, NaN where a limit is not set.
fn limits_from(values: Option<Vec<f64>>) -> Result<Limits, JsValue> {
    let mut limits = Limits::default();
    let Some(values) = values else { return Ok(limits) };
    let field = |i: usize, name: &str| -> Result<Option<f64>, JsValue> {
        match values.get(i).copied() {
            None => Ok(None),
            Some(v) if v.is_nan() => Ok(None),
            Some(v) if v >= 0.0 => Ok(Some(v)),
            Some(v) => Err(usage(format!("limit {name} must be a non-negative number, got {v}"))),
        }
    };
    // `as` saturates: an infinite limit is no limit in practice.
    limits.max_memory = field(0, "maxMemory")?.map(|v| v as usize);
    limits.max_allocations = field(1, "maxAllocations")?.map(|v| v as u64);
    limits.max_duration = field(2, "maxDurationSecs")?;
    limits.max_instructions = field(3, "maxInstructions")?.map(|v| v as u64);
    limits.max_recursion_depth = field(4, "maxRecursionDepth")?.map_or(DEFAULT_RECURSION_LIMIT, |v| v as u32);
    limits.gc_interval = field(5, "gcInterval")?.map(|v| (v as usize).max(1));
    Ok(limits)
}

/// Run `step` with print output going to `callback(stream, text)` as it is flushed. A callback
/// that throws cannot stop Python mid-instruction and must not lose a paused session, so its
/// first exception of the step is reported with `console.error` and later output of the step
/// is not delivered.
fn with_print<R>(callback: Option<Function>, step: impl FnOnce(PrintWriter) -> R) -> R {
    let Some(callback) = callback else { return step(PrintWriter::Discard) };
    let (stdout, stderr) = (JsValue::from_str("stdout"), JsValue::from_str("stderr"));
    let mut failed = false;
    let mut write = |to: Stream, text: &str| {
        let stream = if to == Stream::Stderr { &stderr } else { &stdout };
        if !failed && let Err(e) = callback.call2(&JsValue::NULL, stream, &JsValue::from_str(text)) {
            failed = true;
            console_error(&JsValue::from_str("monty-wasm: printCallback threw; output of this step is dropped:"), &e);
        }
    };
    step(PrintWriter::Streams(&mut write))
}

/// Inputs from the JS layer: an encoded list, one value per declared input name.
fn inputs_from(bytes: Option<Vec<u8>>) -> Result<Vec<MontyObject>, JsValue> {
    match bytes {
        None => Ok(Vec::new()),
        Some(bytes) => match value_from(&bytes)? {
            MontyObject::List(items) => Ok(items),
            _ => Err(usage("inputs must be encoded as a list")),
        },
    }
}

/// Resources used, for `MontyComplete.usage`: instructions, seconds, peak bytes,
/// allocations, deepest recursion.
fn usage_array(u: &crate::api::ResourceUsage) -> Vec<f64> {
    vec![u.instructions as f64, u.duration, u.memory_peak as f64, u.allocations as f64, u.max_recursion_depth as f64]
}
