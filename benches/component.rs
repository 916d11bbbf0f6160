//! The WASI component in wasmtime: its size, compile time, fresh instance + `1 + 1`, a run in
//! a warm instance, a host-call round trip and fib(25), next to CPython in-process.
//!
//! Built and run from the host crate (it needs wasmtime):
//!   ./build.sh component
//!   cargo bench --manifest-path tests/component-host/Cargo.toml --target-dir target/component-host

use std::time::Instant;

use monty_component_host::{Instance, Runtime, component_path, from_wit, iface, no_limits, options, to_wit};
use monty_wasm::MontyObject;

fn median_secs(iters: u32, mut f: impl FnMut()) -> f64 {
    for _ in 0..iters / 10 {
        f();
    }
    let mut samples: Vec<f64> = (0..iters)
        .map(|_| {
            let t0 = Instant::now();
            f();
            t0.elapsed().as_secs_f64()
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// Seconds per iteration of `body` run `n` times in CPython, timed in-process.
fn cpython(setup: &str, body: &str, n: u32) -> Option<f64> {
    let script = format!(
        "import time\n{setup}\nt0 = time.perf_counter()\nfor _ in range({n}):\n    {body}\nprint((time.perf_counter() - t0) / {n})"
    );
    let out = std::process::Command::new("python3").arg("-c").arg(script).output().ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

fn run(inst: &mut Instance, code: &str) -> MontyObject {
    let api = inst.sandbox.monty_sandbox_interpreter();
    let done = api.call_run(&mut inst.store, code, &options(&[], &[]), &[], no_limits()).expect("no trap");
    from_wit(&done.expect("runs").output)
}

fn gzipped_size(path: &std::path::Path) -> Option<usize> {
    let out = std::process::Command::new("gzip").arg("-9c").arg(path).output().ok()?;
    Some(out.stdout.len())
}

fn pooling() -> wasmtime::Config {
    let mut config = wasmtime::Config::new();
    config.allocation_strategy(wasmtime::InstanceAllocationStrategy::pooling());
    config
}

fn main() {
    let path = component_path();
    let raw = std::fs::metadata(&path).expect("build the component first: ./build.sh component").len();
    println!("component {}: {raw} bytes, {} gzipped", path.display(), gzipped_size(&path).unwrap_or(0));

    let t0 = Instant::now();
    let rt = Runtime::new().expect("loads");
    println!("compile the component (cranelift): {:.0} ms", t0.elapsed().as_secs_f64() * 1e3);
    let pooled = Runtime::with_config(&pooling()).expect("loads");

    let cpython_exec = cpython("src = '1 + 1'", "exec(compile(src, 'x.py', 'exec'), {})", 200_000);
    let ratio = |ours: f64, theirs: Option<f64>| {
        theirs.map_or(String::new(), |c| format!("  (CPython {:.2} µs, ratio {:.2}x)", c * 1e6, ours / c))
    };

    for (label, rt) in [("on-demand", &rt), ("pooling", &pooled)] {
        let fresh = median_secs(2_000, || {
            let mut inst = rt.instance().expect("instantiates");
            assert_eq!(run(&mut inst, "1 + 1"), MontyObject::Int(2));
        });
        println!("new instance ({label} allocator) + run `1 + 1`: {:.1} µs{}", fresh * 1e6, ratio(fresh, cpython_exec));
    }

    // Where a fresh instance's time goes.
    let store_only = median_secs(2_000, || {
        std::hint::black_box(wasmtime::Store::new(&rt.engine, monty_component_host::HostState::sealed()));
    });
    let instantiate_only = median_secs(2_000, || {
        std::hint::black_box(pooled.instance().expect("instantiates"));
    });
    println!(
        "  of which: new store with a WASI context {:.1} µs, instantiate (pooling) {:.1} µs",
        store_only * 1e6,
        instantiate_only * 1e6
    );

    let mut inst = rt.instance().expect("instantiates");
    let warm = median_secs(20_000, || {
        run(&mut inst, "1 + 1");
    });
    println!("run `1 + 1` in a warm instance (compile + run): {:.2} µs{}", warm * 1e6, ratio(warm, cpython_exec));

    // Host calls: one program making 2000 calls; each iteration is one resume.
    let api = inst.sandbox.monty_sandbox_interpreter();
    let calls = 2000u32;
    let code = format!("total = 0\nfor i in range({calls}):\n    total += fetch(i)\ntotal");
    let opts = options(&[], &["fetch"]);
    let t0 = Instant::now();
    let mut step = api.call_start(&mut inst.store, &code, &opts, &[], no_limits()).unwrap().expect("starts");
    let answer = iface::CallResult::ReturnValue(to_wit(&MontyObject::Int(1)));
    let mut made = 0;
    while let iface::Step::Paused(p) = step {
        made += 1;
        step = api.progress().call_resume(&mut inst.store, p.progress, &answer).unwrap().expect("resumes");
        p.progress.resource_drop(&mut inst.store).unwrap();
    }
    let per_call = t0.elapsed().as_secs_f64() / calls as f64;
    assert_eq!(made, calls);
    let cpython_call = cpython("def fetch(i):\n    return 1", "fetch(1)", 1_000_000);
    let cpython_call =
        cpython_call.map_or(String::new(), |c| format!("  (a plain function call in CPython: {:.2} µs)", c * 1e6));
    println!("host call round trip (pause, answer, resume): {:.2} µs{cpython_call}", per_call * 1e6);

    let fib = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(25)";
    let t0 = Instant::now();
    assert_eq!(run(&mut inst, fib), MontyObject::Int(75025));
    let ours = t0.elapsed().as_secs_f64();
    let theirs = cpython("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)", "fib(25)", 5);
    println!(
        "fib(25) in the component: {:.1} ms{}",
        ours * 1e3,
        theirs.map_or(String::new(), |c| format!("  (CPython {:.1} ms, ratio {:.2}x)", c * 1e3, ours / c))
    );
}
