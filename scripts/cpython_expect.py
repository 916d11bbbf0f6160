#!/usr/bin/env python3
"""Record or verify the expected output of every test case with real CPython.

Each case is tests/cases/<area>/<name>.py. Next to it:
  <name>.out  CPython's stdout, byte for byte.
  <name>.err  only when the program ends with an uncaught exception: the last line of
              CPython's stderr (``Type: message``). For cases in tests/cases/tracebacks/ it
              is the whole traceback, without 3.11's caret lines (``^^^``/``~~~``) and with
              file paths shown as the bare file name.

Usage:
  scripts/cpython_expect.py            # (re)write .out/.err for every case
  scripts/cpython_expect.py --check    # verify the recorded files against python3; exit 1 on drift
  scripts/cpython_expect.py PATH...    # limit to some cases or folders
"""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "cases"


def cases(args):
    paths = [Path(a) for a in args] or [ROOT]
    for p in paths:
        if p.is_dir():
            yield from sorted(p.rglob("*.py"))
        else:
            yield p


def expected(case: Path):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    proc = subprocess.run(
        [sys.executable, "-X", "utf8", case.name],
        cwd=case.parent, capture_output=True, timeout=60, env=env,
    )
    out = proc.stdout.decode("utf-8")
    err = None
    if proc.returncode != 0:
        text = proc.stderr.decode("utf-8")
        if case.parent.name == "tracebacks":
            text = text.replace(str(case.parent.resolve()) + os.sep, "")
            kept = [l for l in text.splitlines() if l.strip(" ^~") != "" or l == ""]
            err = "\n".join(kept).strip("\n") + "\n"
        else:
            lines = [l for l in text.splitlines() if l.strip()]
            err = (lines[-1] if lines else "<no stderr>") + "\n"
    return out, err


def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    drift = 0
    total = 0
    for case in cases(args):
        total += 1
        out, err = expected(case)
        out_path, err_path = case.with_suffix(".out"), case.with_suffix(".err")
        if check:
            rec_out = out_path.read_text("utf-8") if out_path.exists() else None
            rec_err = err_path.read_text("utf-8") if err_path.exists() else None
            if rec_out != out or rec_err != err:
                drift += 1
                print(f"DRIFT {case.resolve().relative_to(ROOT)}")
        else:
            out_path.write_text(out, "utf-8")
            if err is None:
                err_path.unlink(missing_ok=True)
            else:
                err_path.write_text(err, "utf-8")
    verb = "checked" if check else "recorded"
    print(f"{verb} {total} cases with {sys.version.split()[0]}; {drift} drifted")
    sys.exit(1 if drift else 0)


if __name__ == "__main__":
    main()
