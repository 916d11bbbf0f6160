//! The `monty` command built for wasm32-wasip2 is a WASI command component: run here the way
//! `wasmtime run --dir . monty.wasm script.py` runs it.

use monty_component_host::{HostState, cli_component_path};
use wasmtime::component::{Component, Linker};
use wasmtime::{Engine, Store};
use wasmtime_wasi::p2::bindings::sync::Command;
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{FsPerms, I32Exit, WasiCtx};

struct Ran {
    status: i32,
    stdout: String,
    stderr: String,
}

fn run_cli(args: &[&str], dir: &std::path::Path) -> Ran {
    let engine = Engine::default();
    let component = Component::from_file(&engine, cli_component_path()).expect("build it with ./build.sh component");
    let mut linker = Linker::new(&engine);
    wasmtime_wasi::p2::add_to_linker_sync(&mut linker).unwrap();
    let (stdout, stderr) = (MemoryOutputPipe::new(1 << 20), MemoryOutputPipe::new(1 << 20));
    let wasi = WasiCtx::builder()
        .args(&std::iter::once("monty").chain(args.iter().copied()).collect::<Vec<_>>())
        .stdout(stdout.clone())
        .stderr(stderr.clone())
        .preopened_dir(dir, ".", FsPerms::ReadOnly)
        .unwrap()
        .build();
    let mut store = Store::new(&engine, HostState::with(wasi));
    let command = Command::instantiate(&mut store, &component, &linker).unwrap();
    let status = match command.wasi_cli_run().call_run(&mut store) {
        Ok(Ok(())) => 0,
        Ok(Err(())) => 1,
        Err(trap) => trap.downcast_ref::<I32Exit>().map(|e| e.0).unwrap_or_else(|| panic!("trap: {trap:?}")),
    };
    let text = |pipe: MemoryOutputPipe| String::from_utf8(pipe.contents().to_vec()).unwrap();
    Ran { status, stdout: text(stdout), stderr: text(stderr) }
}

fn scratch_dir(files: &[(&str, &str)]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("monty-cli-{}-{}", std::process::id(), files.len()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    dir
}

#[test]
fn runs_a_script_from_a_preopened_directory() {
    let script =
        "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint([fib(i) for i in range(10)])\n";
    let dir = scratch_dir(&[("script.py", script)]);
    let ran = run_cli(&["script.py"], &dir);
    assert_eq!((ran.status, ran.stdout.as_str(), ran.stderr.as_str()), (0, "[0, 1, 1, 2, 3, 5, 8, 13, 21, 34]\n", ""));
}

#[test]
fn reports_exceptions_and_limits_with_python_text_and_exit_status() {
    let dir = scratch_dir(&[
        ("bad.py", "print('before')\nraise ValueError('bad input')\n"),
        ("loop.py", "while True:\n    pass\n"),
    ]);
    let ran = run_cli(&["bad.py"], &dir);
    assert_eq!(ran.status, 1);
    assert_eq!(ran.stdout, "before\n");
    assert_eq!(
        ran.stderr,
        // CPython's traceback for this script (python3 names the file by its absolute path).
        "Traceback (most recent call last):\n  File \"bad.py\", line 2, in <module>\n    raise ValueError('bad input')\nValueError: bad input\n"
    );
    // WASI p2's exit carries only success or failure: the native CLI's statuses 2 (usage) and
    // 3 (limit) are 1 here; stderr says which.
    let ran = run_cli(&["--max-duration", "0.05", "loop.py"], &dir);
    assert_eq!(ran.status, 1);
    assert!(ran.stderr.starts_with("monty: time limit exceeded"), "{}", ran.stderr);
    let ran = run_cli(&["missing.py"], &dir);
    assert_eq!(ran.status, 1);
    assert!(ran.stderr.contains("can't open file 'missing.py'"), "{}", ran.stderr);
}
