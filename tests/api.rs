//! The Rust API: compiling, running, errors as data.

use monty_wasm::{CollectHost, Limits, Monty, MontyError};

fn run(src: &str) -> (String, Result<(), MontyError>) {
    let mut host = CollectHost::default();
    let r = Monty::new(src, "main.py").and_then(|m| m.run(Limits::default(), &mut host).map(|_| ()));
    (host.output, r)
}

#[test]
fn syntax_errors_have_type_line_and_column() {
    let cases = [
        ("x = (1,\ny = 2\n", 1),
        ("def f(:\n    pass\n", 1),
        ("for i in range(3)\n    print(i)\n", 1),
        ("print('a')\nreturn 5\n", 2),
        ("x = 1\n  y = 2\n", 2),
        ("while True:\n    pass\nbreak\n", 3),
        ("def f():\n    nonlocal q\n", 2),
    ];
    for (src, line) in cases {
        match Monty::new(src, "bad.py") {
            Err(MontyError::Syntax(e)) => {
                assert!(e.type_name == "SyntaxError" || e.type_name == "IndentationError", "{src:?}: {e:?}");
                assert_eq!(e.frames[0].line, line, "{src:?}: {}", e.traceback);
                assert!(e.frames[0].column >= 1);
                assert!(e.traceback.contains(&format!("line {line}")));
            }
            other => panic!("{src:?} should be a syntax error, got {other:?}"),
        }
    }
}

#[test]
fn runtime_errors_carry_frames() {
    let (out, r) = run("def f(x):\n    return x[3]\nprint('start')\nf([1])\n");
    assert_eq!(out, "start\n");
    let Err(MontyError::Runtime(e)) = r else { panic!("expected a runtime error") };
    assert_eq!(e.type_name, "IndexError");
    assert_eq!(e.message, "list index out of range");
    let lines: Vec<(u32, &str)> = e.frames.iter().map(|f| (f.line, f.function.as_str())).collect();
    assert_eq!(lines, vec![(4, "<module>"), (2, "f")]);
    assert_eq!(e.frames[1].source_line.trim(), "return x[3]");
    assert_eq!(e.frames[1].column, 12);
}

#[test]
fn a_program_runs_twice_independently() {
    let m = Monty::new("x = [0]\nx[0] += 1\nprint(x)", "twice.py").unwrap();
    for _ in 0..2 {
        let mut host = CollectHost::default();
        m.run(Limits::default(), &mut host).unwrap();
        assert_eq!(host.output, "[1]\n");
    }
}

#[test]
fn limit_errors_cannot_be_caught() {
    let src = "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n";
    let m = Monty::new(src, "loop.py").unwrap();
    let mut host = CollectHost::default();
    let limits = Limits { max_instructions: Some(100_000), ..Limits::default() };
    match m.run(limits, &mut host) {
        Err(MontyError::Limit(l)) => assert_eq!(l.kind, monty_wasm::LimitKind::Instructions),
        other => panic!("expected a limit error, got {other:?}"),
    }
}
