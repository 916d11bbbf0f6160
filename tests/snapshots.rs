//! Snapshots: a run dumped at every request and loaded into a fresh interpreter finishes
//! exactly like an uninterrupted run; bad bytes of every kind are refused with a clear error.

use monty_wasm::api::Session;
use monty_wasm::{
    ExternalResult, Limits, Monty, MontyError, MontyException, MontyObject as O, MontyOptions, PrintWriter, Progress,
};

/// Touches every kind of request: external calls (also from inside `sorted`'s key function,
/// a generator and an `except` block), a name lookup, an OS call and gathered host futures.
const AGENT: &str = r#"
import asyncio
import os

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

def numbers():
    for i in range(3):
        yield compute(i, 10)

accounts = [Account(n, compute(len(n), 7)) for n in ["ann", "bo", "cyrus"]]
ranked = sorted(accounts, key=lambda a: compute(a.balance, -1))
print("ranked", ranked)
print("generated", list(numbers()), {1, 2, 3}, frozenset({"x"}))
try:
    fail("boom")
except ValueError as e:
    print("caught", e, compute(2, 3))
finally:
    print("home", os.getenv("HOME"))
print("config", CONFIG["retries"])

async def main():
    pages = await asyncio.gather(fetch("a"), fetch("b"))
    more = await fetch("c")
    return pages + [more]

pages = asyncio.run(main())
{"pages": pages, "total": sum(a.balance for a in accounts), "big": 2 ** 100}
"#;

const FUNCTIONS: &[&str] = &["compute", "fail", "fetch"];

/// A deterministic host.
fn answer<S: Session>(p: &mut Progress<S>, out: &mut String) -> Result<Progress<S>, S::Failed> {
    let print = PrintWriter::Collect(out);
    match p {
        Progress::FunctionCall(c) => {
            let result = match (c.function_name.as_str(), c.args.as_slice()) {
                ("compute", [O::Int(a), O::Int(b)]) => ExternalResult::Return(O::Int(a * b)),
                ("fail", [O::String(m)]) => ExternalResult::Error(MontyException::new("ValueError", m.clone())),
                ("fetch", _) => ExternalResult::Future,
                other => panic!("unexpected call {other:?}"),
            };
            c.resume(result, print)
        }
        Progress::NameLookup(n) => {
            let value = (n.name == "CONFIG").then(|| O::Dict(vec![(O::from("retries"), O::Int(3))]));
            n.resume(value, print)
        }
        Progress::OsCall(os) if os.function == "os.getenv" => {
            os.resume(ExternalResult::Return(O::from("/home/agent")), print)
        }
        Progress::OsCall(os) => os.resume_unhandled(print),
        Progress::ResolveFutures(f) => {
            // Newest first, so completion order differs from call order.
            let results = f
                .pending_call_ids
                .iter()
                .rev()
                .map(|id| (*id, ExternalResult::Return(O::String(format!("page{id}")))))
                .collect();
            f.resume(results, print)
        }
        Progress::Complete(_) => unreachable!(),
    }
}

/// What a run printed, returned and which requests it made.
#[derive(Debug, PartialEq)]
struct Outcome {
    printed: String,
    output: O,
    requests: Vec<String>,
}

fn describe<S: Session>(p: &Progress<S>) -> String {
    match p {
        Progress::FunctionCall(c) => format!("call {} {:?} {:?} #{}", c.function_name, c.args, c.kwargs, c.call_id),
        Progress::NameLookup(n) => format!("name {}", n.name),
        Progress::OsCall(os) => format!("os {} {:?} #{}", os.function, os.args, os.call_id),
        Progress::ResolveFutures(f) => format!("futures {:?}", f.pending_call_ids),
        Progress::Complete(_) => "complete".into(),
    }
}

fn run(dump_at_each_request: bool) -> Outcome {
    let monty = Monty::new(AGENT, "agent.py", &[], MontyOptions::with_functions(FUNCTIONS)).unwrap();
    let mut printed = String::new();
    let mut requests = Vec::new();
    let mut p = monty.start(Vec::new(), Limits::default(), PrintWriter::Collect(&mut printed)).unwrap();
    loop {
        if let Progress::Complete(done) = p {
            return Outcome { printed, output: done.output, requests };
        }
        if dump_at_each_request {
            let bytes = p.dump().unwrap();
            let loaded: Progress = Progress::load(&bytes).unwrap();
            assert_eq!(describe(&loaded), describe(&p), "the loaded progress asks the same");
            assert_eq!(loaded.dump().unwrap(), bytes, "dump(load(b)) == b");
            p = loaded;
        }
        requests.push(describe(&p));
        p = answer(&mut p, &mut printed).unwrap();
    }
}

#[test]
fn a_run_dumped_and_loaded_at_every_request_finishes_like_an_uninterrupted_one() {
    let straight = run(false);
    let resumed = run(true);
    assert_eq!(resumed, straight);
    // The program really went through every kind of request.
    let kinds = ["call compute", "call fail", "call fetch", "name CONFIG", "os os.getenv", "futures"];
    for kind in kinds {
        assert!(straight.requests.iter().any(|r| r.starts_with(kind)), "no {kind} in {:?}", straight.requests);
    }
    assert!(straight.printed.contains("caught boom 6"), "{}", straight.printed);
    let O::Dict(items) = &straight.output else { panic!("{:?}", straight.output) };
    assert_eq!(items.len(), 3);
}

fn paused_bytes() -> Vec<u8> {
    let monty = Monty::new("x = [1, 2]\ny = compute(x, 2)\ny", "p.py", &[], MontyOptions::with_functions(&["compute"]))
        .unwrap();
    let p = monty.start(Vec::new(), Limits::default(), PrintWriter::Discard).unwrap();
    p.dump().unwrap()
}

