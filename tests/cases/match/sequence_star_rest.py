def split(seq):
    match seq:
        case []:
            return "empty"
        case [only]:
            return f"single {only}"
        case [first, *rest]:
            return f"first={first} rest={rest}"


for s in [[], [1], [1, 2], [1, 2, 3, 4], (9, 8, 7)]:
    print(s, "->", split(s))


def ends(seq):
    match seq:
        case [first, *_, last]:
            return (first, last)
        case _:
            return None


print(ends([1, 2, 3, 4, 5]))
print(ends([1, 2]))
print(ends([1]))


def middle(seq):
    match seq:
        case [a, b, *mid, y, z]:
            return a, b, mid, y, z
    return "short"


print(middle(list(range(7))))
print(middle([1, 2, 3, 4]))
print(middle([1, 2, 3]))

match ["cmd", "a", "b", "c"]:
    case ["cmd", *args]:
        print("args:", args, type(args).__name__)

match (1, 2, 3):
    case (*init, tail):
        print("init", init, "tail", tail)

match "go north".split():
    case ["go", direction]:
        print("going", direction)
    case ["go", *_]:
        print("go where?")
