def label(x):
    result = "default"
    match x:
        case 1:
            result = "one"
        case "a":
            result = "letter a"
    return result


for v in [1, "a", 2, None]:
    print(repr(v), label(v))

count = 0
for v in range(6):
    match v:
        case 0 | 2 | 4:
            count += 1
print("even hits", count)

matched = False
match [1, 2, 3]:
    case [_, _]:
        matched = True
    case {"k": _}:
        matched = True
print("matched:", matched)

match "text":
    case str(x) if x.startswith("z"):
        print("z-word")
print("after unmatched match statement")

try:
    y
except NameError:
    print("y never bound because no case ran")

match 5:
    case 1:
        print("no")
    case y if y > 10:
        print("no")
print("y bound by failed guard capture?", "y" in globals())
