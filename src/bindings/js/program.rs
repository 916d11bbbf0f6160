//! Compiled programs (JS `Monty`) live in a bounded cache inside the module, keyed by a
//! numeric id; a JS `Monty` holds only its id and the recipe to rebuild it.
//!
//! Why not one wasm-bindgen object per `Monty`: JS frees those only when the garbage
//! collector runs their finalizers, which a synchronous loop of `new Monty(code).run()` never
//! lets happen, so wasm memory grew without bound and every allocation slowed down (21 µs per
//! iteration after 100k programs, against ~3 µs here). With the cache, memory stays bounded,
//! the same source compiled twice is compiled once, and an evicted program is simply
//! recompiled from its recipe when it is next used (the JS layer retries on `EVICTED`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::Function;
use wasm_bindgen::prelude::*;

use super::progress::{NAMES, WasmProgress};
use super::{inputs_from, limits_from, throw, with_print};
use crate::api::{Monty, MontyOptions, wire};
use crate::bindings::session::{Stepping, call_unknown_names};

/// Programs kept compiled at once; least recently used ones are dropped beyond this.
const CAPACITY: usize = 256;

/// What `run`/`start`/`dump` throw when the program was evicted: the JS layer recompiles
/// from its recipe and retries.
const EVICTED: &str = "monty-wasm:evicted";

#[derive(Default)]
struct Cache {
    programs: HashMap<u32, Entry>,
    /// Compiled sources by their full key, so equal sources share one program.
    by_key: HashMap<String, u32>,
    next_id: u32,
    clock: u64,
}

struct Entry {
    monty: Rc<Monty>,
    key: Option<String>,
    last_used: u64,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

impl Cache {
    fn insert(&mut self, monty: Monty, key: Option<String>) -> u32 {
        if self.programs.len() >= CAPACITY {
            self.evict_oldest();
        }
        self.next_id = self.next_id.wrapping_add(1).max(1);
        let id = self.next_id;
        self.clock += 1;
        if let Some(k) = &key {
            self.by_key.insert(k.clone(), id);
        }
        self.programs.insert(id, Entry { monty: Rc::new(monty), key, last_used: self.clock });
        id
    }

    fn evict_oldest(&mut self) {
        let oldest = self.programs.iter().min_by_key(|(_, e)| e.last_used).map(|(id, _)| *id);
        if let Some(entry) = oldest.and_then(|id| self.programs.remove(&id))
            && let Some(key) = entry.key
        {
            self.by_key.remove(&key);
        }
    }

    fn get(&mut self, id: u32) -> Option<Rc<Monty>> {
        self.clock += 1;
        let clock = self.clock;
        self.programs.get_mut(&id).map(|e| {
            e.last_used = clock;
            e.monty.clone()
        })
    }
}

/// The program `id`, or the eviction signal. (The `Rc` is taken out of the cache borrow so
/// that a print callback re-entering the module during a run finds the cache free.)
fn program(id: u32) -> Result<Rc<Monty>, JsValue> {
    CACHE.with(|c| c.borrow_mut().get(id)).ok_or_else(|| JsValue::from_str(EVICTED))
}

fn cache_key(code: &str, script_name: &str, inputs: &[String], external_functions: &[String]) -> String {
    let mut key = String::with_capacity(code.len() + script_name.len() + 16);
    for part in [script_name].into_iter().chain(inputs.iter().map(String::as_str)) {
        key.push_str(part);
        key.push('\0');
    }
    key.push('\u{1}');
    for name in external_functions {
        key.push_str(name);
        key.push('\0');
    }
    key.push('\u{1}');
    key.push_str(code);
    key
}

/// Compile `code` (or find it compiled); returns the program's id. Syntax errors are thrown.
#[wasm_bindgen(js_name = compileProgram)]
pub fn compile_program(
    code: &str,
    script_name: &str,
    inputs: Vec<String>,
    external_functions: Vec<String>,
) -> Result<u32, JsValue> {
    let key = cache_key(code, script_name, &inputs, &external_functions);
    if let Some(id) = CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        let id = cache.by_key.get(&key).copied()?;
        cache.get(id).map(|_| id)
    }) {
        return Ok(id);
    }
    let names: Vec<&str> = inputs.iter().map(String::as_str).collect();
    let monty = Monty::new(code, script_name, &names, MontyOptions { external_functions }).map_err(|e| throw(&e))?;
    Ok(CACHE.with(|c| c.borrow_mut().insert(monty, Some(key))))
}

/// Load a program from `dump()` bytes; returns its id.
#[wasm_bindgen(js_name = loadProgram)]
pub fn load_program(bytes: &[u8]) -> Result<u32, JsValue> {
    let monty = Monty::load(bytes).map_err(|e| throw(&e))?;
    Ok(CACHE.with(|c| c.borrow_mut().insert(monty, None)))
}

/// Run program `id` to completion without a host; the encoded value of the last expression.
#[wasm_bindgen(js_name = runProgram)]
pub fn run_program(
    id: u32,
    inputs: Option<Vec<u8>>,
    limits: Option<Vec<f64>>,
    print: Option<Function>,
) -> Result<Vec<u8>, JsValue> {
    let monty = program(id)?;
    let inputs = inputs_from(inputs)?;
    let limits = limits_from(limits)?;
    let done = with_print(print, |print| monty.run(inputs, limits, print)).map_err(|e| throw(&e))?;
    Ok(wire::encode(&done.output))
}

/// Start program `id`: it runs until it completes or needs the host.
#[wasm_bindgen(js_name = startProgram)]
pub fn start_program(
    id: u32,
    inputs: Option<Vec<u8>>,
    limits: Option<Vec<f64>>,
    print: Option<Function>,
) -> Result<WasmProgress, JsValue> {
    let monty = program(id)?;
    let inputs = inputs_from(inputs)?;
    let limits = limits_from(limits)?;
    let progress = with_print(print, |mut print| {
        let started = monty.start(inputs, limits, print.reborrow());
        call_unknown_names(started, print, NAMES)
    })
    .map_err(|e| throw(&e))?;
    Ok(WasmProgress::new(Stepping::Script(progress)))
}

#[wasm_bindgen(js_name = dumpProgram)]
pub fn dump_program(id: u32) -> Result<Vec<u8>, JsValue> {
    Ok(program(id)?.dump())
}

/// The script name and input names of program `id` (for a loaded program).
#[wasm_bindgen(js_name = programSignature)]
pub fn program_signature(id: u32) -> Result<Vec<String>, JsValue> {
    let monty = program(id)?;
    let script_name = monty.program().sources.first().map(|s| s.filename.clone()).unwrap_or_default();
    Ok(std::iter::once(script_name).chain(monty.input_names().iter().cloned()).collect())
}

/// Programs currently compiled (for tests and diagnostics).
#[wasm_bindgen(js_name = cachedPrograms)]
pub fn cached_programs() -> u32 {
    CACHE.with(|c| c.borrow().programs.len() as u32)
}
