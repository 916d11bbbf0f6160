//! Host requests: external function calls, name lookups and OS calls, answered with values or
//! exceptions, from every place Python code runs; boundary values in both directions.

use monty_wasm::{
    ExternalResult, Limits, Monty, MontyError, MontyException, MontyObject as O, MontyOptions, PrintWriter, Progress,
};

fn compile(src: &str, functions: &[&str]) -> Monty {
    Monty::new(src, "host.py", &[], MontyOptions::with_functions(functions)).expect("compiles")
}

/// One request as the test's host sees it.
#[derive(Debug, Clone, PartialEq)]
enum Seen {
    Call(String, Vec<O>, Vec<(String, O)>, u32),
    Name(String),
    Os(String, Vec<O>, Vec<(String, O)>),
}

enum Answer {
    Value(O),
    Raise(&'static str, &'static str),
    Undefined,
    Unhandled,
}

/// Run to the end, answering each request with `host`; returns the requests seen, the printed
/// text and the result.
fn drive(m: &Monty, mut host: impl FnMut(&Seen) -> Answer) -> (Vec<Seen>, String, Result<O, MontyError>) {
    let mut out = String::new();
    let mut seen = Vec::new();
    let mut progress = match m.start(Vec::new(), Limits::default(), PrintWriter::Collect(&mut out)) {
        Ok(p) => p,
        Err(e) => return (seen, out, Err(e)),
    };
    loop {
        let request = match &progress {
            Progress::Complete(c) => return (seen, out, Ok(c.output.clone())),
            Progress::FunctionCall(c) => {
                Seen::Call(c.function_name.clone(), c.args.clone(), c.kwargs.clone(), c.call_id)
            }
            Progress::NameLookup(n) => Seen::Name(n.name.clone()),
            Progress::OsCall(o) => Seen::Os(o.function.clone(), o.args.clone(), o.kwargs.clone()),
            Progress::ResolveFutures(_) => panic!("no futures in these tests"),
        };
        let answer = host(&request);
        seen.push(request);
        let print = PrintWriter::Collect(&mut out);
        let next = match (&mut progress, answer) {
            (Progress::NameLookup(n), Answer::Value(v)) => n.resume(Some(v), print),
            (Progress::NameLookup(n), _) => n.resume(None, print),
            (Progress::OsCall(o), Answer::Unhandled) => o.resume_unhandled(print),
            (Progress::FunctionCall(c), a) => c.resume(result_of(a), print),
            (Progress::OsCall(o), a) => o.resume(result_of(a), print),
            (Progress::Complete(_) | Progress::ResolveFutures(_), _) => unreachable!(),
        };
        match next {
            Ok(p) => progress = p,
            Err(e) => return (seen, out, Err(e)),
        }
    }
}

fn result_of(a: Answer) -> ExternalResult {
    match a {
        Answer::Value(v) => ExternalResult::Return(v),
        Answer::Raise(t, m) => ExternalResult::Error(MontyException::new(t, m)),
        Answer::Undefined | Answer::Unhandled => ExternalResult::Return(O::None),
    }
}

fn int_args(s: &Seen) -> i64 {
    match s {
        Seen::Call(_, args, _, _) => match args.first() {
            Some(O::Int(i)) => *i,
            _ => 0,
        },
        _ => 0,
    }
}

#[test]
fn a_call_pauses_with_name_args_kwargs_and_id() {
    let m = compile("r = fetch(1, 'two', flag=True)\nprint('got', r)\nr", &["fetch"]);
    let (seen, out, r) = drive(&m, |_| Answer::Value(O::String("ok".into())));
    assert_eq!(
        seen,
        vec![Seen::Call(
            "fetch".into(),
            vec![O::Int(1), O::String("two".into())],
            vec![("flag".into(), O::Bool(true))],
            0
        )]
    );
    assert_eq!(out, "got ok\n");
    assert_eq!(r, Ok(O::String("ok".into())));
}

