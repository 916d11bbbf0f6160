//! `WasmRepl`: an interactive session (JS `MontyRepl`), held as a `ReplHandle` so that a feed
//! started with `feedStart` hands the session back when it ends.

use js_sys::Function;
use wasm_bindgen::prelude::*;

use super::progress::{NAMES, WasmProgress};
use super::{limits_from, throw, with_print};
use crate::api::{MontyOptions, Repl, wire};
use crate::bindings::session::ReplHandle;

#[wasm_bindgen]
pub struct WasmRepl {
    handle: ReplHandle,
}

impl WasmRepl {
    pub(super) fn sharing(handle: ReplHandle) -> WasmRepl {
        WasmRepl { handle }
    }
}

#[wasm_bindgen]
impl WasmRepl {
    #[wasm_bindgen(constructor)]
    pub fn new(script_name: &str, limits: Option<Vec<f64>>) -> Result<WasmRepl, JsValue> {
        let repl = Repl::new(script_name, MontyOptions::default(), limits_from(limits)?);
        Ok(WasmRepl { handle: ReplHandle::new(repl) })
    }

    /// Run `code` in the session without a host; the encoded value of its trailing expression.
    pub fn feed(&self, code: &str, print: Option<Function>) -> Result<Vec<u8>, JsValue> {
        let (output, _) = with_print(print, |print| self.handle.feed(code, print)).map_err(|e| throw(&e))?;
        Ok(wire::encode(&output))
    }

    /// Start a feed that may call the host (the same requests as `WasmMonty.start`).
    #[wasm_bindgen(js_name = feedStart)]
    pub fn feed_start(&self, code: &str, print: Option<Function>) -> Result<WasmProgress, JsValue> {
        let step = with_print(print, |print| self.handle.feed_start(code, print, NAMES));
        step.map(WasmProgress::new).map_err(|e| throw(&e))
    }

    #[wasm_bindgen(js_name = setLimits)]
    pub fn set_limits(&self, limits: Option<Vec<f64>>) -> Result<(), JsValue> {
        let limits = limits_from(limits)?;
        self.handle.with_idle("setLimits", |repl| repl.set_limits(limits)).map_err(|e| throw(&e))
    }

    /// Whether the session is free (not inside a paused feed).
    #[wasm_bindgen(getter)]
    pub fn idle(&self) -> bool {
        self.handle.idle()
    }

    #[wasm_bindgen(getter, js_name = scriptName)]
    pub fn script_name(&self) -> Result<String, JsValue> {
        self.handle.with_idle("scriptName", |repl| repl.script_name().to_string()).map_err(|e| throw(&e))
    }

    pub fn dump(&self) -> Result<Vec<u8>, JsValue> {
        let dumped = self.handle.with_idle("dump that progress instead", |repl| repl.dump());
        dumped.and_then(|d| d).map_err(|e| throw(&e))
    }

    pub fn load(bytes: &[u8]) -> Result<WasmRepl, JsValue> {
        let repl = Repl::load(bytes).map_err(|e| throw(&e))?;
        Ok(WasmRepl { handle: ReplHandle::new(repl) })
    }
}
