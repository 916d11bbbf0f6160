//! Snapshot sizes and dump+load times (targets: idle REPL under 1 KB, a program paused at a
//! host call with a small heap under 3 KB, dump+load under 50 µs).
//! CPython cannot snapshot a paused interpreter; for scale it prints the size and the
//! dumps+loads time of `pickle` on the same program's data.
//!
//! cargo bench --bench snapshot

use std::time::Instant;

use monty_wasm::{Limits, Monty, MontyOptions, PrintWriter, Progress, Repl};

/// A typical agent step: some records built, a host call pending.
const PAUSED: &str = r#"
items = [{"id": i, "name": f"item{i}", "tags": ["a", "b"]} for i in range(5)]
total = sum(x["id"] for x in items)
result = fetch("https://example.com/api", total)
result
"#;

const PAUSED_ASYNC: &str = r#"
import asyncio
async def main():
    return await asyncio.gather(fetch("a", 1), fetch("b", 2))
asyncio.run(main())
"#;

const REPL_FEEDS: &[&str] = &[
    "x = 1",
    "def greet(name):\n    return f'hello {name}'",
    "class Counter:\n    def __init__(self):\n        self.n = 0\n    def bump(self):\n        self.n += 1\n        return self.n",
    "c = Counter()\nc.bump()",
];

/// Median seconds of `f` over `n` runs.
fn median(n: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..n)
        .map(|_| {
            let t0 = Instant::now();
            f();
            t0.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[n / 2]
}

fn paused(src: &str) -> Progress {
    let m = Monty::new(src, "agent.py", &[], MontyOptions::with_functions(&["fetch"])).expect("compiles");
    let p = m.start(Vec::new(), Limits::default(), PrintWriter::Discard).expect("starts");
    assert!(matches!(p, Progress::FunctionCall(_)), "paused at the call");
    p
}

fn report_paused(label: &str, src: &str) {
    let p = paused(src);
    let bytes = p.dump().expect("dumps");
    let dump = median(2001, || {
        std::hint::black_box(p.dump().expect("dumps"));
    });
    let load = median(2001, || {
        std::hint::black_box(Progress::<monty_wasm::api::Script>::load(&bytes).expect("loads"));
    });
    println!(
        "{label}: {} bytes; dump {:.1} µs + load {:.1} µs = {:.1} µs",
        bytes.len(),
        dump * 1e6,
        load * 1e6,
        (dump + load) * 1e6
    );
}

fn report_repl() {
    let empty = Repl::new("<repl>", MontyOptions::default(), Limits::default());
    println!("fresh REPL: {} bytes", empty.dump().expect("dumps").len());
    let mut r = empty;
    for feed in REPL_FEEDS {
        r.feed(feed, PrintWriter::Discard).expect("feeds");
    }
    let bytes = r.dump().expect("dumps");
    let dump = median(2001, || {
        std::hint::black_box(r.dump().expect("dumps"));
    });
    let load = median(2001, || {
        std::hint::black_box(Repl::load(&bytes).expect("loads"));
    });
    let feed = median(2001, || {
        r.feed("c.bump()", PrintWriter::Discard).expect("feeds");
    });
    println!("REPL feed of `c.bump()` (compile into the session + run): {:.1} µs", feed * 1e6);
    println!(
        "idle REPL after {} feeds (a function, a class, an instance): {} bytes; dump {:.1} µs + load {:.1} µs = {:.1} µs",
        REPL_FEEDS.len(),
        bytes.len(),
        dump * 1e6,
        load * 1e6,
        (dump + load) * 1e6
    );
}

fn cpython_pickle() -> Option<String> {
    let script = r#"
import pickle, time
items = [{"id": i, "name": f"item{i}", "tags": ["a", "b"]} for i in range(5)]
state = {"items": items, "total": sum(x["id"] for x in items)}
n = 20001
t0 = time.perf_counter()
for _ in range(n):
    b = pickle.loads(pickle.dumps(state))
t = (time.perf_counter() - t0) / n
print(f"cpython pickle of the paused program's data (not its frames): {len(pickle.dumps(state))} bytes; dumps+loads {t * 1e6:.1f} µs")
"#;
    let out = std::process::Command::new("python3").arg("-c").arg(script).output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn main() {
    report_paused("program paused at a host call (small heap)", PAUSED);
    report_paused("asyncio program paused at a host call (asyncio module in the heap)", PAUSED_ASYNC);
    report_repl();
    if let Some(line) = cpython_pickle() {
        println!("{line}");
    }
}
