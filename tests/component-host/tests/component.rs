//! The monty-wasm component hosted in wasmtime through `bindgen!` over `wit/`: runs, host
//! calls, exceptions, futures, REPL sessions, snapshots across instances and with the native
//! library, limits, bad input, and wasmtime's own fuel as a second wall.

// Results carry the WIT `error` record as the interface defines it.
#![allow(clippy::result_large_err)]

mod common;

use common::*;
use monty_component_host::{HostState, Runtime, iface, no_limits, options, types};
use monty_wasm::api::Script;
use monty_wasm::{ExternalResult, Limits, Monty, MontyObject, MontyOptions, PrintWriter, Progress};
use types::{ErrorKind, LimitKind, Node};

fn list(items: Vec<MontyObject>) -> MontyObject {
    MontyObject::List(items)
}

#[test]
fn run_returns_the_last_expression_and_what_was_printed() {
    let mut inst = instance();
    let done = ok(inst.run("xs = [n * n for n in range(5)]\nprint('sum', sum(xs))\n{'xs': xs, 'max': max(xs)}"));
    assert_eq!(done.printed, "sum 30\n");
    let squares = list([0, 1, 4, 9, 16].map(MontyObject::Int).to_vec());
    assert_eq!(
        from_wit(&done.output),
        MontyObject::Dict(vec![("xs".into(), squares), ("max".into(), MontyObject::Int(16))])
    );
    assert!(done.usage.instructions > 0);
    // The same instance keeps serving independent runs.
    assert_eq!(from_wit(&ok(inst.run("2 ** 100")).output).py_repr(), "1267650600228229401496703205376");
}

#[test]
fn values_cross_both_ways() {
    let mut inst = instance();
    let input = MontyObject::Dict(vec![
        ("none".into(), MontyObject::None),
        ("flags".into(), MontyObject::Tuple(vec![true.into(), false.into()])),
        ("big".into(), MontyObject::BigInt("-123456789012345678901234567890".parse().unwrap())),
        ("float".into(), 2.5.into()),
        ("bytes".into(), MontyObject::Bytes(b"\x00\xff".to_vec())),
        ("nested".into(), list(vec![list(vec![]), MontyObject::Set(vec![1i64.into()])])),
        (MontyObject::Int(7), "int key".into()),
    ]);
    let done = ok(inst.run_with("x", &["x"], &[to(&input)], no_limits()));
    assert_eq!(from_wit(&done.output), input);
    let done = ok(inst.run_with("[type(v).__name__ for v in x.values()]", &["x"], &[to(&input)], no_limits()));
    assert_eq!(from_wit(&done.output).py_repr(), "['NoneType', 'tuple', 'int', 'float', 'bytes', 'list', 'str']");
    // Values the sandbox cannot give back as data keep their repr; a cycle is marked.
    let done = ok(inst.run("a = [1]\na.append(a)\n(a, len)"));
    assert_eq!(from_wit(&done.output).py_repr(), "([1, [...]], <built-in function len>)");
}

fn to(obj: &MontyObject) -> types::Value {
    monty_component_host::to_wit(obj)
}

#[test]
fn start_pauses_at_a_function_call_and_resumes_with_its_value() {
    let mut inst = instance();
    let step = ok(inst.start("print('asking')\nr = fetch('a', n=2)\nr + 1", &["fetch"]));
    let p = paused(step);
    assert_eq!(p.printed, "asking\n");
    let iface::Request::FunctionCall(call) = &p.request else { panic!("{:?}", p.request) };
    assert_eq!(call.name, "fetch");
    assert_eq!(call.args.iter().map(from_wit).collect::<Vec<_>>(), vec![MontyObject::from("a")]);
    assert_eq!(call.kwargs.len(), 1);
    assert_eq!((call.kwargs[0].0.as_str(), from_wit(&call.kwargs[0].1)), ("n", MontyObject::Int(2)));
    assert!(!call.caller_is_async);
    let done = complete(ok(inst.resume(p.progress, returning(41i64))));
    assert_eq!(from_wit(&done.output), MontyObject::Int(42));
    // The spent progress has no request and refuses a second answer.
    let sandbox = inst.sandbox.clone();
    let api = sandbox.monty_sandbox_interpreter();
    assert!(api.progress().call_request(&mut inst.store, p.progress).unwrap().is_none());
    let again = err(inst.resume(p.progress, returning(1i64)));
    assert_eq!(again.kind, ErrorKind::Usage);
    assert_eq!(again.message, "this progress has already been resumed");
}

