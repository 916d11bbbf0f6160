COMMANDS = """add Buy milk
add Write report due:fri
add Call bob
done 2
add Fix bug #42 due:mon
list
done 9
rename 1 Buy oat milk
remove 3
undo
bogus command
list
stats"""

todos = []
history = []
next_id = 1

def find(tid):
    for t in todos:
        if t["id"] == tid:
            return t
    raise KeyError(f"no todo with id {tid}")

def handle(cmd, arg):
    global next_id
    if cmd == "add":
        words = arg.split()
        due = next((w[4:] for w in words if w.startswith("due:")), None)
        text = " ".join(w for w in words if not w.startswith("due:"))
        todos.append({"id": next_id, "text": text, "due": due, "done": False})
        history.append(("add", next_id))
        next_id += 1
        return f"added #{next_id - 1}"
    if cmd == "done":
        t = find(int(arg))
        t["done"] = True
        return f"completed #{t['id']}"
    if cmd == "rename":
        tid, _, text = arg.partition(" ")
        t = find(int(tid))
        old, t["text"] = t["text"], text
        return f"renamed {old!r} -> {text!r}"
    if cmd == "remove":
        t = find(int(arg))
        todos.remove(t)
        history.append(("remove", t))
        return f"removed #{t['id']}"
    if cmd == "undo":
        kind, payload = history.pop()
        if kind == "remove":
            todos.append(payload)
            todos.sort(key=lambda t: t["id"])
            return f"restored #{payload['id']}"
        return "nothing to undo"
    if cmd == "list":
        lines = []
        for t in todos:
            mark = "x" if t["done"] else " "
            due = f" (due {t['due']})" if t["due"] else ""
            lines.append(f"  [{mark}] {t['id']}. {t['text']}{due}")
        return "\n" + "\n".join(lines)
    if cmd == "stats":
        done = sum(t["done"] for t in todos)
        return f"{done}/{len(todos)} done, {sum(1 for t in todos if t['due'])} with due dates"
    raise ValueError(f"unknown command {cmd!r}")

for line in COMMANDS.splitlines():
    cmd, _, arg = line.partition(" ")
    try:
        print(f"> {line}: {handle(cmd, arg)}")
    except (KeyError, ValueError) as e:
        print(f"> {line}: error {type(e).__name__}: {e}")
