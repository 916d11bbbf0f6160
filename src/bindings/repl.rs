//! `WasmRepl`: an interactive session (JS `MontyRepl`).
//!
//! The session lives in a shared cell so that a feed started with `feedStart` can hand it
//! back when the feed ends, however many resumes later. While a feed is paused (or running,
//! if a print callback re-enters) the cell is empty and other feeds are refused.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Function;
use wasm_bindgen::prelude::*;

use super::progress::{WasmProgress, call_unknown_names};
use super::{limits_from, throw, usage, with_print};
use crate::api::{MontyOptions, Repl, wire};

pub(super) type ReplCell = Rc<RefCell<Option<Repl>>>;

#[wasm_bindgen]
pub struct WasmRepl {
    cell: ReplCell,
}

impl WasmRepl {
    pub(super) fn sharing(cell: ReplCell) -> WasmRepl {
        WasmRepl { cell }
    }

    /// Take the session out for a feed (nobody else can use it meanwhile).
    fn take(&self) -> Result<Repl, JsValue> {
        self.cell.borrow_mut().take().ok_or_else(|| {
            usage("the REPL session is busy: a feed started with feedStart() has not finished (resume it first)")
        })
    }

    fn put_back(&self, repl: Repl) {
        *self.cell.borrow_mut() = Some(repl);
    }
}

#[wasm_bindgen]
impl WasmRepl {
    #[wasm_bindgen(constructor)]
    pub fn new(script_name: &str, limits: Option<Vec<f64>>) -> Result<WasmRepl, JsValue> {
        let repl = Repl::new(script_name, MontyOptions::default(), limits_from(limits)?);
        Ok(WasmRepl { cell: Rc::new(RefCell::new(Some(repl))) })
    }

    /// Run `code` in the session without a host; the encoded value of its trailing expression.
    pub fn feed(&self, code: &str, print: Option<Function>) -> Result<Vec<u8>, JsValue> {
        let mut repl = self.take()?;
        let result = with_print(print, |print| repl.feed(code, print));
        self.put_back(repl);
        Ok(wire::encode(&result.map_err(|e| throw(&e))?))
    }

    /// Start a feed that may call the host (the same requests as `WasmMonty.start`).
    #[wasm_bindgen(js_name = feedStart)]
    pub fn feed_start(&self, code: &str, print: Option<Function>) -> Result<WasmProgress, JsValue> {
        let repl = self.take()?;
        let step = with_print(print, |mut print| {
            let started = repl.feed_start(code, print.reborrow());
            call_unknown_names(started, print)
        });
        match step {
            Ok(progress) => Ok(WasmProgress::feed(progress, self.cell.clone())),
            Err(error) => Err(WasmProgress::feed_failed(error, &self.cell)),
        }
    }

    #[wasm_bindgen(js_name = setLimits)]
    pub fn set_limits(&self, limits: Option<Vec<f64>>) -> Result<(), JsValue> {
        let limits = limits_from(limits)?;
        let mut repl = self.take()?;
        repl.set_limits(limits);
        self.put_back(repl);
        Ok(())
    }

    /// Whether the session is free (not inside a paused feed).
    #[wasm_bindgen(getter)]
    pub fn idle(&self) -> bool {
        self.cell.borrow().is_some()
    }

    #[wasm_bindgen(getter, js_name = scriptName)]
    pub fn script_name(&self) -> Result<String, JsValue> {
        let repl = self.cell.borrow();
        let repl = repl.as_ref().ok_or_else(|| usage("the REPL session is busy in a paused feed"))?;
        Ok(repl.script_name().to_string())
    }

    pub fn dump(&self) -> Result<Vec<u8>, JsValue> {
        let repl = self.cell.borrow();
        let repl = repl
            .as_ref()
            .ok_or_else(|| usage("the REPL session is busy in a paused feed (dump that progress instead)"))?;
        repl.dump().map_err(|e| throw(&e))
    }

    pub fn load(bytes: &[u8]) -> Result<WasmRepl, JsValue> {
        let repl = Repl::load(bytes).map_err(|e| throw(&e))?;
        Ok(WasmRepl { cell: Rc::new(RefCell::new(Some(repl))) })
    }
}
