#!/usr/bin/env python3
"""Run each benchmark program with our release binary and with python3, in the same run,
and print the time ratio (monty / cpython). Outputs must match.

Usage: python3 benches/compare.py [--runs N] [--no-build] [PROGRAM.py ...]
"""
import math
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "benches" / "programs"
MONTY = ROOT / "target" / "release" / "monty"


def best_time(cmd, runs):
    best = math.inf
    out = None
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        dt = time.perf_counter() - t0
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(map(str, cmd))} failed:\n{proc.stderr}")
        out = proc.stdout
        best = min(best, dt)
    return best, out


def main():
    args = sys.argv[1:]
    runs = 3
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i : i + 2]
    if "--no-build" in args:
        args.remove("--no-build")
    else:
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "monty"], cwd=ROOT, check=True)
    programs = [Path(a) for a in args] or sorted(PROGRAMS.glob("*.py"))
    # Start-up cost of each process, measured on an empty program and subtracted.
    empty = ROOT / "target" / "empty_bench.py"
    empty.write_text("")
    base_m, _ = best_time([MONTY, empty], runs * 2)
    base_c, _ = best_time([sys.executable, empty], runs * 2)
    print(f"process start-up: monty {base_m*1000:.1f} ms, python3 {base_c*1000:.1f} ms (subtracted)")
    print(f"{'program':<22} {'monty ms':>10} {'cpython ms':>11} {'ratio':>7}")
    ratios = []
    for p in programs:
        tm, om = best_time([MONTY, p], runs)
        tc, oc = best_time([sys.executable, p], runs)
        if om != oc:
            print(f"{p.name}: OUTPUT DIFFERS\n--- monty\n{om}\n--- cpython\n{oc}")
        m = max(tm - base_m, 1e-4)
        c = max(tc - base_c, 1e-4)
        ratio = m / c
        ratios.append(ratio)
        print(f"{p.stem:<22} {m*1000:>10.1f} {c*1000:>11.1f} {ratio:>6.2f}x")
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"{'geometric mean':<22} {'':>10} {'':>11} {geo:>6.2f}x")


if __name__ == "__main__":
    main()