#[test]
fn an_exception_answer_is_raised_at_the_call_and_can_be_caught() {
    let mut inst = instance();
    let code = "try:\n    fetch('x')\nexcept ValueError as e:\n    print('caught', repr(e))\n'after'";
    let p = paused(ok(inst.start(code, &["fetch"])));
    let raise =
        iface::CallResult::Raise(types::Exception { exc_type: "ValueError".into(), message: "no such page".into() });
    let done = complete(ok(inst.resume(p.progress, raise)));
    assert_eq!(done.printed, "caught ValueError('no such page')\n");
    assert_eq!(from_wit(&done.output), MontyObject::from("after"));

    // Uncaught, it is a runtime error with the traceback through the call.
    let p = paused(ok(inst.start("def go():\n    return fetch()\n\ngo()", &["fetch"])));
    let raise = iface::CallResult::Raise(types::Exception { exc_type: "KeyError".into(), message: "k".into() });
    let e = err(inst.resume(p.progress, raise));
    assert_eq!((e.kind, e.exc_type.as_str()), (ErrorKind::Runtime, "KeyError"));
    assert_eq!(
        e.frames.iter().map(|f| (f.line, f.function_name.as_str())).collect::<Vec<_>>(),
        [(4, "<module>"), (2, "go")]
    );
    assert!(e.text.starts_with("Traceback (most recent call last):\n"), "{}", e.text);
    assert!(e.text.ends_with("KeyError: 'k'\n"), "{}", e.text);
}

