//! External-call round trip: a loop that calls a host function; each call stops the run,
//! the host answers, the run resumes. Prints the cost per call (target: under 1 µs).
//! CPython has no pause/resume; for scale it prints the cost of an ordinary Python call of a
//! host-side function (a builtin) in the same loop.
//!
//! cargo bench --bench host_call

use std::time::Instant;

use monty_wasm::{ExternalResult, Limits, Monty, MontyObject, MontyOptions, PrintWriter, Progress};

const CALLS: i64 = 200_000;

fn round_trips(m: &Monty) -> f64 {
    let t0 = Instant::now();
    let mut p = m.start(Vec::new(), Limits::default(), PrintWriter::Discard).expect("starts");
    let mut calls = 0i64;
    while let Progress::FunctionCall(call) = &mut p {
        let arg = match call.args.first() {
            Some(MontyObject::Int(i)) => *i,
            _ => 0,
        };
        calls += 1;
        p = call.resume(ExternalResult::Return(MontyObject::Int(arg + 1)), PrintWriter::Discard).expect("resumes");
    }
    assert_eq!(calls, CALLS);
    let Progress::Complete(done) = p else { panic!("did not complete") };
    assert_eq!(done.output, MontyObject::Int(CALLS * (CALLS + 1) / 2));
    t0.elapsed().as_secs_f64()
}

fn cpython_loop(n: i64) -> Option<f64> {
    let script = format!(
        "import time\nf = abs\nt0 = time.perf_counter()\ntotal = 0\nfor i in range({n}):\n    total += f(i)\nprint(time.perf_counter() - t0)"
    );
    let out = std::process::Command::new("python3").arg("-c").arg(script).output().ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

fn main() {
    let src = format!("total = 0\nfor i in range({CALLS}):\n    total += f(i)\ntotal");
    let m = Monty::new(&src, "calls.py", &[], MontyOptions::with_functions(&["f"])).expect("compiles");
    round_trips(&m);
    let best = (0..5).map(|_| round_trips(&m)).fold(f64::INFINITY, f64::min);
    let per_call = best / CALLS as f64;
    println!("external call round trip (start/resume per call): {:.3} µs per call", per_call * 1e6);
    if let Some(c) = cpython_loop(CALLS) {
        let c = c / CALLS as f64;
        println!(
            "cpython loop calling a builtin (no pause): {:.3} µs per iteration  (ratio {:.2}x)",
            c * 1e6,
            per_call / c
        );
    }
}
