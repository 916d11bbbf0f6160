//! The `monty` command: run a Python file or a string in the sandbox, or, with neither, an
//! interactive session like `python`'s.
//!
//! Exit status: 0 on success, 1 for an uncaught Python exception (traceback on stderr),
//! 2 for usage errors, 3 when a resource limit stopped the program.

use std::io::Write;
use std::process::ExitCode;

use monty_wasm::{Limits, Monty, MontyError, MontyOptions, PrintWriter, Stream};

mod repl;

const USAGE: &str = "usage: monty [--dis] [--max-duration SECONDS] [--max-memory BYTES] [--max-allocations N] [--max-recursion N] [--max-instructions N] [FILE | -c CODE]";

struct Options {
    /// The program and its name; none for an interactive session.
    source: Option<(String, String)>,
    limits: Limits,
    disassemble: bool,
}

fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let (num, mult) = match s.chars().last()? {
        'k' | 'K' => (&s[..s.len() - 1], 1usize << 10),
        'm' | 'M' => (&s[..s.len() - 1], 1 << 20),
        'g' | 'G' => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    num.parse::<usize>().ok()?.checked_mul(mult)
}

fn parse_args() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut limits = Limits::default();
    let mut source: Option<(String, String)> = None;
    let mut disassemble = false;
    while let Some(a) = args.next() {
        let mut value = |flag: &str| args.next().ok_or_else(|| format!("{flag} needs a value"));
        match a.as_str() {
            "-c" => {
                let code = value("-c")?;
                source = Some((code, "<string>".into()));
            }
            "--dis" => disassemble = true,
            "--max-duration" => {
                let v = value(&a)?;
                limits.max_duration = Some(v.parse().map_err(|_| format!("bad duration: {v}"))?);
            }
            "--max-memory" => {
                let v = value(&a)?;
                limits.max_memory = Some(parse_size(&v).ok_or_else(|| format!("bad size: {v}"))?);
            }
            "--max-allocations" => {
                let v = value(&a)?;
                limits.max_allocations = Some(v.parse().map_err(|_| format!("bad count: {v}"))?);
            }
            "--max-recursion" => {
                let v = value(&a)?;
                limits.max_recursion_depth = v.parse().map_err(|_| format!("bad depth: {v}"))?;
            }
            "--max-instructions" => {
                let v = value(&a)?;
                limits.max_instructions = Some(v.parse().map_err(|_| format!("bad count: {v}"))?);
            }
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with('-') && flag != "-" => return Err(format!("unknown option: {flag}")),
            path => {
                if source.is_some() {
                    break;
                }
                let text = if path == "-" {
                    let mut s = String::new();
                    std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
                        .map_err(|e| format!("reading stdin: {e}"))?;
                    s
                } else {
                    std::fs::read_to_string(path).map_err(|e| format!("can't open file '{path}': {e}"))?
                };
                source = Some((text, path.to_string()));
            }
        }
    }
    Ok(Options { source, limits, disassemble })
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(msg) => {
            if !msg.is_empty() {
                eprintln!("monty: {msg}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let Some((source, name)) = &opts.source else {
        return repl::interact(opts.limits);
    };
    let monty = match Monty::new(source, name, &[], MontyOptions::default()) {
        Ok(m) => m,
        Err(e) => {
            eprint!("{}", e.display());
            return ExitCode::from(1);
        }
    };
    if opts.disassemble {
        print!("{}", monty_wasm::bytecode::disasm::disassemble(monty.program()));
        return ExitCode::SUCCESS;
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = {
        let mut write = |to: Stream, text: &str| write_stream(&mut out, to, text);
        monty.run(Vec::new(), opts.limits, PrintWriter::Streams(&mut write))
    };
    let _ = out.flush();
    match result {
        Ok(_) => ExitCode::SUCCESS,
        Err(MontyError::Limit(l)) => {
            eprintln!("monty: {}", l.message);
            ExitCode::from(3)
        }
        Err(e) => {
            eprint!("{}", e.display());
            ExitCode::from(1)
        }
    }
}

/// Program output to its stream: stdout through `out`, stderr directly (after flushing `out`,
/// so the two streams keep the order the program wrote them in).
fn write_stream(out: &mut impl Write, to: Stream, text: &str) {
    if to == Stream::Stderr {
        let _ = out.flush();
        let _ = std::io::stderr().write_all(text.as_bytes());
    } else {
        let _ = out.write_all(text.as_bytes());
    }
}