#[test]
fn futures_let_async_calls_run_concurrently() {
    let mut inst = instance();
    let code = "import asyncio\n\nasync def main():\n    a, b = await asyncio.gather(fetch(1), fetch(2))\n    return a + b\n\nasyncio.run(main())";
    let mut step = ok(inst.start(code, &["fetch"]));
    let mut ids = Vec::new();
    // Both calls reach the host before either is answered.
    loop {
        let p = paused(step);
        match p.request {
            iface::Request::FunctionCall(call) => {
                assert!(call.caller_is_async);
                ids.push((call.call_id, from_wit(&call.args[0])));
                step = ok(inst.resume(p.progress, iface::CallResult::Future));
            }
            iface::Request::ResolveFutures(pending) => {
                assert_eq!(pending, ids.iter().map(|(id, _)| *id).collect::<Vec<_>>());
                // Answer the second first.
                let answers: Vec<_> = ids
                    .iter()
                    .rev()
                    .map(|(id, arg)| {
                        let MontyObject::Int(n) = arg else { panic!() };
                        (*id, returning(n * 100))
                    })
                    .collect();
                let sandbox = inst.sandbox.clone();
                let api = sandbox.monty_sandbox_interpreter();
                step = ok(api.progress().call_resume_futures(&mut inst.store, p.progress, &answers).unwrap());
                break;
            }
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(ids.len(), 2);
    assert_eq!(from_wit(&complete(step).output), MontyObject::Int(300));
}

#[test]
fn unknown_names_are_looked_up_and_called_names_can_become_host_calls() {
    let mut inst = instance();
    let sandbox = inst.sandbox.clone();
    let api = sandbox.monty_sandbox_interpreter();
    let p = paused(ok(inst.start("limit * 2", &[])));
    let iface::Request::NameLookup(lookup) = &p.request else { panic!("{:?}", p.request) };
    assert_eq!((lookup.name.as_str(), lookup.is_called), ("limit", false));
    let done = complete(ok(api.progress().call_resume_name(&mut inst.store, p.progress, Some(&value(21i64))).unwrap()));
    assert_eq!(from_wit(&done.output), MontyObject::Int(42));

    // Answering a called name with a function node turns the call into a host call.
    let p = paused(ok(inst.start("tool(3)", &[])));
    let iface::Request::NameLookup(lookup) = &p.request else { panic!("{:?}", p.request) };
    assert_eq!((lookup.name.as_str(), lookup.is_called), ("tool", true));
    let function = to(&MontyObject::Function { name: "tool".into() });
    let p = paused(ok(api.progress().call_resume_name(&mut inst.store, p.progress, Some(&function)).unwrap()));
    let iface::Request::FunctionCall(call) = &p.request else { panic!("{:?}", p.request) };
    assert_eq!((call.name.as_str(), from_wit(&call.args[0])), ("tool", MontyObject::Int(3)));

    // No value: Python's NameError.
    let p = paused(ok(inst.start("missing", &[])));
    let e = err(api.progress().call_resume_name(&mut inst.store, p.progress, None).unwrap());
    assert_eq!(e.message, "name 'missing' is not defined");
}

#[test]
fn os_calls_reach_the_host() {
    let mut inst = instance();
    let p = paused(ok(inst.start("import os\nos.getenv('HOME', 'none')", &[])));
    let iface::Request::OsCall(call) = &p.request else { panic!("{:?}", p.request) };
    assert_eq!(call.function, "os.getenv");
    assert_eq!(from_wit(&call.args[0]), MontyObject::from("HOME"));
    let done = complete(ok(inst.resume(p.progress, returning("/home/agent"))));
    assert_eq!(from_wit(&done.output), MontyObject::from("/home/agent"));
}

#[test]
fn a_repl_keeps_its_state_across_feeds_and_failures() {
    let mut inst = instance();
    let sandbox = inst.sandbox.clone();
    let api = sandbox.monty_sandbox_interpreter();
    let repl = ok(api.repl().call_create(&mut inst.store, "<stdin>", &["ask".to_string()], no_limits()).unwrap());
    let feed = |inst: &mut monty_component_host::Instance, code: &str| {
        inst.sandbox.monty_sandbox_interpreter().repl().call_feed(&mut inst.store, repl, code).unwrap()
    };
    ok(feed(&mut inst, "x = 20"));
    ok(feed(&mut inst, "def f(y):\n    return x + y"));
    ok(feed(&mut inst, "class C:\n    def twice(self, n):\n        return 2 * n"));
    let e = err(feed(&mut inst, "1 / 0"));
    assert_eq!(
        (e.kind, e.exc_type.as_str(), e.message.as_str()),
        (ErrorKind::Runtime, "ZeroDivisionError", "division by zero")
    );
    assert_eq!(e.frames[0].filename, "<stdin>");
    let e = err(feed(&mut inst, "def broken(:"));
    assert_eq!(e.kind, ErrorKind::Syntax);
    let done = ok(feed(&mut inst, "print('x is', x)\nC().twice(f(1))"));
    assert_eq!((done.printed.as_str(), from_wit(&done.output)), ("x is 20\n", MontyObject::Int(42)));

    // A feed that calls the host: the session is busy until the feed ends.
    let p = paused(ok(api.repl().call_feed_start(&mut inst.store, repl, "y = ask('q')\ny").unwrap()));
    assert!(!api.repl().call_idle(&mut inst.store, repl).unwrap());
    let busy = err(feed(&mut inst, "x"));
    assert_eq!(busy.kind, ErrorKind::Usage);
    let session = api.progress().call_session(&mut inst.store, p.progress).unwrap();
    assert!(session.is_some());
    let done = complete(ok(inst.resume(p.progress, returning("answer"))));
    assert_eq!(from_wit(&done.output), MontyObject::from("answer"));
    assert!(api.repl().call_idle(&mut inst.store, repl).unwrap());
    assert_eq!(from_wit(&ok(feed(&mut inst, "(x, y)")).output).py_repr(), "(20, 'answer')");

    // Echo mode gives what Python's prompt shows.
    ok(api.repl().call_set_echo_repr(&mut inst.store, repl, true).unwrap());
    assert_eq!(from_wit(&ok(feed(&mut inst, "'a' + 'b'")).output), MontyObject::from("'ab'"));
}

#[test]
fn paused_runs_programs_and_sessions_move_between_instances() {
    let mut first = instance();
    let mut second = instance();
    let code = "total = 0\nfor q in ['a', 'b']:\n    total += fetch(q)\nprint('total', total)\ntotal";
    let p = paused(ok(first.start(code, &["fetch"])));
    let p = paused(ok(first.resume(p.progress, returning(10i64))));
    let bytes = ok(first.dump_progress(p.progress));
    drop(first);

    let loaded = ok(second.load_progress(&bytes));
    let iface::Request::FunctionCall(call) = &loaded.request else { panic!("{:?}", loaded.request) };
    assert_eq!((call.name.as_str(), from_wit(&call.args[0])), ("fetch", MontyObject::from("b")));
    // Re-dumping the loaded state gives the same bytes.
    assert_eq!(ok(second.dump_progress(loaded.progress)), bytes);
    let done = complete(ok(second.resume(loaded.progress, returning(32i64))));
    assert_eq!((done.printed.as_str(), from_wit(&done.output)), ("total 42\n", MontyObject::Int(42)));

    // A compiled program.
    let mut third = instance();
    let sandbox_second = second.sandbox.clone();
    let api = sandbox_second.monty_sandbox_interpreter();
    let program = ok(api.program().call_compile(&mut second.store, "n * 3", &options(&["n"], &[])).unwrap());
    let program_bytes = api.program().call_dump(&mut second.store, program).unwrap();
    let sandbox_third = third.sandbox.clone();
    let api3 = sandbox_third.monty_sandbox_interpreter();
    let program = ok(api3.program().call_load(&mut third.store, &program_bytes).unwrap());
    assert_eq!(api3.program().call_input_names(&mut third.store, program).unwrap(), ["n"]);
    let done = ok(api3.program().call_run(&mut third.store, program, &[value(14i64)], no_limits()).unwrap());
    assert_eq!(from_wit(&done.output), MontyObject::Int(42));

    // A REPL session.
    let repl = ok(api.repl().call_create(&mut second.store, "", &[], no_limits()).unwrap());
    ok(api
        .repl()
        .call_feed(&mut second.store, repl, "r = 2\ndef area():\n    return round(3.14159 * r * r, 3)")
        .unwrap());
    let repl_bytes = ok(api.repl().call_dump(&mut second.store, repl).unwrap());
    let repl = ok(api3.repl().call_load(&mut third.store, &repl_bytes).unwrap());
    let done = ok(api3.repl().call_feed(&mut third.store, repl, "area()").unwrap());
    assert_eq!(from_wit(&done.output), MontyObject::Float(12.566));

    let peek = |inst: &mut monty_component_host::Instance, bytes: &[u8]| {
        inst.sandbox.monty_sandbox_interpreter().call_peek_snapshot(&mut inst.store, bytes).unwrap()
    };
    assert_eq!(peek(&mut third, &bytes), Some(iface::SnapshotKind::PausedRun));
    assert_eq!(peek(&mut third, &program_bytes), Some(iface::SnapshotKind::Program));
    assert_eq!(peek(&mut third, &repl_bytes), Some(iface::SnapshotKind::Repl));
    assert_eq!(peek(&mut third, b"nonsense"), None);
}

const NATIVE_PROGRAM: &str = "data = fetch('users')\nnames = sorted(u['name'] for u in data)\nprint(len(names), 'users')\nsummary = fetch('summarize', names)\nsummary.upper()";

#[test]
fn a_native_dump_loads_in_the_component_and_back() {
    // Natively: start and pause at the first call.
    let monty = Monty::new(NATIVE_PROGRAM, "agent.py", &[], MontyOptions::with_functions(&["fetch"])).unwrap();
    let Progress::FunctionCall(call) = monty.start(vec![], Limits::default(), PrintWriter::Discard).unwrap() else {
        panic!("expected a call")
    };
    assert_eq!(call.function_name, "fetch");
    let native_bytes = call.dump().unwrap();

    // In the component: load, answer, and pause at the second call.
    let mut inst = instance();
    let loaded = ok(inst.load_progress(&native_bytes));
    let iface::Request::FunctionCall(first) = &loaded.request else { panic!("{:?}", loaded.request) };
    assert_eq!(from_wit(&first.args[0]), MontyObject::from("users"));
    let users = list(["bo", "al"].iter().map(|n| MontyObject::Dict(vec![("name".into(), (*n).into())])).collect());
    let p = paused(ok(inst.resume(loaded.progress, iface::CallResult::ReturnValue(to(&users)))));
    assert_eq!(p.printed, "2 users\n");
    let iface::Request::FunctionCall(second) = &p.request else { panic!("{:?}", p.request) };
    assert_eq!(from_wit(&second.args[1]).py_repr(), "['al', 'bo']");
    let component_bytes = ok(inst.dump_progress(p.progress));

    // Back natively: load the component's dump and finish.
    let Progress::<Script>::FunctionCall(mut call) = Progress::load(&component_bytes).unwrap() else {
        panic!("expected a call")
    };
    assert_eq!(call.function_name, "fetch");
    let done = call.resume(ExternalResult::Return("al and bo".into()), PrintWriter::Discard).unwrap();
    let Progress::Complete(done) = done else { panic!("expected completion") };
    assert_eq!(done.output, MontyObject::String("AL AND BO".into()));
}

#[test]
fn limits_stop_runs_with_limit_errors() {
    let mut inst = instance();
    let limits = types::Limits { max_duration_secs: Some(0.05), ..no_limits() };
    let e = err(inst.run_with(
        "while True:\n    try:\n        pass\n    except BaseException:\n        pass",
        &[],
        &[],
        limits,
    ));
    assert_eq!((e.kind, e.exc_type.as_str()), (ErrorKind::Limit, "TimeoutError"));
    let limit = e.limit.expect("limit details");
    assert_eq!(limit.kind, LimitKind::Duration);
    assert!(limit.used >= 0.05 && limit.used < 1.0, "{}", limit.used);

    let limits = types::Limits { max_memory: Some(1 << 20), ..no_limits() };
    let e = err(inst.run_with("print('start')\nx = 'a' * (10 ** 8)", &[], &[], limits));
    assert_eq!((e.kind, e.exc_type.as_str()), (ErrorKind::Limit, "MemoryError"));
    assert_eq!(e.limit.unwrap().kind, LimitKind::Memory);
    assert_eq!(e.printed, "start\n");

    let limits = types::Limits { max_instructions: Some(10_000), ..no_limits() };
    let e = err(inst.run_with("n = 0\nwhile True:\n    n += 1", &[], &[], limits));
    assert_eq!(e.limit.unwrap().kind, LimitKind::Instructions);

    let limits = types::Limits { max_recursion_depth: Some(50), ..no_limits() };
    let e = err(inst.run_with("def f(n):\n    return f(n + 1)\nf(0)", &[], &[], limits));
    assert_eq!((e.kind, e.exc_type.as_str()), (ErrorKind::Runtime, "RecursionError"));

    let limits = types::Limits { max_duration_secs: Some(-1.0), ..no_limits() };
    assert_eq!(err(inst.run_with("1", &[], &[], limits)).kind, ErrorKind::Usage);

    // The instance is fine afterwards.
    assert_eq!(from_wit(&ok(inst.run("6 * 7")).output), MontyObject::Int(42));
}

#[test]
fn syntax_errors_are_python_syntax_errors() {
    let mut inst = instance();
    let e = err(inst.run("x = 1\ndef f(:\n    pass"));
    assert_eq!((e.kind, e.exc_type.as_str()), (ErrorKind::Syntax, "SyntaxError"));
    assert_eq!(e.frames.len(), 1);
    assert_eq!((e.frames[0].filename.as_str(), e.frames[0].line), ("main.py", 2));
    assert!(e.text.starts_with("  File \"main.py\", line 2\n    def f(:\n"), "{}", e.text);
    let e = err(inst.run("if True:\nprint(1)"));
    assert_eq!(e.exc_type, "IndentationError");
}

#[test]
fn garbage_snapshots_are_snapshot_errors() {
    let mut inst = instance();
    let sandbox = inst.sandbox.clone();
    let api = sandbox.monty_sandbox_interpreter();
    let p = paused(ok(inst.start("fetch()", &["fetch"])));
    let good = ok(inst.dump_progress(p.progress));
    let mut flipped = good.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x55;
    for bytes in [b"".to_vec(), b"not a snapshot at all".to_vec(), good[..good.len() / 2].to_vec(), flipped] {
        assert_eq!(err(inst.load_progress(&bytes)).kind, ErrorKind::Snapshot);
        assert_eq!(err(api.program().call_load(&mut inst.store, &bytes).unwrap()).kind, ErrorKind::Snapshot);
        assert_eq!(err(api.repl().call_load(&mut inst.store, &bytes).unwrap()).kind, ErrorKind::Snapshot);
    }
    // The right bytes for the wrong kind.
    let e = err(api.repl().call_load(&mut inst.store, &good).unwrap());
    assert_eq!(e.kind, ErrorKind::Snapshot);
    // A few thousand random byte strings behind a valid header: never a trap.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..2000 {
        let mut bytes = good.clone();
        for _ in 0..4 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let at = 16 + (seed as usize) % (bytes.len() - 16);
            bytes[at] = (seed >> 32) as u8;
        }
        let _ = inst.load_progress(&bytes);
    }
    assert_eq!(from_wit(&ok(inst.run("1 + 1")).output), MontyObject::Int(2));
}

