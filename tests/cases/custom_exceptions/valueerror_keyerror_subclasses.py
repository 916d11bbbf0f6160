class ParseError(ValueError):
    def __init__(self, text, pos):
        super().__init__(f"cannot parse {text!r} at position {pos}")
        self.text = text
        self.pos = pos


class MissingSetting(KeyError):
    pass


class UnknownUnit(LookupError):
    def __init__(self, unit):
        super().__init__(unit)
        self.unit = unit


def parse_int(text):
    for i, ch in enumerate(text):
        if not ch.isdigit():
            raise ParseError(text, i)
    return int(text)


for t in ["123", "12a4", "x"]:
    try:
        print("parsed", parse_int(t))
    except ValueError as e:
        print("ValueError caught:", e, "| pos", e.pos)

settings = {"host": "localhost"}
def get(name):
    if name not in settings:
        raise MissingSetting(name)
    return settings[name]

for n in ["host", "port"]:
    try:
        print(n, "=", get(n))
    except KeyError as e:
        print("KeyError caught:", str(e), repr(e), e.args)

try:
    raise MissingSetting("port")
except LookupError as e:
    print("as LookupError:", type(e).__name__, e)

units = {"m": 1, "km": 1000}
for u in ["km", "mi"]:
    try:
        if u not in units:
            raise UnknownUnit(u)
        print(u, units[u])
    except LookupError as e:
        print("unknown unit:", e.unit, "| str:", str(e))
print(issubclass(MissingSetting, LookupError), issubclass(ParseError, LookupError))
