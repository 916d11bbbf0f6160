"""Route tool calls by name and validate arguments against simple schemas."""
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List

class ToolError(Exception):
    pass

class UnknownTool(ToolError):
    pass

class ValidationError(ToolError):
    def __init__(self, tool: str, problems: List[str]):
        super().__init__(f"{tool}: " + "; ".join(problems))
        self.problems = problems

@dataclass
class Tool:
    name: str
    func: Callable[..., Any]
    schema: Dict[str, type]
    required: List[str] = field(default_factory=list)
    calls: int = 0

    def validate(self, args: Dict[str, Any]) -> None:
        problems = []
        for key in self.required:
            if key not in args:
                problems.append(f"missing '{key}'")
        for key, value in args.items():
            expected = self.schema.get(key)
            if expected is None:
                problems.append(f"unexpected '{key}'")
            elif not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
                problems.append(f"'{key}' should be {expected.__name__}, got {type(value).__name__}")
        if problems:
            raise ValidationError(self.name, problems)

    def __call__(self, **kwargs: Any) -> Any:
        self.validate(kwargs)
        self.calls += 1
        return self.func(**kwargs)

class Router:
    def __init__(self) -> None:
        self._tools: Dict[str, Tool] = {}

    def register(self, name: str, schema: Dict[str, type], required: List[str] = ()):
        def decorator(fn: Callable[..., Any]) -> Callable[..., Any]:
            self._tools[name] = Tool(name, fn, schema, list(required))
            return fn
        return decorator

    def __contains__(self, name: str) -> bool:
        return name in self._tools

    def __len__(self) -> int:
        return len(self._tools)

    def dispatch(self, call: Dict[str, Any]) -> Any:
        match call:
            case {"tool": str(name), "args": dict(args)}:
                pass
            case {"tool": str(name)}:
                args = {}
            case _:
                raise ToolError(f"malformed call: {call!r}")
        if name not in self:
            close = [t for t in self._tools if t[0] == name[0]]
            raise UnknownTool(f"no tool '{name}'" + (f" (did you mean {close[0]}?)" if close else ""))
        return self._tools[name](**args)

    def stats(self) -> Dict[str, int]:
        return {n: t.calls for n, t in sorted(self._tools.items())}

router = Router()
FILES = {"notes.txt": "alpha\nbeta\ngamma\n", "todo.md": "- write tests\n"}

@router.register("read_file", {"path": str, "max_lines": int}, required=["path"])
def read_file(path: str, max_lines: int = 10) -> str:
    if path not in FILES:
        raise ToolError(f"file not found: {path}")
    return "".join(FILES[path].splitlines(keepends=True)[:max_lines])

@router.register("add", {"a": int, "b": int}, required=["a", "b"])
def add(a: int, b: int) -> int:
    return a + b

@router.register("list_files", {})
def list_files() -> List[str]:
    return sorted(FILES)

calls = [
    {"tool": "add", "args": {"a": 2, "b": 40}},
    {"tool": "read_file", "args": {"path": "notes.txt", "max_lines": 2}},
    {"tool": "list_files"},
    {"tool": "add", "args": {"a": "2", "c": 1}},
    {"tool": "add", "args": {"a": True, "b": 1}},
    {"tool": "read_fil", "args": {"path": "x"}},
    {"tool": "read_file", "args": {"path": "missing.txt"}},
    {"name": "add"},
    {"tool": "delete_all"},
]
for i, call in enumerate(calls, 1):
    try:
        result = router.dispatch(call)
    except ValidationError as exc:
        print(f"[{i}] invalid ({len(exc.problems)} problems): {exc}")
    except ToolError as exc:
        print(f"[{i}] {type(exc).__name__}: {exc}")
    else:
        print(f"[{i}] ok -> {result!r}")
print(f"{len(router)} tools; 'add' in router: {'add' in router}")
print("call stats:", router.stats())
