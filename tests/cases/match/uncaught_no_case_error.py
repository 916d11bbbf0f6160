class UnknownCommand(Exception):
    pass


def run(cmd):
    match cmd.split():
        case ["echo", *words]:
            return " ".join(words)
        case ["sum", *nums]:
            return str(sum(int(n) for n in nums))
        case ["upper", word]:
            return word.upper()
        case ["rev", word]:
            return word[::-1]
        case _:
            raise UnknownCommand(f"cannot run {cmd!r}")


commands = ["echo hi there", "sum 1 2 3 4", "upper shout", "rev stressed", "sum", "launch rocket", "echo never"]
for c in commands:
    print(c, "=>", run(c))
