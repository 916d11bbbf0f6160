TRANSITIONS = {
    ("idle", "coin"): "ready",
    ("idle", "push"): "idle",
    ("ready", "coin"): "ready",
    ("ready", "push"): "idle",
    ("ready", "service"): "maintenance",
    ("idle", "service"): "maintenance",
    ("maintenance", "done"): "idle",
}

def run(events, state="idle"):
    trail = [state]
    coins = 0
    passes = 0
    for ev in events:
        key = (state, ev)
        if key not in TRANSITIONS:
            print(f"  ignored {ev!r} in state {state!r}")
            continue
        new = TRANSITIONS[key]
        if ev == "coin":
            coins += 1
        if state == "ready" and ev == "push":
            passes += 1
        state = new
        trail.append(state)
    return state, trail, coins, passes

for events in [["coin", "push", "push", "coin", "coin", "push"],
               ["push", "service", "coin", "done", "coin", "push"],
               ["done", "coin", "service", "push", "done"]]:
    final, trail, coins, passes = run(events)
    print(f"events {events}")
    print(f"  final={final} coins={coins} passes={passes}")
    print("  trail:", " -> ".join(trail))

def tokenize_csv_line(line):
    fields, buf, state = [], [], "start"
    for ch in line:
        if state in ("start", "unquoted"):
            if ch == ",":
                fields.append("".join(buf)); buf = []; state = "start"
            elif ch == '"' and state == "start":
                state = "quoted"
            else:
                buf.append(ch); state = "unquoted"
        elif state == "quoted":
            if ch == '"':
                state = "quote_in_quoted"
            else:
                buf.append(ch)
        elif state == "quote_in_quoted":
            if ch == '"':
                buf.append('"'); state = "quoted"
            elif ch == ",":
                fields.append("".join(buf)); buf = []; state = "start"
            else:
                raise ValueError(f"unexpected {ch!r} after closing quote")
    if state == "quoted":
        raise ValueError("unterminated quote")
    fields.append("".join(buf))
    return fields

for line in ['a,b,c', '"hello, world",2,3', 'x,"say ""hi""",', ',,', '"open', '"a"b,c']:
    try:
        print(repr(line), "->", tokenize_csv_line(line))
    except ValueError as e:
        print(repr(line), "-> error:", e)
