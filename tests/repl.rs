//! REPL sessions: state that survives feeds, errors that leave the session usable, host calls
//! and futures inside feeds, snapshots between feeds and in the middle of one.

use monty_wasm::api::{Continuation, ReplSession, detect_continuation};
use monty_wasm::{
    ExternalResult, Limits, MontyError, MontyObject as O, MontyOptions, PrintWriter, Progress, Repl, ReplError,
};

fn repl() -> Repl {
    Repl::new("<repl>", MontyOptions::with_functions(&["fetch"]), Limits::default())
}

const FEEDS: &[&str] = &[
    "import dataclasses\ncount = 0",
    "def bump(n=1):\n    global count\n    count += n\n    return count",
    "bump()\nbump(5)",
    "@dataclasses.dataclass\nclass Point:\n    x: int\n    y: int = 0\n    def norm2(self):\n        return self.x ** 2 + self.y ** 2",
    "points = [Point(i, bump()) for i in range(3)]",
    "'a docstring-like value'",
    "print('points', points)\n[p.norm2() for p in points]",
    "def gen():\n    yield from range(count)\ng = gen()\nnext(g), next(g)",
    "undefined_name + 1",
    "x = 10\nraise ValueError(f'failed with x={x}')\nx = 20",
    "x, next(g), sorted({3, 1, 2})",
    "def broken(:\n    pass",
    "count, Point(1, 2) == Point(1, 2)",
];

/// Feed everything, optionally through dump/load before each feed; returns what each feed
/// gave (value or error text) and what it printed.
fn session(dump_between_feeds: bool) -> Vec<(String, String)> {
    let mut r = repl();
    let mut results = Vec::new();
    for code in FEEDS {
        if dump_between_feeds {
            let bytes = r.dump().unwrap();
            r = Repl::load(&bytes).unwrap();
            assert_eq!(r.dump().unwrap(), bytes, "dump(load(b)) == b");
        }
        let mut printed = String::new();
        let result = match r.feed(code, PrintWriter::Collect(&mut printed)) {
            Ok(v) => v.py_repr(),
            Err(e) => e.display(),
        };
        results.push((result, printed));
    }
    results
}

#[test]
fn state_survives_feeds_and_errors_leave_the_session_usable() {
    let results = session(false);
    let values: Vec<&str> = results.iter().map(|(v, _)| v.as_str()).collect();
    assert_eq!(values[0], "None");
    assert_eq!(values[2], "6", "the trailing expression's value");
    assert_eq!(values[5], "'a docstring-like value'");
    assert_eq!(results[6].1, "points [Point(x=0, y=7), Point(x=1, y=8), Point(x=2, y=9)]\n");
    assert_eq!(values[6], "[49, 65, 85]");
    assert_eq!(values[7], "(0, 1)");
    assert!(values[8].ends_with("NameError: name 'undefined_name' is not defined\n"), "{}", values[8]);
    assert_eq!(
        values[9],
        "Traceback (most recent call last):\n  File \"<repl>\", line 2, in <module>\n    raise ValueError(f'failed with x={x}')\nValueError: failed with x=10\n"
    );
    // The state is as of the failure: x was bound, the line after the raise did not run; the
    // generator kept its place.
    assert_eq!(values[10], "(10, 2, [1, 2, 3])");
    assert!(values[11].contains("SyntaxError"), "{}", values[11]);
    assert_eq!(values[12], "(9, True)", "a feed that did not compile changed nothing");
}

#[test]
fn a_session_dumped_and_loaded_between_feeds_behaves_the_same() {
    assert_eq!(session(true), session(false));
}

#[test]
fn a_feed_calls_the_host_and_awaits_futures_and_the_session_comes_back() {
    let r = repl();
    let mut r = match r.feed_start("import asyncio\nseen = []", PrintWriter::Discard).unwrap() {
        Progress::Complete(done) => done.repl,
        other => panic!("{other:?}"),
    };
    r.feed("def note(x):\n    seen.append(x)\n    return x", PrintWriter::Discard).unwrap();
    let code = "a, b = await asyncio.gather(fetch('a'), fetch('b'))\nnote(a + b + fetch('c'))";
    let mut p = r.feed_start(code, PrintWriter::Discard).unwrap();
    let mut calls = Vec::new();
    // Both fetches are pending before either is answered; dump and load at every pause.
    let done = loop {
        if let Progress::Complete(_) = p {
            break p;
        }
        let bytes = p.dump().unwrap();
        p = Progress::<ReplSession>::load(&bytes).unwrap();
        p = match &mut p {
            Progress::FunctionCall(c) => {
                calls.push(c.args[0].clone());
                let answer = if c.args[0] == O::from("c") {
                    ExternalResult::Return(O::from("C"))
                } else {
                    ExternalResult::Future
                };
                c.resume(answer, PrintWriter::Discard).unwrap()
            }
            Progress::ResolveFutures(f) => {
                let results = f
                    .pending_call_ids
                    .iter()
                    .zip(["A", "B"])
                    .map(|(id, v)| (*id, ExternalResult::Return(O::from(v))))
                    .collect();
                f.resume(results, PrintWriter::Discard).unwrap()
            }
            other => panic!("{other:?}"),
        };
    };
    assert_eq!(calls, vec![O::from("a"), O::from("b"), O::from("c")]);
    let Progress::Complete(done) = done else { unreachable!() };
    assert_eq!(done.output, O::from("ABC"));
    let mut r = done.repl;
    assert_eq!(r.feed("seen, a, b", PrintWriter::Discard).unwrap().py_repr(), "(['ABC'], 'A', 'B')");
}

