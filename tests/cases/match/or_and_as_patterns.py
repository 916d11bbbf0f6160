def weekday_kind(day):
    match day.lower():
        case "sat" | "sun":
            return "weekend"
        case "mon" | "tue" | "wed" | "thu" | "fri":
            return "weekday"
        case _:
            return "invalid"


for d in ["Mon", "sat", "SUN", "fri", "xyz"]:
    print(d, weekday_kind(d))


def shape(v):
    match v:
        case [x, y] | (x, y, 0):
            return f"2D-ish {x},{y}"
        case [1 | 2 as first, *rest]:
            return f"starts with small {first}, rest {rest}"
        case (int() | float()) as number:
            return f"number {number}"
        case [(0 | 1) as bit, *_] as whole:
            return f"bit {bit} in {whole}"
    return "no match"


for v in [[3, 4], (5, 6, 0), (5, 6, 1), [2, 9, 9], 7, 1.5, [0, 5, 5], [8, 8, 8]]:
    print(v, "->", shape(v))

match {"user": {"name": "kim", "id": 7}}:
    case {"user": {"name": str() as name} as user}:
        print("name", name, "user keys", sorted(user))

match (1, 2):
    case ((1 | 2) as a, (1 | 2) as b) as pair:
        print("a", a, "b", b, "pair", pair)