#[test]
fn resuming_twice_is_a_clear_error() {
    let m = compile("f()", &["f"]);
    let mut p = m.start(Vec::new(), Limits::default(), PrintWriter::Discard).unwrap();
    let Progress::FunctionCall(call) = &mut p else { panic!("expected a call") };
    let first = call.resume(ExternalResult::Return(O::Int(1)), PrintWriter::Discard).unwrap();
    assert!(matches!(first, Progress::Complete(ref c) if c.output == O::Int(1)));
    let again = call.resume(ExternalResult::Return(O::Int(2)), PrintWriter::Discard);
    assert!(matches!(again, Err(MontyError::Usage(ref m)) if m.contains("already been resumed")), "{again:?}");
}

#[test]
fn an_exception_is_raised_at_the_call_site() {
    let src = "try:\n    fetch('x')\nexcept ValueError as e:\n    print('caught', type(e).__name__, e)\nfetch('y')\n";
    let m = compile(src, &["fetch"]);
    let (_, out, r) = drive(&m, |_| Answer::Raise("ValueError", "bad input"));
    assert_eq!(out, "caught ValueError bad input\n");
    let Err(MontyError::Runtime(e)) = r else { panic!("uncaught error expected: {r:?}") };
    assert_eq!((e.type_name.as_str(), e.message.as_str()), ("ValueError", "bad input"));
    assert_eq!(e.frames.last().unwrap().line, 5);
    assert!(e.traceback.contains("line 5, in <module>"), "{}", e.traceback);
    // Unknown exception types become RuntimeError, keeping the name.
    let m = compile("try:\n    fetch()\nexcept RuntimeError as e:\n    print(e)\n", &["fetch"]);
    let (_, out, _) = drive(&m, |_| Answer::Raise("HttpError", "503"));
    assert_eq!(out, "HttpError: 503\n");
    // A limit is not an exception Python can catch, but a host exception is, even BaseException-wide.
    let m = compile("try:\n    fetch()\nexcept BaseException as e:\n    print('caught', repr(e))\n", &["fetch"]);
    let (_, out, _) = drive(&m, |_| Answer::Raise("KeyError", "k"));
    assert_eq!(out, "caught KeyError('k')\n");
}

#[test]
fn calls_from_everywhere_python_runs_get_fresh_ids() {
    let src = r#"
def gen(n):
    for i in range(n):
        yield double(i)

class Box:
    def __init__(self, v):
        self.v = v
    def bigger(self):
        return double(self.v)
    def __lt__(self, other):
        return double(self.v) < double(other.v)

def nested():
    def inner(x):
        return double(x)
    return inner(7)

print(sorted([3, 1, 2], key=lambda x: double(-x)))
print(sorted([3, 1, 2], key=double))
print(list(gen(3)))
print([double(x) for x in range(2)])
print(Box(5).bigger(), nested())
print(list(map(double, [10, 20])))
print(sorted([Box(2), Box(1)])[0].v)
print(max([4, 9, 2], key=double), sum(double(i) for i in range(4)))
"#;
    let m = compile(src, &["double"]);
    let (seen, out, r) = drive(&m, |s| Answer::Value(O::Int(int_args(s) * 2)));
    r.unwrap();
    let expected = "[3, 2, 1]\n[1, 2, 3]\n[0, 2, 4]\n[0, 2]\n10 14\n[20, 40]\n1\n9 12\n";
    assert_eq!(out, expected);
    let ids: Vec<u32> =
        seen.iter().filter_map(|s| if let Seen::Call(_, _, _, id) = s { Some(*id) } else { None }).collect();
    assert_eq!(ids.len(), 24);
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "call ids must be fresh: {ids:?}");
}

