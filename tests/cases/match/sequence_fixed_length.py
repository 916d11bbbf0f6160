def point(p):
    match p:
        case []:
            return "empty"
        case [x]:
            return f"1D at {x}"
        case [0, 0]:
            return "origin"
        case [x, 0]:
            return f"on x-axis at {x}"
        case [0, y]:
            return f"on y-axis at {y}"
        case [x, y]:
            return f"point ({x}, {y})"
        case [x, y, z]:
            return f"3D ({x}, {y}, {z})"
        case _:
            return "too many dims"


for p in [[], [7], [0, 0], [3, 0], (0, 4), (1, 2), [1, 2, 3], [1, 2, 3, 4]]:
    print(p, "->", point(p))

for thing in ["ab", b"ab", {"a": 1, "b": 2}, range(2)]:
    match thing:
        case [a, b]:
            print(type(thing).__name__, "matched sequence", a, b)
        case _:
            print(type(thing).__name__, "is not a sequence pattern match")

match (1, (2, 3)):
    case (a, (b, c)):
        print("nested tuple", a, b, c)

match [1, [2, [3, 4]]]:
    case [_, [_, [_, last]]]:
        print("deep last", last)
