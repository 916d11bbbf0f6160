def move(state, action):
    match (state, action):
        case ("idle", "start"):
            return "running"
        case ("running", "pause"):
            return "paused"
        case ("paused", "resume"):
            return "running"
        case ("running" | "paused", "stop"):
            return "idle"
        case (s, "reset"):
            return "idle"
        case (s, a):
            print(f"  ignored {a!r} in state {s!r}")
            return s


state = "idle"
for action in ["pause", "start", "pause", "resume", "stop", "start", "reset", "jump"]:
    state = move(state, action)
    print(action, "->", state)


def fizz(n):
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(n)


print(" ".join(fizz(n) for n in range(1, 16)))


def compare(a, b):
    match (a > b, a < b):
        case (True, _):
            return "greater"
        case (_, True):
            return "less"
    return "equal"


print(compare(3, 1), compare(1, 3), compare(2, 2))
