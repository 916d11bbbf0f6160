//! Hostile programs (tests/hostile_limits/*.py) must each be stopped by the limit their header
//! names, within twice the configured time or memory budget, leaving the process healthy.
//!
//! Header: `# expect: Duration|Memory|Allocations|Instructions|RecursionError|MemoryError`
//! and `# limits: duration=0.5 memory=32M allocations=N instructions=N recursion=N`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use libtest_mimic::{Arguments, Failed, Trial};
use monty_wasm::{LimitKind, Limits, Monty, MontyError, MontyOptions, PrintWriter};

fn parse_size(s: &str) -> Option<usize> {
    let (num, mult) = match s.chars().last()? {
        'K' | 'k' => (&s[..s.len() - 1], 1usize << 10),
        'M' | 'm' => (&s[..s.len() - 1], 1 << 20),
        'G' | 'g' => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    num.parse::<usize>().ok().map(|n| n * mult)
}

fn header<'a>(source: &'a str, key: &str) -> Option<&'a str> {
    source.lines().find_map(|l| l.strip_prefix(&format!("# {key}:")).map(str::trim))
}

fn limits_of(spec: &str) -> Result<Limits, String> {
    let mut limits = Limits::default();
    for item in spec.split_whitespace() {
        let (k, v) = item.split_once('=').ok_or(format!("bad limit {item}"))?;
        let bad = || format!("bad value in {item}");
        match k {
            "duration" => limits.max_duration = Some(v.parse().map_err(|_| bad())?),
            "memory" => limits.max_memory = Some(parse_size(v).ok_or_else(bad)?),
            "allocations" => limits.max_allocations = Some(v.parse().map_err(|_| bad())?),
            "instructions" => limits.max_instructions = Some(v.parse().map_err(|_| bad())?),
            "recursion" => limits.max_recursion_depth = v.parse().map_err(|_| bad())?,
            _ => return Err(format!("unknown limit {k}")),
        }
    }
    Ok(limits)
}

fn check(path: &Path) -> Result<(), Failed> {
    let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let expect = header(&source, "expect").ok_or("missing `# expect:` header")?.to_string();
    let limits = limits_of(header(&source, "limits").ok_or("missing `# limits:` header")?)?;
    let budget = limits.clone();
    let started = Instant::now();
    let m = Monty::new(&source, "hostile.py", &[], MontyOptions::default()).map_err(|e| e.to_string())?;
    let result = m.run(Vec::new(), limits, PrintWriter::Discard);
    let elapsed = started.elapsed().as_secs_f64();
    let got = match &result {
        Ok(_) => return Err("the program finished: it should have been stopped".into()),
        Err(MontyError::Limit(l)) => format!("{:?}", l.kind),
        Err(MontyError::Runtime(e)) => e.type_name.clone(),
        Err(other) => format!("{other:?}"),
    };
    if got != expect {
        return Err(format!("expected {expect}, got {got}: {}", result.unwrap_err()).into());
    }
    if let Err(MontyError::Limit(l)) = &result {
        let peak = l.usage.memory_peak as f64;
        if l.kind == LimitKind::Memory && peak > 2.0 * l.limit {
            return Err(format!("memory use {peak} went past twice the limit {}", l.limit).into());
        }
    }
    // Twice the time budget (debug builds check no less often, they only run slower).
    let allowed = budget.max_duration.map_or(20.0, |d| 2.0 * d + 0.5);
    if elapsed > allowed {
        return Err(format!("took {elapsed:.2} s, allowed {allowed:.2} s").into());
    }
    // The process is still healthy: a fresh interpreter runs normally.
    let again = Monty::new("sum(range(100))", "after.py", &[], MontyOptions::default())
        .and_then(|m| m.run(Vec::new(), Limits::default(), PrintWriter::Discard));
    match again {
        Ok(c) if c.output == monty_wasm::MontyObject::Int(4950) => Ok(()),
        other => Err(format!("interpreter unhealthy afterwards: {other:?}").into()),
    }
}

fn main() {
    let args = Arguments::from_args();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/hostile_limits");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "py")).collect())
        .unwrap_or_default();
    files.sort();
    assert!(files.len() >= 30, "expected at least 30 hostile programs in {}", dir.display());
    let trials = files
        .into_iter()
        .map(|p| {
            let name = p.file_stem().and_then(|s| s.to_str()).unwrap_or("case").to_string();
            Trial::test(name, move || {
                // A thread with the CLI's stack size: debug builds use deep native frames.
                let handle = std::thread::Builder::new().stack_size(16 << 20).spawn(move || check(&p));
                handle.map_err(|e| e.to_string())?.join().map_err(|_| Failed::from("panicked"))?
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
