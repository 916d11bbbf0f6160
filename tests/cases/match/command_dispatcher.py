todo = []
done = []


def dispatch(line):
    match line.split():
        case []:
            return "empty command"
        case ["add", *words] if words:
            todo.append(" ".join(words))
            return f"added #{len(todo)}"
        case ["add"]:
            return "add what?"
        case ["done", num] if num.isdigit() and 1 <= int(num) <= len(todo):
            item = todo.pop(int(num) - 1)
            done.append(item)
            return f"completed {item!r}"
        case ["done", _]:
            return "bad task number"
        case ["list"] | ["ls"]:
            return "; ".join(f"{i}:{t}" for i, t in enumerate(todo, 1)) or "(nothing)"
        case ["list", "done"]:
            return ", ".join(done) or "(none done)"
        case ["rename", num, *words] if num.isdigit() and words:
            old = todo[int(num) - 1]
            todo[int(num) - 1] = " ".join(words)
            return f"renamed {old!r}"
        case ["clear", ("todo" | "done") as which]:
            (todo if which == "todo" else done).clear()
            return f"cleared {which}"
        case [cmd, *_]:
            return f"unknown command {cmd!r}"


script = [
    "list",
    "add buy milk",
    "add write report",
    "add",
    "add call mom",
    "ls",
    "done 2",
    "done 9",
    "done x",
    "rename 1 buy oat milk",
    "list",
    "list done",
    "",
    "fly away",
    "clear done",
    "list done",
]
for line in script:
    print(f"> {line}")
    print(dispatch(line))
