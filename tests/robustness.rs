//! Hostile and malformed input must never panic the interpreter: mutated versions of every
//! test program, deep nesting, and garbage text all end in a Python error or a limit.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use monty_wasm::{Limits, Monty, MontyError, MontyOptions, PrintWriter};

fn limits() -> Limits {
    Limits {
        max_instructions: Some(200_000),
        max_memory: Some(64 << 20),
        max_recursion_depth: 200,
        ..Limits::default()
    }
}

/// Compile and run `source` on a thread with the CLI's 8 MB stack (debug builds recurse
/// much deeper per nesting level than release ones); returns whether it ran without a panic.
fn survives(source: &str) -> bool {
    let source = source.to_string();
    let handle = std::thread::Builder::new().stack_size(8 << 20).spawn(move || {
        catch_unwind(AssertUnwindSafe(|| {
            if let Ok(m) = Monty::new(&source, "fuzz.py", &[], MontyOptions::default()) {
                let _ = m.run(Vec::new(), limits(), PrintWriter::Discard);
            }
        }))
        .is_ok()
    });
    handle.is_ok_and(|h| h.join().unwrap_or(false))
}

/// A small deterministic generator (xorshift) so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

const SNIPPETS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "\n    ",
    "\n",
    "lambda",
    "yield",
    "*",
    "**",
    "=",
    "-",
    "not ",
    " in ",
    "0",
    "-1",
    "2**64",
    "1e308",
    "''",
    "b'x'",
    "None",
    ".",
    ",",
    "for x in ",
    "if ",
    "else",
    "try:",
    "except:",
    "return",
    "del ",
    "global x",
    "nonlocal y",
    "f'{",
    "}'",
    "\\",
    "#",
    "'",
    "\"",
    "async ",
    "await ",
    "class C:",
];

fn mutate(src: &str, rng: &mut Rng) -> String {
    let chars: Vec<char> = src.chars().collect();
    let mut out: Vec<char> = chars.clone();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(out.len() + 1);
        match rng.below(4) {
            0 => {
                let len = rng.below(20).min(out.len().saturating_sub(at));
                out.drain(at..at + len);
            }
            1 => {
                let snip = SNIPPETS[rng.below(SNIPPETS.len())];
                for (i, c) in snip.chars().enumerate() {
                    out.insert(at + i, c);
                }
            }
            2 => {
                // Duplicate a span (often a line), making odd nesting and repetition.
                let len = rng.below(40).min(out.len().saturating_sub(at));
                let span: Vec<char> = out[at..at + len].to_vec();
                for (i, c) in span.into_iter().enumerate() {
                    out.insert(at + len + i, c);
                }
            }
            _ => {
                if !out.is_empty() {
                    let i = rng.below(out.len());
                    out[i] = SNIPPETS[rng.below(SNIPPETS.len())].chars().next().unwrap_or('x');
                }
            }
        }
    }
    out.into_iter().collect()
}

#[test]
fn mutated_case_programs_never_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("cases");
    let mut files = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                files.push(p);
            }
        }
    }
    files.sort();
    // MONTY_FUZZ_ROUNDS raises the mutations per file for a longer local fuzzing run.
    let rounds: usize = std::env::var("MONTY_FUZZ_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(4);
    let seed: u64 = std::env::var("MONTY_FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(0x9e37_79b9_7f4a_7c15);
    let mut rng = Rng(seed | 1);
    let mut failures = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap_or_default();
        for _ in 0..rounds {
            let m = mutate(&src, &mut rng);
            if !survives(&m) {
                failures.push(m);
            }
        }
    }
    assert!(failures.is_empty(), "{} mutated programs panicked; first:\n{}", failures.len(), failures[0]);
}

#[test]
fn deep_nesting_is_a_clean_error() {
    let cases = [
        format!("x = {}1{}", "(".repeat(10_000), ")".repeat(10_000)),
        format!("x = {}1", "-".repeat(100_000)),
        format!("x = 1{}", "+1".repeat(100_000)),
        format!("x = {}1{}", "[".repeat(300), "]".repeat(300)),
        format!("x = {}0", "lambda: ".repeat(5_000)),
        format!("x = {}", "not ".repeat(50_000)),
        format!("x = 2{}", "**2".repeat(50_000)),
        format!("x = a{}", ".b".repeat(50_000)),
        format!("x = f{}", "()".repeat(50_000)),
        (0..150).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(150) + "pass\n",
    ];
    for src in &cases {
        assert!(survives(src), "panicked on {}...", &src[..60.min(src.len())]);
        let s = src.clone();
        let failed = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || Monty::new(&s, "deep.py", &[], MontyOptions::default()).is_err())
            .map(|h| h.join().unwrap_or(false))
            .unwrap_or(false);
        assert!(failed || src.contains("[[["), "expected a compile error: {}...", &src[..40.min(src.len())]);
    }
}

#[test]
fn garbage_text_is_a_syntax_error() {
    let mut rng = Rng(42);
    for _ in 0..300 {
        let len = rng.below(200);
        let s: String = (0..len).map(|_| char::from_u32(rng.below(0x3000) as u32 + 9).unwrap_or('?')).collect();
        assert!(survives(&s));
    }
}

#[test]
fn nesting_just_under_the_limits_runs() {
    // These stay within the guard's limits, so they must compile and run (on a test
    // thread's 2 MB stack, in a debug build) without overflowing the native stack.
    let cases = [
        format!("x = {}1\nprint(x)", "-".repeat(390)),
        format!("x = {}1{}\nprint(x)", "(".repeat(190), ")".repeat(190)),
        format!("x = {}0\nprint(x)", "lambda: ".repeat(250)),
        format!("x = 1{}\nprint(x)", "+1".repeat(390)),
        format!("x = {}1{}\nprint(x)", "[".repeat(190), "]".repeat(190)),
        format!("d = {}1{}\nprint(d)", "{'a': ".repeat(190), "}".repeat(190)),
    ];
    for src in &cases {
        assert!(survives(src), "panicked on {}...", &src[..40]);
        let s = src.clone();
        let compiled = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || Monty::new(&s, "deep.py", &[], MontyOptions::default()).is_ok())
            .map(|h| h.join().unwrap_or(false))
            .unwrap_or(false);
        assert!(compiled, "should compile: {}...", &src[..40]);
    }
}

/// One instruction must not run for hours: walks over shared structures whose size doubles
/// per level stop with a Python error.
#[test]
fn exponential_shared_structures_stop() {
    let programs = [
        "t = (1,)\nfor _ in range(60):\n    t = (t, t)\nhash(t)\n",
        "t = [1]\nfor _ in range(60):\n    t = [t, t]\nu = [1]\nfor _ in range(60):\n    u = [u, u]\nt == u\n",
        "t = [1]\nfor _ in range(60):\n    t = [t, t]\nrepr(t)\n",
    ];
    for src in programs {
        let started = std::time::Instant::now();
        let m = Monty::new(src, "blowup.py", &[], MontyOptions::default()).expect("compiles");
        let err = m.run(Vec::new(), limits(), PrintWriter::Discard).expect_err("must stop with an error");
        assert!(matches!(err, MontyError::Runtime(_) | MontyError::Limit(_)), "{src}: {err}");
        assert!(started.elapsed().as_secs() < 20, "{src} took {:?}", started.elapsed());
    }
}