#[test]
fn malformed_values_and_wrong_answers_are_usage_errors() {
    let mut inst = instance();
    let bad_values = [
        types::Value { nodes: vec![] },
        // An item before its container.
        types::Value { nodes: vec![Node::List(vec![0])] },
        // Out of range.
        types::Value { nodes: vec![Node::List(vec![5])] },
        // One node in two places.
        types::Value { nodes: vec![Node::List(vec![1, 1]), Node::Int(1)] },
        // A node that belongs to nothing.
        types::Value { nodes: vec![Node::Int(1), Node::Int(2)] },
        types::Value { nodes: vec![Node::BigInt("12x".into())] },
    ];
    for bad in &bad_values {
        let e = err(inst.run_with("x", &["x"], std::slice::from_ref(bad), no_limits()));
        assert_eq!(e.kind, ErrorKind::Usage, "{bad:?}");
        assert!(e.message.starts_with("malformed value: "), "{}", e.message);
    }
    // Nesting beyond 200 levels.
    let deep: Vec<Node> = (0..300).map(|i| if i < 299 { Node::List(vec![i + 1]) } else { Node::None }).collect();
    let e = err(inst.run_with("x", &["x"], &[types::Value { nodes: deep }], no_limits()));
    assert!(e.message.contains("nested more than 200"), "{}", e.message);
    // Inputs that do not match the declared names.
    assert_eq!(err(inst.run_with("x", &["x"], &[], no_limits())).kind, ErrorKind::Usage);

    // A name answer for a function call, a future for plain code.
    let sandbox = inst.sandbox.clone();
    let api = sandbox.monty_sandbox_interpreter();
    let p = paused(ok(inst.start("fetch()", &["fetch"])));
    let e = err(api.progress().call_resume_name(&mut inst.store, p.progress, None).unwrap());
    assert_eq!(e.message, "the run is not paused at a name lookup");
    let e = err(api.progress().call_resume_futures(&mut inst.store, p.progress, &[(99, returning(1i64))]).unwrap());
    assert_eq!(e.message, "the run is not paused at pending futures");
    // The progress is still usable after those.
    complete(ok(inst.resume(p.progress, returning(1i64))));
}