#[test]
fn undefined_names_are_looked_up() {
    let src = "print(config['mode'])\nprint(config is config)\nr = tool(2)\ntry:\n    missing\nexcept NameError as e:\n    print(e)\nr";
    let m = compile(src, &[]);
    let (seen, out, r) = drive(&m, |s| match s {
        Seen::Name(n) if n == "config" => Answer::Value(O::Dict(vec![(O::from("mode"), O::from("fast"))])),
        Seen::Name(n) if n == "tool" => Answer::Value(O::Function { name: "tool".into() }),
        Seen::Name(_) => Answer::Undefined,
        Seen::Call(..) => Answer::Value(O::Int(int_args(s) + 40)),
        Seen::Os(..) => Answer::Unhandled,
    });
    assert_eq!(out, "fast\nTrue\nname 'missing' is not defined\n");
    assert_eq!(r, Ok(O::Int(42)));
    // Each name is asked once: the answer is kept as the global.
    let names: Vec<&Seen> = seen.iter().filter(|s| matches!(s, Seen::Name(_))).collect();
    assert_eq!(names.len(), 3, "{seen:?}");
    // Without a host, an undefined name is an ordinary NameError.
    let err = compile("nope + 1", &[]).run(Vec::new(), Limits::default(), PrintWriter::Discard).unwrap_err();
    assert_eq!(err.exception().unwrap().message, "name 'nope' is not defined");
}

#[test]
fn os_calls_reach_the_host() {
    let src = r#"
import os
from pathlib import Path
print(os.getenv("HOME"), os.getenv("NOPE", "default"), os.environ["USER"])
print("USER" in os.environ, os.environ.get("NOPE"))
p = Path("/data") / "notes.txt"
print(p.exists(), p.read_text())
print(p.write_text("hello"))
print([str(x) for x in Path("/data").iterdir()])
print(p.stat().st_size)
try:
    Path("/secret").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    Path("/etc/passwd").read_bytes()
except PermissionError as e:
    print("PermissionError", e)
"#;
    let m = compile(src, &[]);
    let (seen, out, r) = drive(&m, |s| match s {
        Seen::Os(f, args, _) => match (f.as_str(), args.first()) {
            ("os.getenv", Some(O::String(k))) if k == "HOME" => Answer::Value(O::from("/home/agent")),
            ("os.getenv", Some(O::String(k))) if k == "USER" => Answer::Value(O::from("agent")),
            ("os.getenv", _) => Answer::Value(O::None),
            ("Path.exists", _) => Answer::Value(O::Bool(true)),
            ("Path.read_text", Some(O::Path(p))) if p == "/data/notes.txt" => Answer::Value(O::from("some notes")),
            ("Path.read_text", _) => {
                Answer::Raise("FileNotFoundError", "[Errno 2] No such file or directory: '/secret'")
            }
            ("Path.write_text", _) => Answer::Value(O::None),
            ("Path.iterdir", _) => Answer::Value(O::List(vec![O::from("a.txt"), O::Path("/data/b.txt".into())])),
            ("Path.stat", _) => Answer::Value(O::Dict(vec![(O::from("st_size"), O::Int(10))])),
            _ => Answer::Unhandled,
        },
        _ => Answer::Undefined,
    });
    r.unwrap();
    let expected = "/home/agent default agent\nTrue None\nTrue some notes\n5\n['/data/a.txt', '/data/b.txt']\n10\n\
FileNotFoundError [Errno 2] No such file or directory: '/secret'\nPermissionError Path.read_bytes is not permitted in the sandbox\n";
    assert_eq!(out, expected);
    assert!(seen.contains(&Seen::Os(
        "Path.write_text".into(),
        vec![O::Path("/data/notes.txt".into()), O::from("hello")],
        vec![]
    )));
    // No host: OS calls are refused inside Python, never served from the real machine.
    let err = compile("import os\nos.getenv('HOME')", &[])
        .run(Vec::new(), Limits::default(), PrintWriter::Discard)
        .unwrap_err();
    assert_eq!(err.exception().unwrap().type_name, "PermissionError");
}

