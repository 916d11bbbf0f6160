//! The `monty` command: output streams and exit statuses.

use std::process::Command;

fn monty(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_monty")).args(args).output().expect("run monty");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn runs_a_string_and_prints_to_stdout() {
    let (code, out, err) = monty(&["-c", "print('hi', 2 ** 70)"]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "hi 1180591620717411303424\n", ""));
}

#[test]
fn sys_stderr_goes_to_stderr() {
    let code = "import sys\nprint('out')\nprint('err', file=sys.stderr)\nsys.stderr.write('more\\n')\nprint('end')";
    let (status, stdout, stderr) = monty(&["-c", code]);
    assert_eq!(status, 0);
    assert_eq!(stdout, "out\nend\n");
    assert_eq!(stderr, "err\nmore\n");
}

#[test]
fn runs_a_file() {
    let path = std::env::temp_dir().join("monty_cli_file.py");
    std::fs::write(&path, "x = [1, 2, 3]\nprint(sum(x))\n").unwrap();
    let (code, out, _) = monty(&[path.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (0, "6\n"));
}

#[test]
fn uncaught_exception_prints_traceback_and_exits_1() {
    let (code, out, err) = monty(&["-c", "print('before')\ndef f():\n    return {}['k']\nf()"]);
    assert_eq!(code, 1);
    assert_eq!(out, "before\n");
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<string>\", line 4, in <module>\n    f()\n  File \"<string>\", line 3, in f\n    return {}['k']\nKeyError: 'k'\n"
    );
}

#[test]
fn syntax_error_exits_1_with_location() {
    let (code, _, err) = monty(&["-c", "x = 1\nif x\n    pass\n"]);
    assert_eq!(code, 1);
    assert!(err.contains("line 2"), "{err}");
    assert!(err.lines().last().unwrap_or("").starts_with("SyntaxError: "), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(monty(&["--no-such-flag"]).0, 2);
    assert_eq!(monty(&["/no/such/file.py"]).0, 2);
    assert_eq!(monty(&["--max-memory", "lots", "-c", "1"]).0, 2);
}

#[test]
fn limits_exit_3() {
    let (code, _, err) = monty(&["--max-duration", "0.2", "-c", "while True:\n    pass"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("time limit"), "{err}");
    let (code, _, err) = monty(&["--max-memory", "10M", "-c", "x = []\nwhile True:\n    x.append('a' * 1000)"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("memory limit"), "{err}");
    assert_eq!(err.lines().count(), 1, "one line naming the limit: {err}");
    let (code, _, err) = monty(&["--max-allocations", "1000", "-c", "while True:\n    t = [1]"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.starts_with("monty: allocation limit exceeded: 1000 allocations allowed, "), "{err}");
}

#[test]
fn recursion_limit_is_configurable() {
    let prog = "def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(150))";
    assert_eq!(monty(&["--max-recursion", "200", "-c", prog]).1, "150\n");
    let (code, _, err) = monty(&["--max-recursion", "100", "-c", prog]);
    assert_eq!(code, 1);
    assert!(err.ends_with("RecursionError: maximum recursion depth exceeded\n"), "{err}");
}

/// Run `program` with `input` on stdin; (exit status, stdout, stderr).
fn with_stdin(program: &str, args: &[&str], input: &str) -> (i32, String, String) {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn without_a_program_it_is_an_interactive_session_like_python() {
    let session = concat!(
        "x = 5\n",
        "x * 2\n",
        "class P:\n    def __repr__(self):\n        return 'P!'\n\n",
        "P()\n",
        "None\n",
        "'s'\n",
        "for i in range(2):\n    print(i)\n\n",
        "1/0\n",
        "x, [P()], {'k': 1.5}\n",
        "def f(:\n",
        "[1,\n 2]\n",
        "import asyncio\n",
        "async def g():\n    return 7\n\n",
        "await g()\n",
    );
    let (code, out, err) = with_stdin(env!("CARGO_BIN_EXE_monty"), &[], session);
    assert_eq!(code, 0, "{err}");
    // What CPython's prompt prints to stdout for the same lines (its prompts go to stderr).
    // `await` at the prompt needs `python -m asyncio` in CPython; its value is what that shows.
    assert_eq!(out, "10\nP!\n's'\n0\n1\n(5, [P!], {'k': 1.5})\n[1, 2]\n7\n");
    let (py_code, py_out, _) = with_stdin("python3", &["-i", "-q"], session.split("import asyncio").next().unwrap());
    assert_eq!(py_code, 0);
    assert!(out.starts_with(&py_out), "CPython printed {py_out:?}");
    assert!(err.starts_with(">>> >>> >>> ... ... ... >>> "), "{err}");
    assert!(err.contains("ZeroDivisionError: division by zero\n"), "{err}");
    assert!(err.contains("SyntaxError:"), "{err}");
}
