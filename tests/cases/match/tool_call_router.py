class ToolCall:
    __match_args__ = ("name", "args")

    def __init__(self, name, args):
        self.name = name
        self.args = args


files = {"notes.txt": "alpha\nbeta\n", "todo.md": "- one\n"}
stats = {"ok": 0, "error": 0}


def execute(call):
    match call:
        case ToolCall("read_file", {"path": str(path)}) if path in files:
            return f"{len(files[path])} chars from {path}"
        case ToolCall("read_file", {"path": path}):
            raise FileNotFoundError(path)
        case ToolCall("write_file", {"path": str(path), "content": str(text)}):
            files[path] = text
            return f"wrote {path}"
        case ToolCall("list_files", {}):
            return ", ".join(sorted(files))
        case ToolCall("search", {"query": str(q), "limit": int(n)}):
            hits = [p for p in sorted(files) if q in files[p]][:n]
            return f"up to {n} hits for {q!r}: {hits}"
        case ToolCall("search", {"query": str(q)}):
            hits = [p for p in sorted(files) if q in files[p]][:1]
            return f"top hit for {q!r}: {hits}"
        case ToolCall(name, _):
            raise NotImplementedError(name)


calls = [
    ToolCall("list_files", {}),
    ToolCall("read_file", {"path": "notes.txt"}),
    ToolCall("read_file", {"path": "missing.txt"}),
    ToolCall("write_file", {"path": "new.txt", "content": "beta gamma"}),
    ToolCall("search", {"query": "beta"}),
    ToolCall("search", {"query": "one", "limit": 5}),
    ToolCall("delete_file", {"path": "todo.md"}),
    ToolCall("list_files", {"verbose": True}),
]
for call in calls:
    try:
        result = execute(call)
        stats["ok"] += 1
        print(f"{call.name}: {result}")
    except (FileNotFoundError, NotImplementedError) as e:
        stats["error"] += 1
        print(f"{call.name}: {type(e).__name__} {e}")
print(stats)
