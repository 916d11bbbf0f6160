class ConfigError(Exception):
    pass


def load(raw):
    try:
        return int(raw)
    except ValueError as e:
        raise ConfigError(f"bad config value {raw!r}") from e


try:
    load("abc")
except ConfigError as e:
    print("error:", e)
    print("cause type:", type(e.__cause__).__name__)
    print("cause:", e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress context:", e.__suppress_context__)

print("loaded:", load("42"))


def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ConfigError("missing key") from None


try:
    lookup({}, "x")
except ConfigError as e:
    print("error:", e)
    print("cause:", e.__cause__)
    print("context type:", type(e.__context__).__name__)
    print("suppress context:", e.__suppress_context__)

plain = ConfigError("fresh")
print(plain.__cause__, plain.__context__, plain.__suppress_context__)

try:
    raise ConfigError("outer") from ValueError("inner")
except ConfigError as e:
    print(repr(e.__cause__))
    print(e.__cause__.args)
