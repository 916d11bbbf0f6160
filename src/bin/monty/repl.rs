//! `monty` with no program: an interactive session like `python`'s. Prompts (`>>> `, `... `)
//! go to stderr as CPython's do when input is not a terminal, values of expressions are
//! echoed with repr to stdout, tracebacks go to stderr, end of input (Ctrl-D) exits.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use monty_wasm::api::{Continuation, detect_continuation};
use monty_wasm::{Limits, MontyError, MontyObject, MontyOptions, PrintWriter, Repl, Stream};

pub fn interact(limits: Limits) -> ExitCode {
    let stdin = std::io::stdin();
    let interactive = stdin.is_terminal();
    if interactive {
        eprintln!("monty-wasm {} (sandboxed Python); Ctrl-D to exit", env!("CARGO_PKG_VERSION"));
    }
    let mut repl = Repl::new("<stdin>", MontyOptions::default(), limits);
    repl.set_echo_repr(true);
    let mut buffer = String::new();
    let mut lines = stdin.lock().lines();
    loop {
        prompt(if buffer.is_empty() { ">>> " } else { "... " });
        let Some(Ok(line)) = lines.next() else {
            if interactive {
                eprintln!();
            }
            return ExitCode::SUCCESS;
        };
        if buffer.is_empty() && line.trim().is_empty() {
            continue;
        }
        buffer.push_str(&line);
        buffer.push('\n');
        // The buffer always ends with a newline; without it, the question is whether the
        // lines so far are a complete statement (a block also needs an empty line).
        let typed = if line.trim().is_empty() { buffer.as_str() } else { buffer.trim_end_matches('\n') };
        if detect_continuation(typed) != Continuation::Complete {
            continue;
        }
        run_feed(&mut repl, &buffer);
        buffer.clear();
    }
}

fn prompt(text: &str) {
    let mut err = std::io::stderr();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

fn run_feed(repl: &mut Repl, code: &str) {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let result = {
        let mut write = |to: Stream, text: &str| super::write_stream(&mut out, to, text);
        repl.feed(code, PrintWriter::Streams(&mut write))
    };
    match result {
        // Python's prompt shows nothing for None (nor for a feed that ends in a statement).
        Ok(MontyObject::None) => {}
        Ok(MontyObject::String(text)) if text == "None" => {}
        Ok(MontyObject::String(text)) => {
            let _ = writeln!(out, "{text}");
        }
        Ok(other) => {
            let _ = writeln!(out, "{}", other.py_repr());
        }
        Err(MontyError::Limit(l)) => eprintln!("monty: {}", l.message),
        Err(e) => eprint!("{}", e.display()),
    }
    let _ = out.flush();
}
