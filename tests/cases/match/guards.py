def sign(n):
    match n:
        case x if x > 0:
            return "positive"
        case x if x < 0:
            return "negative"
        case _:
            return "zero"


for n in [5, -3, 0]:
    print(n, sign(n))


def grade(score):
    match score:
        case s if not isinstance(s, int):
            return "invalid"
        case s if s >= 90:
            return "A"
        case s if s >= 80:
            return "B"
        case s if s >= 70:
            return "C"
        case _:
            return "F"


for s in [95, 85, 72, 40, "x"]:
    print(s, grade(s))

calls = []


def check(tag, result):
    calls.append(tag)
    return result


match [1, 2]:
    case [a, b] if check("first guard", a > b):
        print("first")
    case [a, b] if check("second guard", a < b):
        print("second, a =", a, "b =", b)
    case _ if check("never evaluated", True):
        print("third")
print(calls)

match (3, 3):
    case (x, y) if x == y:
        print("equal pair", x)

x = "unchanged"
match 10:
    case x if x > 100:
        print("big")
    case _:
        print("guard failed but x is now", x)
