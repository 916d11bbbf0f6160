COMMANDS = {}

def command(name, *, help=""):
    def register(fn):
        COMMANDS[name] = {"fn": fn, "help": help}
        return fn
    return register

@command("add", help="add numbers")
def cmd_add(*nums):
    return sum(float(n) for n in nums)

@command("upper", help="uppercase words")
def cmd_upper(*words):
    return " ".join(words).upper()

@command("repeat", help="repeat text N times")
def cmd_repeat(text, times="2"):
    return "-".join([text] * int(times))

@command("stats")
def cmd_stats(*nums):
    vals = [float(n) for n in nums]
    if not vals:
        raise ValueError("stats needs at least one number")
    mean = sum(vals) / len(vals)
    return {"n": len(vals), "min": min(vals), "max": max(vals), "mean": round(mean, 3)}

def dispatch(line):
    parts = line.split()
    if not parts:
        return "empty command"
    name, args = parts[0], parts[1:]
    entry = COMMANDS.get(name)
    if entry is None:
        close = [c for c in COMMANDS if c[0] == name[0]]
        return f"unknown command {name!r}" + (f"; did you mean {close[0]!r}?" if close else "")
    try:
        return entry["fn"](*args)
    except (ValueError, TypeError) as e:
        return f"{name} failed: {type(e).__name__}: {e}"

print("available:")
for name in sorted(COMMANDS):
    print(f"  {name:<8} {COMMANDS[name]['help'] or '(no help)'}")
script = ["add 1 2 3.5", "upper hello there", "repeat ab 3", "repeat xy", "stats 4 8 15 16 23 42",
          "stats", "add 1 two", "repeat a b c d", "uplift now", "zap", ""]
for line in script:
    print(f"> {line}")
    print("  ", dispatch(line))
print(cmd_add("10", "5"), COMMANDS["add"]["fn"] is cmd_add)