fn load_error(bytes: &[u8]) -> String {
    match Progress::<monty_wasm::api::Script>::load(bytes) {
        Err(MontyError::Snapshot(m)) => m,
        Err(other) => panic!("expected a snapshot error, got {other:?}"),
        Ok(p) => panic!("bad bytes loaded: {}", describe(&p)),
    }
}

#[test]
fn a_loaded_snapshot_resumes_once_and_refuses_a_second_resume() {
    let bytes = paused_bytes();
    let mut p: Progress = Progress::load(&bytes).unwrap();
    let Progress::FunctionCall(c) = &mut p else { panic!() };
    assert_eq!(c.args, vec![O::List(vec![O::Int(1), O::Int(2)]), O::Int(2)]);
    let done = c.resume(ExternalResult::Return(O::Int(7)), PrintWriter::Discard).unwrap().into_complete().unwrap();
    assert_eq!(done.output, O::Int(7));
    let again = c.resume(ExternalResult::Return(O::Int(7)), PrintWriter::Discard);
    assert!(matches!(again, Err(MontyError::Usage(ref m)) if m.contains("already been resumed")), "{again:?}");
    assert!(c.dump().is_err(), "a resumed progress has nothing to dump");
    // The same bytes load again: a snapshot can be resumed many times over.
    let mut p: Progress = Progress::load(&bytes).unwrap();
    let Progress::FunctionCall(c) = &mut p else { panic!() };
    let done = c.resume(ExternalResult::Return(O::Int(8)), PrintWriter::Discard).unwrap().into_complete().unwrap();
    assert_eq!(done.output, O::Int(8));
}

#[test]
fn every_truncation_and_every_flipped_byte_is_refused_with_a_clear_error() {
    let bytes = paused_bytes();
    for len in 0..bytes.len() {
        let msg = load_error(&bytes[..len]);
        assert!(msg.contains("truncated") || msg.contains("not a monty snapshot"), "{len}: {msg}");
    }
    for i in 0..bytes.len() {
        let mut bad = bytes.clone();
        bad[i] ^= 0x20;
        let msg = load_error(&bad);
        assert!(!msg.is_empty());
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(load_error(&longer).contains("unexpected bytes"));
}

#[test]
fn foreign_and_mismatched_bytes_say_what_they_are() {
    let bytes = paused_bytes();
    assert!(load_error(b"").contains("not a monty snapshot"));
    assert!(load_error(b"{\"json\": true}").contains("not a monty snapshot"));
    let mut version = bytes.clone();
    version[8] = 99;
    assert!(load_error(&version).contains("format version 99 is not supported"), "{}", load_error(&version));
    // A compiled program is not a paused run.
    let program = Monty::new("1", "p.py", &[], MontyOptions::default()).unwrap().dump();
    assert_eq!(load_error(&program), "snapshot holds a compiled program, not a paused run");
    let err = Monty::load(&bytes).unwrap_err();
    assert_eq!(err, MontyError::Snapshot("snapshot holds a paused run, not a compiled program".into()));
}

#[test]
fn a_payload_with_a_valid_checksum_but_broken_state_is_refused() {
    let bytes = paused_bytes();
    let header = monty_wasm::snapshot::HEADER_LEN;
    let mut refused = 0;
    // Rewrite each payload byte in turn and fix the checksum, as a forger would.
    for i in header..bytes.len() {
        for delta in [1u8, 0x7f] {
            let mut bad = bytes.clone();
            bad[i] = bad[i].wrapping_add(delta);
            let crc = crc32fast::hash(&bad[header..]);
            bad[16..20].copy_from_slice(&crc.to_le_bytes());
            match Progress::<monty_wasm::api::Script>::load(&bad) {
                Err(MontyError::Snapshot(_)) => refused += 1,
                Err(other) => panic!("unexpected error kind {other:?}"),
                // Some changes leave a valid state (a different int, say): it must still run.
                Ok(mut p) => {
                    if let Progress::FunctionCall(c) = &mut p {
                        let _ = c.resume(ExternalResult::Return(O::Int(1)), PrintWriter::Discard);
                    }
                }
            }
        }
    }
    assert!(refused > 0);
}

#[test]
fn a_compiled_program_round_trips() {
    let m = Monty::new("def f(a):\n    return a * k\nf(x)", "prog.py", &["x", "k"], MontyOptions::default()).unwrap();
    let bytes = m.dump();
    let loaded = Monty::load(&bytes).unwrap();
    assert_eq!(loaded.input_names(), m.input_names());
    let out = loaded.run(vec![O::Int(6), O::Int(7)], Limits::default(), PrintWriter::Discard).unwrap();
    assert_eq!(out.output, O::Int(42));
}

#[test]
fn limits_travel_with_the_snapshot_and_time_budgets_restart() {
    let src = "x = compute(1, 2)\ntotal = 0\nfor i in range(10 ** 9):\n    total += i";
    let monty = Monty::new(src, "loop.py", &[], MontyOptions::with_functions(&["compute"])).unwrap();
    let limits = Limits { max_instructions: Some(50_000), max_memory: Some(1 << 20), ..Limits::default() };
    let p = monty.start(Vec::new(), limits.clone(), PrintWriter::Discard).unwrap();
    let mut loaded: Progress = Progress::load(&p.dump().unwrap()).unwrap();
    let Progress::FunctionCall(c) = &mut loaded else { panic!() };
    let err = c.resume(ExternalResult::Return(O::Int(2)), PrintWriter::Discard).unwrap_err();
    let MontyError::Limit(l) = err else { panic!("{err:?}") };
    assert_eq!(l.limit, 50_000.0);
}
