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
    assert_eq!(monty(&[]).0, 2);
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