#[test]
fn detect_continuation_answers_like_the_prompt() {
    let mut inst = instance();
    let sandbox = inst.sandbox.clone();
    let api = sandbox.monty_sandbox_interpreter();
    let mut ask = |s: &str| api.call_detect_continuation(&mut inst.store, s).unwrap();
    assert_eq!(ask("x = 1"), iface::Continuation::Complete);
    assert_eq!(ask("f(1,"), iface::Continuation::IncompleteImplicit);
    assert_eq!(ask("for i in range(3):"), iface::Continuation::IncompleteBlock);
}

#[test]
fn wasmtime_fuel_is_a_second_wall_around_unlimited_code() {
    let mut config = wasmtime::Config::new();
    config.consume_fuel(true);
    let rt = Runtime::with_config(&config).unwrap();
    let fuelled = |fuel| {
        let mut store = wasmtime::Store::new(&rt.engine, HostState::sealed());
        store.set_fuel(fuel).unwrap();
        rt.instance_in(store).unwrap()
    };
    let mut inst = fuelled(200_000_000);
    let sandbox = inst.sandbox.clone();
    let api = sandbox.monty_sandbox_interpreter();
    // No interpreter limits at all: only the host's fuel stops it.
    let trap = api.call_run(&mut inst.store, "while True:\n    pass", &options(&[], &[]), &[], no_limits());
    let trap = trap.expect_err("fuel runs out");
    assert_eq!(trap.downcast_ref::<wasmtime::Trap>(), Some(&wasmtime::Trap::OutOfFuel), "{trap:?}");
    // A trapped instance is poisoned; a new one from the same runtime works.
    let mut fresh = fuelled(200_000_000);
    assert_eq!(from_wit(&ok(fresh.run("1 + 1")).output), MontyObject::Int(2));
}

#[test]
fn the_component_exports_the_interpreter_world() {
    let rt = common::runtime();
    let component = rt.pre.instance_pre().component();
    let ty = component.component_type();
    let exports: Vec<String> = ty.exports(&rt.engine).map(|(name, _)| name.to_string()).collect();
    assert_eq!(exports, ["monty:sandbox/types@0.1.0", "monty:sandbox/interpreter@0.1.0"]);
}
