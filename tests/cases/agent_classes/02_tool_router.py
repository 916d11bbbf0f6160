from typing import Any, Callable, Dict, List, Optional
from dataclasses import dataclass, field


class ToolError(Exception):
    pass


class UnknownTool(ToolError):
    def __init__(self, name):
        super().__init__(f"unknown tool: {name}")
        self.name = name


class BadArguments(ToolError):
    pass


@dataclass
class ToolCall:
    name: str
    args: Dict[str, Any] = field(default_factory=dict)
    call_id: int = 0


class Registry:
    def __init__(self):
        self.tools: Dict[str, Callable[..., Any]] = {}
        self.calls = 0

    def register(self, name: Optional[str] = None):
        def deco(fn):
            key = name or fn.__name__
            self.tools[key] = fn
            return fn
        return deco

    def __call__(self, call: ToolCall) -> Any:
        self.calls += 1
        fn = self.tools.get(call.name)
        if fn is None:
            raise UnknownTool(call.name)
        try:
            return fn(**call.args)
        except TypeError as e:
            raise BadArguments(f"{call.name}: bad args {sorted(call.args)}") from e


registry = Registry()


@registry.register()
def add(a: int, b: int) -> int:
    return a + b


@registry.register("search")
def search_docs(query: str, limit: int = 3) -> List[str]:
    docs = ["alpha guide", "beta notes", "alpha faq", "gamma alpha ref", "delta"]
    return [d for d in docs if query in d][:limit]


@registry.register()
def weather(city: str) -> Dict[str, Any]:
    table = {"paris": 18, "oslo": 4, "cairo": 31}
    return {"city": city, "temp": table.get(city.lower(), None)}


def describe(result: Any) -> str:
    match result:
        case int() | float() as n:
            return f"number {n}"
        case []:
            return "empty list"
        case [first, *rest]:
            return f"list starting with {first!r} (+{len(rest)} more)"
        case {"city": c, "temp": None}:
            return f"no data for {c}"
        case {"city": c, "temp": t} if t > 25:
            return f"hot in {c}: {t}C"
        case {"city": c, "temp": t}:
            return f"{c}: {t}C"
        case _:
            return "something else"


calls = [
    ToolCall("add", {"a": 2, "b": 40}, 1),
    ToolCall("search", {"query": "alpha"}, 2),
    ToolCall("search", {"query": "zzz"}, 3),
    ToolCall("weather", {"city": "Cairo"}, 4),
    ToolCall("weather", {"city": "Oslo"}, 5),
    ToolCall("weather", {"city": "Lima"}, 6),
    ToolCall("add", {"a": 1}, 7),
    ToolCall("translate", {"text": "hi"}, 8),
    ToolCall("search", {"query": "a", "limit": 10}, 9),
]

results = {}
for call in calls:
    try:
        out = registry(call)
        results[call.call_id] = out
        print(f"#{call.call_id} {call.name}: {describe(out)}")
    except UnknownTool as e:
        print(f"#{call.call_id} error: {e} (name={e.name})")
    except BadArguments as e:
        cause = type(e.__cause__).__name__
        print(f"#{call.call_id} bad args: {e} caused by {cause}")

print("total calls:", registry.calls)
print("successful ids:", sorted(results))
print("tools:", sorted(registry.tools))
