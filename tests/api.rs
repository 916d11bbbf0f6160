//! The Rust API: compiling, running, errors as data, limits and usage, print destinations.

use monty_wasm::{LimitKind, Limits, Monty, MontyError, MontyObject, MontyOptions, PrintWriter};

fn compile(src: &str) -> Monty {
    Monty::new(src, "main.py", &[], MontyOptions::default()).expect("compiles")
}

fn run(src: &str) -> (String, Result<MontyObject, MontyError>) {
    let mut out = String::new();
    let r = Monty::new(src, "main.py", &[], MontyOptions::default())
        .and_then(|m| m.run(Vec::new(), Limits::default(), PrintWriter::Collect(&mut out)))
        .map(|c| c.output);
    (out, r)
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
        match Monty::new(src, "bad.py", &[], MontyOptions::default()) {
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
    assert_eq!(e.frames[1].filename, "main.py");
    assert_eq!(e.frames[1].column, 12);
    assert!(e.traceback.starts_with("Traceback (most recent call last):\n"));
    assert!(e.traceback.ends_with("IndexError: list index out of range\n"));
}

#[test]
fn the_last_expression_is_the_output() {
    assert_eq!(run("x = 20\nx * 2 + 2\n").1, Ok(MontyObject::Int(42)));
    assert_eq!(run("x = 1\n").1, Ok(MontyObject::None));
    assert_eq!(run("{'a': [1, (2.5, None)], 'b': b'x'}").1.unwrap().py_repr(), "{'a': [1, (2.5, None)], 'b': b'x'}");
}

#[test]
fn a_program_runs_twice_independently() {
    let m = compile("x = [0]\nx[0] += 1\nprint(x)");
    for _ in 0..2 {
        let mut out = String::new();
        m.run(Vec::new(), Limits::default(), PrintWriter::Collect(&mut out)).unwrap();
        assert_eq!(out, "[1]\n");
    }
}

#[test]
fn inputs_are_globals() {
    let m = Monty::new("print(a + b)\n[a, b]", "in.py", &["a", "b"], MontyOptions::default()).unwrap();
    let mut out = String::new();
    let done = m
        .run(vec![MontyObject::Int(1), MontyObject::Int(2)], Limits::default(), PrintWriter::Collect(&mut out))
        .unwrap();
    assert_eq!(out, "3\n");
    assert_eq!(done.output, MontyObject::List(vec![MontyObject::Int(1), MontyObject::Int(2)]));
    let err = m.run(vec![MontyObject::Int(1)], Limits::default(), PrintWriter::Discard).unwrap_err();
    assert!(matches!(err, MontyError::Usage(ref m) if m.contains("expected 2 input")), "{err:?}");
}

#[test]
fn print_goes_to_a_callback_as_it_happens() {
    let m = compile("for i in range(3):\n    print(i, end=';')\nprint()\n");
    let mut pieces = Vec::new();
    let mut cb = |t: &str| pieces.push(t.to_string());
    m.run(Vec::new(), Limits::default(), PrintWriter::Callback(&mut cb)).unwrap();
    assert_eq!(pieces.concat(), "0;1;2;\n");
    assert!(pieces.len() >= 4, "each print is handed over: {pieces:?}");
    m.run(Vec::new(), Limits::default(), PrintWriter::Discard).unwrap();
}

#[test]
fn limit_errors_cannot_be_caught_and_name_the_limit() {
    let src = "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n";
    let limits = Limits { max_instructions: Some(100_000), ..Limits::default() };
    match compile(src).run(Vec::new(), limits, PrintWriter::Discard) {
        Err(MontyError::Limit(l)) => {
            assert_eq!(l.kind, LimitKind::Instructions);
            assert_eq!(l.limit, 100_000.0);
            assert!(l.used >= 100_000.0);
            assert!(l.message.starts_with("instruction limit exceeded"), "{}", l.message);
        }
        other => panic!("expected a limit error, got {other:?}"),
    }
}

#[test]
fn each_limit_reports_its_value_and_usage() {
    let cases: [(&str, Limits, LimitKind); 4] = [
        (
            "x = []\nwhile True:\n    x.append('a' * 1000)\n",
            Limits { max_memory: Some(4 << 20), ..Limits::default() },
            LimitKind::Memory,
        ),
        (
            "while True:\n    t = (1, [2])\n",
            Limits { max_allocations: Some(50_000), ..Limits::default() },
            LimitKind::Allocations,
        ),
        ("while True:\n    pass\n", Limits { max_duration: Some(0.05), ..Limits::default() }, LimitKind::Duration),
        (
            "while True:\n    pass\n",
            Limits { max_instructions: Some(5000), ..Limits::default() },
            LimitKind::Instructions,
        ),
    ];
    for (src, limits, kind) in cases {
        match compile(src).run(Vec::new(), limits, PrintWriter::Discard) {
            Err(MontyError::Limit(l)) => {
                assert_eq!(l.kind, kind);
                assert!(l.used >= l.limit, "{l:?}");
                assert!(l.message.contains(&format!("{}", l.limit)), "{l:?}");
            }
            other => panic!("{src}: expected {kind:?}, got {other:?}"),
        }
    }
    // The process is healthy afterwards.
    assert_eq!(run("sum(range(10))").1, Ok(MontyObject::Int(45)));
}

#[test]
fn recursion_limit_is_a_python_error() {
    let limits = Limits { max_recursion_depth: 50, ..Limits::default() };
    let src = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n";
    let mut out = String::new();
    compile(src).run(Vec::new(), limits, PrintWriter::Collect(&mut out)).unwrap();
    assert_eq!(out, "caught maximum recursion depth exceeded\n");
}

#[test]
fn usage_is_reported() {
    let src = "def f(n):\n    return 0 if n == 0 else f(n - 1)\nf(30)\nx = [str(i) for i in range(1000)]\nlen(x)";
    let done = compile(src).run(Vec::new(), Limits::default(), PrintWriter::Discard).unwrap();
    assert_eq!(done.output, MontyObject::Int(1000));
    assert!(done.usage.instructions > 1000, "{:?}", done.usage);
    assert!(done.usage.allocations >= 1000, "{:?}", done.usage);
    assert!(done.usage.memory_peak > 1000 * 16, "{:?}", done.usage);
    assert!(done.usage.max_recursion_depth >= 31, "{:?}", done.usage);
    assert!(done.usage.duration > 0.0);
}

#[test]
fn every_instruction_is_counted_even_between_checkpoints() {
    // A run far shorter than the interval between checkpoints.
    let done = compile("x = 1\ny = x + 2").run(Vec::new(), Limits::default(), PrintWriter::Discard).unwrap();
    assert!((3..100).contains(&done.usage.instructions), "{:?}", done.usage);
    // Runs that pause at a host call every few hundred instructions are charged in full, so
    // an instruction budget holds across many resumes.
    let src = "n = 0\nwhile True:\n    for i in range(50):\n        n += i\n    ping()";
    let m = Monty::new(src, "main.py", &[], MontyOptions::with_functions(&["ping"])).unwrap();
    let limits = Limits { max_instructions: Some(20_000), ..Limits::default() };
    let mut progress = m.start(Vec::new(), limits, PrintWriter::Discard).unwrap();
    let mut calls = 0;
    let error = loop {
        let monty_wasm::Progress::FunctionCall(call) = &mut progress else { panic!("{progress:?}") };
        calls += 1;
        assert!(calls < 10_000, "the instruction budget never ran out");
        match call.resume(monty_wasm::ExternalResult::Return(MontyObject::None), PrintWriter::Discard) {
            Ok(next) => progress = next,
            Err(e) => break e,
        }
    };
    let MontyError::Limit(limit) = error else { panic!("{error:?}") };
    assert_eq!(limit.kind, LimitKind::Instructions);
    assert!((50..200).contains(&calls), "{calls} calls before the budget ran out");
}

#[test]
fn modules_that_reach_outside_the_sandbox_do_not_exist() {
    // CPython has these; the sandbox does not, and says so the way CPython reports a missing
    // module (the message format is checked against CPython in tests/cases/stdlib).
    for name in [
        "socket",
        "subprocess",
        "ctypes",
        "threading",
        "multiprocessing",
        "http",
        "urllib.request",
        "shutil",
        "importlib",
    ] {
        let (_, r) = run(&format!("import {name}"));
        let err = r.expect_err(name);
        let exc = err.exception().expect("an exception");
        assert_eq!(exc.type_name, "ModuleNotFoundError", "{name}");
        assert_eq!(exc.message, format!("No module named '{name}'"), "{name}");
    }
}
