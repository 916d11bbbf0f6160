//! Host futures: calls answered with "future" are awaited by coroutines while other tasks run;
//! when every task waits, the host resolves any subset, in any order, with values or errors.

use monty_wasm::{
    ExternalResult, Limits, Monty, MontyError, MontyException, MontyObject as O, MontyOptions, PrintWriter, Progress,
};

fn start(src: &str, out: &mut String) -> Progress {
    let m = Monty::new(src, "async.py", &[], MontyOptions::with_functions(&["fetch"])).expect("compiles");
    m.start(Vec::new(), Limits::default(), PrintWriter::Collect(out)).expect("starts")
}

/// Answer every function call with "future", collecting (call_id, first argument).
fn defer_calls(mut p: Progress, out: &mut String, calls: &mut Vec<(u32, O)>) -> Progress {
    while let Progress::FunctionCall(c) = &mut p {
        calls.push((c.call_id, c.args.first().cloned().unwrap_or(O::None)));
        p = c.resume(ExternalResult::Future, PrintWriter::Collect(out)).expect("resumes");
    }
    p
}

const GATHER: &str = r#"
import asyncio

async def main():
    results = await asyncio.gather(fetch("a"), fetch("b"), fetch("c"), return_exceptions=True)
    print(results)
    try:
        await fetch("d")
    except KeyError as e:
        print("caught", repr(e))
    return len(results)

asyncio.run(main())
"#;

#[test]
fn three_gathered_calls_are_pending_at_once_and_resolve_out_of_order() {
    let mut out = String::new();
    let mut calls = Vec::new();
    let p = start(GATHER, &mut out);
    let mut p = defer_calls(p, &mut out, &mut calls);
    // The host has seen all three calls before resolving any.
    assert_eq!(calls.iter().map(|c| c.1.clone()).collect::<Vec<_>>(), vec![O::from("a"), O::from("b"), O::from("c")]);
    let ids: Vec<u32> = calls.iter().map(|c| c.0).collect();
    let Progress::ResolveFutures(f) = &mut p else { panic!("expected ResolveFutures, got {p:?}") };
    assert_eq!(f.pending_call_ids, ids);
    // Partial resolution, last call first.
    let mut p = f.resume(vec![(ids[2], ExternalResult::Return(O::from("C")))], PrintWriter::Collect(&mut out)).unwrap();
    let Progress::ResolveFutures(f) = &mut p else { panic!("expected ResolveFutures, got {p:?}") };
    assert_eq!(f.pending_call_ids, vec![ids[0], ids[1]]);
    // An error and a value together.
    let mut p = f
        .resume(
            vec![
                (ids[1], ExternalResult::Return(O::from("B"))),
                (ids[0], ExternalResult::Error(MontyException::new("ValueError", "no a"))),
            ],
            PrintWriter::Collect(&mut out),
        )
        .unwrap();
    // The next call (not gathered) is answered with a future too, then fails at its await.
    p = defer_calls(p, &mut out, &mut calls);
    let Progress::ResolveFutures(f) = &mut p else { panic!("expected ResolveFutures, got {p:?}") };
    let d = calls[3].0;
    let done = f
        .resume(vec![(d, ExternalResult::Error(MontyException::new("KeyError", "d")))], PrintWriter::Collect(&mut out))
        .unwrap();
    let Progress::Complete(done) = done else { panic!("expected completion") };
    assert_eq!(out, "[ValueError('no a'), 'B', 'C']\ncaught KeyError('d')\n");
    assert_eq!(done.output, O::Int(3), "the value of the last expression");
}

#[test]
fn bad_resolutions_are_usage_errors_and_keep_the_progress() {
    let mut out = String::new();
    let mut calls = Vec::new();
    let p = start(GATHER, &mut out);
    let mut p = defer_calls(p, &mut out, &mut calls);
    let Progress::ResolveFutures(f) = &mut p else { panic!() };
    let err = f.resume(vec![(999, ExternalResult::Return(O::None))], PrintWriter::Discard).unwrap_err();
    assert!(matches!(err, MontyError::Usage(ref m) if m.contains("999")), "{err:?}");
    let id = calls[0].0;
    let twice = vec![(id, ExternalResult::Return(O::None)), (id, ExternalResult::Return(O::None))];
    let err = f.resume(twice, PrintWriter::Discard).unwrap_err();
    assert!(matches!(err, MontyError::Usage(ref m) if m.contains("twice")), "{err:?}");
    // Still usable: resolve one, then resolving it again is an error on the next progress.
    let mut p = f.resume(vec![(id, ExternalResult::Return(O::None))], PrintWriter::Discard).unwrap();
    let Progress::ResolveFutures(f) = &mut p else { panic!() };
    let err = f.resume(vec![(id, ExternalResult::Return(O::None))], PrintWriter::Discard).unwrap_err();
    assert!(matches!(err, MontyError::Usage(ref m) if m.contains("already resolved")), "{err:?}");
}

#[test]
fn sync_answers_and_sleeps_work_with_async_code() {
    let src = r#"
import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    print(name, fetch(name))
    return name

async def main():
    names = await asyncio.gather(worker("slow", 0.2), worker("fast", 0.1))
    return names

asyncio.run(main())
"#;
    let mut out = String::new();
    let mut p = start(src, &mut out);
    let mut sleeps = Vec::new();
    loop {
        p = match &mut p {
            // Plain (non-awaited) calls of a host function just wait for the value.
            Progress::FunctionCall(c) => {
                let v = O::String(format!("got-{}", c.args[0]));
                c.resume(ExternalResult::Return(v), PrintWriter::Collect(&mut out)).unwrap()
            }
            // The loop tells the host how long it skips ahead on its virtual clock.
            Progress::OsCall(os) => {
                assert_eq!(os.function, "asyncio.sleep");
                sleeps.push(os.args[0].clone());
                os.resume(ExternalResult::Return(O::None), PrintWriter::Collect(&mut out)).unwrap()
            }
            Progress::Complete(_) => break,
            other => panic!("unexpected {other:?}"),
        };
    }
    assert_eq!(out, "fast got-fast\nslow got-slow\n");
    assert_eq!(sleeps.len(), 2, "{sleeps:?}");
}

#[test]
fn awaiting_a_value_is_a_type_error() {
    let src = "import asyncio\nasync def main():\n    await fetch(1)\nasyncio.run(main())\n";
    let mut out = String::new();
    let mut p = start(src, &mut out);
    let Progress::FunctionCall(c) = &mut p else { panic!() };
    let err = c.resume(ExternalResult::Return(O::Int(5)), PrintWriter::Discard).unwrap_err();
    let e = err.exception().expect("a Python error");
    assert_eq!(
        (e.type_name.as_str(), e.message.as_str()),
        ("TypeError", "object int can't be used in 'await' expression")
    );
}

#[test]
fn top_level_await_runs_in_an_event_loop() {
    let src = "import asyncio\nr = await asyncio.gather(fetch(1), fetch(2))\nprint(r)\nsum(r)\n";
    let mut out = String::new();
    let mut calls = Vec::new();
    let p = start(src, &mut out);
    let mut p = defer_calls(p, &mut out, &mut calls);
    let Progress::ResolveFutures(f) = &mut p else { panic!("expected ResolveFutures, got {p:?}") };
    let results = calls.iter().map(|(id, arg)| (*id, ExternalResult::Return(arg.clone()))).collect();
    let done = f.resume(results, PrintWriter::Collect(&mut out)).unwrap();
    let Progress::Complete(done) = done else { panic!() };
    assert_eq!(out, "[1, 2]\n");
    assert_eq!(done.output, O::Int(3));
}