#[test]
fn the_clock_comes_from_the_host_through_os_calls() {
    let src = r#"
import time
from datetime import datetime, date, timezone
print(datetime.now(), datetime.now(timezone.utc), date.today(), time.time())
start = time.perf_counter()
time.sleep(0.5)
print(time.perf_counter() - start)
"#;
    let m = compile(src, &[]);
    let mut monotonic = 10.0;
    let (seen, out, r) = drive(&m, |s| match s {
        Seen::Os(f, _, _) => match f.as_str() {
            "time.time" => Answer::Value(O::Float(1_700_000_000.25)),
            "time.monotonic" => {
                monotonic += 0.5;
                Answer::Value(O::Float(monotonic))
            }
            "time.sleep" => Answer::Value(O::None),
            _ => Answer::Unhandled,
        },
        _ => Answer::Undefined,
    });
    r.unwrap();
    // The datetimes as CPython prints them for that timestamp (UTC is the sandbox's local time).
    let expected = "2023-11-14 22:13:20.250000 2023-11-14 22:13:20.250000+00:00 2023-11-14 1700000000.25\n0.5\n";
    assert_eq!(out, expected);
    assert!(seen.contains(&Seen::Os("time.sleep".into(), vec![O::Float(0.5)], vec![])));
    // No host: the program has no clock.
    let err =
        compile("import time\ntime.time()", &[]).run(Vec::new(), Limits::default(), PrintWriter::Discard).unwrap_err();
    assert_eq!(err.exception().unwrap().type_name, "PermissionError");
}

#[test]
fn values_cross_in_both_directions() {
    let src = r#"
from dataclasses import dataclass
from collections import namedtuple
from pathlib import Path
@dataclass(frozen=True)
class Point:
    x: int
    y: int
Pair = namedtuple("Pair", "a b")
cyclic = [1]
cyclic.append(cyclic)
send(None, ..., True, 2**100, -3, 1.5, "s", b"b", [1], (1,), {"k": (2,)}, {3}, frozenset({4}),
     ValueError("bad"), Point(1, 2), Pair(1, 2), Path("/x"), cyclic, len)
"#;
    let m = compile(src, &["send"]);
    let mut args = Vec::new();
    let (_, _, r) = drive(&m, |s| {
        if let Seen::Call(_, a, _, _) = s {
            args = a.clone();
        }
        Answer::Value(O::None)
    });
    r.unwrap();
    let big: num_bigint::BigInt = num_bigint::BigInt::from(1u8) << 100;
    let expected = vec![
        O::None,
        O::Ellipsis,
        O::Bool(true),
        O::BigInt(big),
        O::Int(-3),
        O::Float(1.5),
        O::from("s"),
        O::Bytes(b"b".to_vec()),
        O::List(vec![O::Int(1)]),
        O::Tuple(vec![O::Int(1)]),
        O::Dict(vec![(O::from("k"), O::Tuple(vec![O::Int(2)]))]),
        O::Set(vec![O::Int(3)]),
        O::FrozenSet(vec![O::Int(4)]),
        O::Exception { exc_type: "ValueError".into(), message: "bad".into() },
        O::Dataclass {
            name: "Point".into(),
            fields: vec![("x".into(), O::Int(1)), ("y".into(), O::Int(2))],
            frozen: true,
        },
        O::NamedTuple {
            type_name: "Pair".into(),
            field_names: vec!["a".into(), "b".into()],
            values: vec![O::Int(1), O::Int(2)],
        },
        O::Path("/x".into()),
        O::List(vec![O::Int(1), O::Cycle("[...]".into())]),
        O::Repr("<built-in function len>".into()),
    ];
    assert_eq!(args, expected);

    // Host values into Python, including awkward ones.
    let src = "v = get()\nprint(type(v).__name__, v)\nv";
    let nan_key = O::Dict(vec![(O::Float(f64::NAN), O::Int(1)), (O::Float(f64::NAN), O::Int(2))]);
    let (_, out, r) = drive(&compile(src, &["get"]), |_| Answer::Value(nan_key.clone()));
    assert_eq!(out, "dict {nan: 1, nan: 2}\n");
    assert!(matches!(r, Ok(O::Dict(ref d)) if d.len() == 2));
    let unhashable = O::Dict(vec![(O::List(vec![]), O::Int(1))]);
    let (_, _, r) = drive(&compile(src, &["get"]), |_| Answer::Value(unhashable.clone()));
    assert_eq!(r.unwrap_err().exception().unwrap().message, "unhashable type: 'list'");
    let (_, _, r) = drive(&compile(src, &["get"]), |_| Answer::Value(O::Cycle("[...]".into())));
    assert_eq!(r.unwrap_err().exception().unwrap().type_name, "TypeError");
    let mut deep = O::Int(0);
    for _ in 0..500 {
        deep = O::List(vec![deep]);
    }
    let (_, _, r) = drive(&compile(src, &["get"]), |_| Answer::Value(deep.clone()));
    assert!(r.unwrap_err().exception().unwrap().message.contains("nested"));
}

