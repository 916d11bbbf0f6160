//! Start-up cost: compile and run `1 + 1` in a fresh interpreter, many times, and compare with
//! CPython doing `exec(compile("1 + 1", ...))` in-process. Then what importing each library
//! module adds to a fresh program (compile + run `import x`), beside CPython's cold import of
//! the same module (`python3 -X importtime`, which includes its dependencies).
//!
//! cargo bench --bench startup

use std::time::Instant;

use monty_wasm::{Limits, Monty, MontyOptions, PrintWriter};

fn per_iteration(iters: u32, mut f: impl FnMut()) -> f64 {
    for _ in 0..iters / 10 {
        f();
    }
    let t0 = Instant::now();
    for _ in 0..iters {
        f();
    }
    t0.elapsed().as_secs_f64() / iters as f64
}

fn cpython(code: &str) -> Option<f64> {
    let script = format!(
        "import time\nsrc = {code:?}\nn = 200000\nt0 = time.perf_counter()\nfor _ in range(n):\n    exec(compile(src, 'x.py', 'exec'), {{}})\nprint((time.perf_counter() - t0) / n)"
    );
    let out = std::process::Command::new("python3").arg("-c").arg(script).output().ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

/// CPython's cold import time of `module` in µs (cumulative, from `-X importtime`).
fn cpython_import_us(module: &str) -> Option<f64> {
    let out = std::process::Command::new("python3")
        .args(["-X", "importtime", "-c", &format!("import {module}")])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stderr);
    let line = text.lines().rev().find(|l| l.trim_end().ends_with(&format!("| {module}")))?;
    line.split('|').nth(1)?.trim().parse().ok()
}

fn import_costs() {
    let base = per_iteration(2_000, || {
        let m = Monty::new("pass", "x.py", &[], MontyOptions::default()).expect("compiles");
        m.run(Vec::new(), Limits::default(), PrintWriter::Discard).expect("runs");
    });
    for module in ["math", "json", "re", "random", "itertools", "functools", "collections", "datetime", "statistics"] {
        let code = format!("import {module}");
        let cost = per_iteration(300, || {
            let m = Monty::new(&code, "x.py", &[], MontyOptions::default()).expect("compiles");
            m.run(Vec::new(), Limits::default(), PrintWriter::Discard).expect("runs");
        }) - base;
        match cpython_import_us(module) {
            Some(c) => println!("import {module}: {:.0} µs  (CPython cold import {c:.0} µs)", cost * 1e6),
            None => println!("import {module}: {:.0} µs", cost * 1e6),
        }
    }
}

fn main() {
    let compile_and_run = per_iteration(200_000, || {
        let m = Monty::new("1 + 1", "x.py", &[], MontyOptions::default()).expect("compiles");
        m.run(Vec::new(), Limits::default(), PrintWriter::Discard).expect("runs");
    });
    let program = Monty::new("1 + 1", "x.py", &[], MontyOptions::default()).expect("compiles");
    let run_only = per_iteration(500_000, || {
        program.run(Vec::new(), Limits::default(), PrintWriter::Discard).expect("runs");
    });
    println!("compile + run `1 + 1`: {:.2} µs", compile_and_run * 1e6);
    println!("run compiled `1 + 1` in a fresh interpreter: {:.2} µs", run_only * 1e6);
    if let Some(c) = cpython("1 + 1") {
        println!("cpython exec(compile('1 + 1')): {:.2} µs  (ratio {:.2}x)", c * 1e6, compile_and_run / c);
    }
    import_costs();
}
