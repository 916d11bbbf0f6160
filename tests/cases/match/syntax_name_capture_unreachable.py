def route(cmd):
    match cmd:
        case "go":
            return 1
        case other:
            return 2
        case "stop":
            return 3

print(route("go"))
