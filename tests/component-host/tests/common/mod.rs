//! Helpers shared by the component tests: one compiled component per test binary, a fresh
//! instance per test, and short names for the calls the tests make.

// Results carry the WIT `error` record as the interface defines it.
#![allow(clippy::result_large_err)]

use std::sync::OnceLock;

use monty_component_host::{Instance, Runtime, iface, no_limits, options, to_wit, types};
use monty_wasm::MontyObject;
use wasmtime::component::ResourceAny;

pub use monty_component_host::from_wit;

/// Compiling the component takes seconds; do it once.
pub fn runtime() -> &'static Runtime {
    static RUNTIME: OnceLock<Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| Runtime::new().expect("the component loads (build it with ./build.sh component)"))
}

pub fn instance() -> Instance {
    runtime().instance().expect("the component instantiates")
}

pub type Outcome<T> = Result<T, types::Error>;

/// A paused step's parts.
pub struct Paused {
    pub request: iface::Request,
    pub progress: ResourceAny,
    pub printed: String,
}

pub fn paused(step: iface::Step) -> Paused {
    match step {
        iface::Step::Paused(p) => Paused { request: p.request, progress: p.progress, printed: p.printed },
        iface::Step::Complete(c) => panic!("expected a pause, the run completed with {:?}", from_wit(&c.output)),
    }
}

pub fn complete(step: iface::Step) -> iface::Completion {
    match step {
        iface::Step::Complete(c) => c,
        iface::Step::Paused(p) => panic!("expected completion, the run paused at {:?}", p.request),
    }
}

/// The error's formatted text, for failures that should not happen.
pub fn ok<T>(r: Outcome<T>) -> T {
    r.unwrap_or_else(|e| panic!("unexpected {:?} error: {}", e.kind, e.text))
}

pub fn err<T>(r: Outcome<T>) -> types::Error {
    match r {
        Ok(_) => panic!("expected an error"),
        Err(e) => e,
    }
}

pub fn value(obj: impl Into<MontyObject>) -> types::Value {
    to_wit(&obj.into())
}

pub fn returning(obj: impl Into<MontyObject>) -> iface::CallResult {
    iface::CallResult::ReturnValue(value(obj))
}

/// Thin wrappers: the generated calls, with wasmtime traps turned into test failures.
pub trait Calls {
    fn run(&mut self, code: &str) -> Outcome<iface::Completion>;
    fn run_with(
        &mut self,
        code: &str,
        inputs: &[&str],
        values: &[types::Value],
        limits: types::Limits,
    ) -> Outcome<iface::Completion>;
    fn start(&mut self, code: &str, functions: &[&str]) -> Outcome<iface::Step>;
    fn resume(&mut self, progress: ResourceAny, answer: iface::CallResult) -> Outcome<iface::Step>;
    fn dump_progress(&mut self, progress: ResourceAny) -> Outcome<Vec<u8>>;
    fn load_progress(&mut self, bytes: &[u8]) -> Outcome<iface::Pause>;
}

impl Calls for Instance {
    fn run(&mut self, code: &str) -> Outcome<iface::Completion> {
        self.run_with(code, &[], &[], no_limits())
    }

    fn run_with(
        &mut self,
        code: &str,
        inputs: &[&str],
        values: &[types::Value],
        limits: types::Limits,
    ) -> Outcome<iface::Completion> {
        let api = self.sandbox.monty_sandbox_interpreter();
        api.call_run(&mut self.store, code, &options(inputs, &[]), values, limits).expect("no trap")
    }

    fn start(&mut self, code: &str, functions: &[&str]) -> Outcome<iface::Step> {
        let api = self.sandbox.monty_sandbox_interpreter();
        api.call_start(&mut self.store, code, &options(&[], functions), &[], no_limits()).expect("no trap")
    }

    fn resume(&mut self, progress: ResourceAny, answer: iface::CallResult) -> Outcome<iface::Step> {
        let api = self.sandbox.monty_sandbox_interpreter();
        api.progress().call_resume(&mut self.store, progress, &answer).expect("no trap")
    }

    fn dump_progress(&mut self, progress: ResourceAny) -> Outcome<Vec<u8>> {
        let api = self.sandbox.monty_sandbox_interpreter();
        api.progress().call_dump(&mut self.store, progress).expect("no trap")
    }

    fn load_progress(&mut self, bytes: &[u8]) -> Outcome<iface::Pause> {
        let api = self.sandbox.monty_sandbox_interpreter();
        api.progress().call_load(&mut self.store, bytes).expect("no trap")
    }
}