#[test]
fn deep_outputs_are_cut_not_crashed() {
    let src = "x = []\nfor _ in range(100000):\n    x = [x]\nx";
    let done = compile(src, &[]).run(Vec::new(), Limits::default(), PrintWriter::Discard).unwrap();
    let mut depth = 0;
    let mut v = &done.output;
    while let O::List(items) = v {
        depth += 1;
        v = &items[0];
    }
    assert!(depth <= monty_wasm::api::MAX_DEPTH + 1, "{depth}");
    assert!(matches!(v, O::Repr(_)));
}

#[test]
fn waiting_for_the_host_does_not_count_as_run_time() {
    let m = compile("for i in range(3):\n    slow(i)\n'done'", &["slow"]);
    let limits = Limits { max_duration: Some(0.2), ..Limits::default() };
    let mut p = m.start(Vec::new(), limits, PrintWriter::Discard).unwrap();
    while let Progress::FunctionCall(c) = &mut p {
        std::thread::sleep(std::time::Duration::from_millis(120));
        p = c.resume(ExternalResult::Return(O::None), PrintWriter::Discard).unwrap();
    }
    let Progress::Complete(done) = p else { panic!() };
    assert_eq!(done.output, O::from("done"));
    assert!(done.usage.duration < 0.2, "{:?}", done.usage);
}

#[test]
fn prints_stream_between_calls() {
    let m = compile("print('before')\nx = f()\nprint('after', x)", &["f"]);
    let mut first = String::new();
    let mut p = m.start(Vec::new(), Limits::default(), PrintWriter::Collect(&mut first)).unwrap();
    assert_eq!(first, "before\n");
    let Progress::FunctionCall(c) = &mut p else { panic!() };
    let mut second = String::new();
    c.resume(ExternalResult::Return(O::Int(7)), PrintWriter::Collect(&mut second)).unwrap();
    assert_eq!(second, "after 7\n");
}

#[test]
fn run_without_a_host_refuses_external_calls_in_python() {
    let src = "try:\n    fetch()\nexcept RuntimeError as e:\n    print(e)\n";
    let mut out = String::new();
    compile(src, &["fetch"]).run(Vec::new(), Limits::default(), PrintWriter::Collect(&mut out)).unwrap();
    assert_eq!(out, "external function 'fetch' cannot be called without a host (use start())\n");
}

/// `NameLookup::is_called` tells a called unknown name (`fetch(x)`) from a read one, and
/// `FunctionCall::caller_is_async` tells calls a coroutine can await from plain calls.
#[test]
fn lookups_say_whether_the_name_is_called_and_calls_whether_the_caller_is_async() {
    use monty_wasm::{Limits, Monty, MontyObject, MontyOptions, PrintWriter, Progress};
    let code = "x = limit\nfetch(x)\nasync def main():\n    return [fetch(i) for i in range(1)]\nimport asyncio\nasyncio.run(main())";
    let m = Monty::new(code, "t.py", &[], MontyOptions::default()).unwrap();
    let mut p = m.start(vec![], Limits::default(), PrintWriter::Discard).unwrap();
    let mut seen = Vec::new();
    loop {
        p = match p {
            Progress::NameLookup(mut n) => {
                seen.push(format!("lookup {} called={}", n.name, n.is_called));
                let value =
                    if n.is_called { MontyObject::Function { name: n.name.clone() } } else { MontyObject::Int(1) };
                n.resume(Some(value), PrintWriter::Discard).unwrap()
            }
            Progress::FunctionCall(mut c) => {
                seen.push(format!("call {} async={}", c.function_name, c.caller_is_async));
                c.resume(monty_wasm::ExternalResult::Return(MontyObject::None), PrintWriter::Discard).unwrap()
            }
            Progress::Complete(_) => break,
            other => panic!("unexpected {other:?}"),
        };
    }
    assert_eq!(
        seen,
        ["lookup limit called=false", "lookup fetch called=true", "call fetch async=false", "call fetch async=true"]
    );
}
