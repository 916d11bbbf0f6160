"""Run a playground example in real CPython, for the expected output of the browser test.

Reads JSON {"code": ..., "host": ...} on stdin: `host` is Python that defines the same host
functions as the example's JavaScript. Prints JSON {"stdout": ..., "result": repr of the last
expression statement or null, "error": last line of the traceback or null}. Top-level `await` is
allowed, as in the playground.
"""

import ast
import asyncio
import contextlib
import io
import json
import sys
import traceback


def main():
    job = json.load(sys.stdin)
    tree = ast.parse(job["code"], "main.py")
    # The value of a trailing expression statement is the run's result.
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body[-1]
        tree.body[-1] = ast.copy_location(
            ast.Assign(targets=[ast.Name("__result__", ast.Store())], value=last.value), last
        )
        ast.fix_missing_locations(tree)
    code = compile(tree, "main.py", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    scope = {"__name__": "__main__"}
    exec(job["host"], scope)
    out = io.StringIO()
    error = None
    with contextlib.redirect_stdout(out):
        try:
            maybe = eval(code, scope)
            if asyncio.iscoroutine(maybe):
                asyncio.run(maybe)
        except Exception:
            error = traceback.format_exc().strip().splitlines()[-1]
    result = repr(scope["__result__"]) if "__result__" in scope else None
    json.dump({"stdout": out.getvalue(), "result": result, "error": error}, sys.stdout)


main()