#[test]
fn a_host_error_inside_a_feed_returns_the_session_with_its_state() {
    let mut r = repl();
    r.feed("progress = 'started'", PrintWriter::Discard).unwrap();
    let mut p = r.feed_start("progress = 'calling'\nfetch('x')\nprogress = 'done'", PrintWriter::Discard).unwrap();
    let Progress::FunctionCall(c) = &mut p else { panic!() };
    let err = c
        .resume(ExternalResult::Error(monty_wasm::MontyException::new("TimeoutError", "slow")), PrintWriter::Discard)
        .unwrap_err();
    let ReplError { repl: Some(mut r), error } = err else { panic!("the session was lost") };
    assert!(error.display().ends_with("TimeoutError: slow\n"), "{}", error.display());
    assert_eq!(r.feed("progress", PrintWriter::Discard).unwrap(), O::from("calling"));
    // Resuming the same pause again is a misuse and has no session to give back.
    let again = c.resume(ExternalResult::Return(O::None), PrintWriter::Discard).unwrap_err();
    assert!(again.repl.is_none() && matches!(again.error, MontyError::Usage(_)));
}

#[test]
fn limits_stop_a_runaway_feed_and_the_next_feed_runs() {
    let limits = Limits { max_instructions: Some(100_000), ..Limits::default() };
    let mut r = Repl::new("<repl>", MontyOptions::default(), limits);
    r.feed("n = 0", PrintWriter::Discard).unwrap();
    let err = r.feed("while True:\n    n += 1", PrintWriter::Discard).unwrap_err();
    assert!(matches!(err, MontyError::Limit(_)), "{err:?}");
    // The budget restarts per feed.
    let n = r.feed("n", PrintWriter::Discard).unwrap();
    assert!(matches!(n, O::Int(k) if k > 1000), "{n:?}");
    assert_eq!(r.feed("sum(range(100))", PrintWriter::Discard).unwrap(), O::Int(4950));
}

#[test]
fn bad_repl_bytes_are_refused() {
    let r = repl();
    let mut bytes = r.dump().unwrap();
    assert!(matches!(Repl::load(&bytes[..bytes.len() - 1]), Err(MontyError::Snapshot(_))));
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    assert!(matches!(Repl::load(&bytes), Err(MontyError::Snapshot(ref m)) if m.contains("checksum")));
}

#[test]
fn continuation_is_detected_like_the_python_prompt() {
    use Continuation::*;
    // Expectations as Python's `codeop.compile_command` (None means "more input").
    let cases: &[(&str, Continuation)] = &[
        ("x = 1", Complete),
        ("", Complete),
        ("print('a:')", Complete),
        ("x = [1,\n", IncompleteImplicit),
        ("f(a,\n  b)", Complete),
        ("s = '''start\n", IncompleteImplicit),
        ("s = '''start\nend'''", Complete),
        ("x = 1 + \\", IncompleteImplicit),
        ("if x:", IncompleteBlock),
        ("if x:\n", IncompleteBlock),
        ("if x:\n    y = 1", IncompleteBlock),
        ("if x:\n    y = 1\n    ", IncompleteBlock),
        ("if x:\n    y = 1\n", Complete),
        ("def f():  # comment", IncompleteBlock),
        ("@decorator", IncompleteBlock),
        ("@decorator\n", IncompleteBlock),
        ("def f():\n    return 1\n", Complete),
        ("class A: pass", IncompleteBlock),
        ("class A: pass\n", Complete),
        ("for i in range(3): print(i)", IncompleteBlock),
        ("d = {'a': 1}", Complete),
        ("x = y[1:]", Complete),
        ("x = '#' + ':'", Complete),
        ("iffy = 2", Complete),
        ("def f(:", Complete),
        ("x = (1 +", IncompleteImplicit),
        ("print(f(x,\n", IncompleteImplicit),
    ];
    for (source, expected) in cases {
        assert_eq!(detect_continuation(source), *expected, "{source:?}");
    }
}
