//! Load arbitrary bytes as every kind of snapshot; whatever loads must resume without a
//! panic. Built with `--cfg fuzzing`, the loader skips its checksum so that mutations reach
//! the decoder and the state checks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use monty_wasm::api::{ReplSession, Script};
use monty_wasm::{ExternalResult, Limits, Monty, MontyObject, PrintWriter, Progress, Repl};

fn limits() -> Limits {
    Limits { max_instructions: Some(20_000), max_memory: Some(8 << 20), ..Limits::default() }
}

/// Answer requests with None until the run ends (at most a few rounds).
fn finish<S: monty_wasm::api::Session>(mut p: Progress<S>) {
    for _ in 0..8 {
        p.set_limits(limits());
        let next = match &mut p {
            Progress::Complete(_) => return,
            Progress::FunctionCall(c) => c.resume(ExternalResult::Return(MontyObject::None), PrintWriter::Discard),
            Progress::NameLookup(n) => n.resume(None, PrintWriter::Discard),
            Progress::OsCall(o) => o.resume_unhandled(PrintWriter::Discard),
            Progress::ResolveFutures(f) => {
                let ids = f.pending_call_ids.iter().map(|id| (*id, ExternalResult::Return(MontyObject::None))).collect();
                f.resume(ids, PrintWriter::Discard)
            }
        };
        match next {
            Ok(n) => p = n,
            Err(_) => return,
        }
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(p) = Progress::<Script>::load(data) {
        let _ = p.dump();
        finish(p);
    }
    if let Ok(p) = Progress::<ReplSession>::load(data) {
        finish(p);
    }
    if let Ok(mut repl) = Repl::load(data) {
        let _ = repl.dump();
        repl.set_limits(limits());
        let _ = repl.feed("x = [1, 2]\nx", PrintWriter::Discard);
    }
    if let Ok(m) = Monty::load(data) {
        let _ = m.dump();
    }
});
