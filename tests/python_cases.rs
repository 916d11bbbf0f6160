//! Runs every program in tests/cases/ with the interpreter and compares its stdout (and its
//! uncaught exception, if any) with what CPython produced (recorded by
//! scripts/cpython_expect.py). One named test per case.

use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};
use monty_wasm::{Limits, Monty, MontyError, MontyOptions, PrintWriter, Stream};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

fn run_case(path: &Path) -> Result<(), Failed> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("read: {e}"))?;
    let expected_out = std::fs::read_to_string(path.with_extension("out"))
        .map_err(|_| "missing .out file: run scripts/cpython_expect.py")?;
    let expected_err = std::fs::read_to_string(path.with_extension("err")).ok();
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("case.py");
    // Only stdout is compared (CPython's stderr holds the traceback, checked through .err).
    let mut output = String::new();
    let mut collect = |to: Stream, text: &str| {
        if to == Stream::Stdout {
            output.push_str(text);
        }
    };
    let result = Monty::new(&source, name, &[], MontyOptions::default()).and_then(|m| {
        let limits = Limits { max_duration: Some(20.0), max_memory: Some(1 << 30), ..Limits::default() };
        m.run(Vec::new(), limits, PrintWriter::Streams(&mut collect)).map(|_| ())
    });
    let mut problems = Vec::new();
    if output != expected_out {
        problems.push(format!("stdout differs\n--- expected\n{expected_out}\n--- got\n{output}"));
    }
    match (&result, &expected_err) {
        (Ok(()), None) => {}
        (Ok(()), Some(e)) => problems.push(format!("expected exception {}, but the program succeeded", e.trim())),
        (Err(err), None) => problems.push(format!("unexpected error:\n{}", err.display())),
        (Err(err), Some(e)) => {
            let full_traceback = path.parent().is_some_and(|p| p.ends_with("tracebacks"));
            let got = match err {
                _ if full_traceback => err.display(),
                MontyError::Syntax(x) | MontyError::Runtime(x) => x.summary(),
                MontyError::Limit(l) => l.message.clone(),
                MontyError::Usage(m) | MontyError::Snapshot(m) => m.clone(),
            };
            if got.trim() != e.trim() {
                problems.push(format!(
                    "exception differs\n--- expected\n{}\n--- got\n{}\n{}",
                    e.trim(),
                    got,
                    err.display()
                ));
            }
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n").into()) }
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("cases");
    let mut cases = Vec::new();
    collect(&root, &mut cases);
    cases.sort();
    let trials = cases
        .into_iter()
        .map(|p| {
            let name = p.strip_prefix(&root).unwrap_or(&p).with_extension("").to_string_lossy().replace('\\', "/");
            Trial::test(name, move || {
                // Each case runs on a thread with a known stack size, like the CLI.
                let handle = std::thread::Builder::new()
                    .stack_size(8 << 20)
                    .spawn(move || run_case(&p))
                    .map_err(|e| Failed::from(format!("spawn: {e}")))?;
                handle.join().unwrap_or_else(|_| Err("the interpreter panicked".into()))
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
