# traceback.format_exc / format_exception / print_exc. CPython's `^~~` marker lines change from
# version to version, so they are dropped before printing.
import re
import traceback


def without_markers(text):
    # File paths are shown as bare names (CPython shows the script's absolute path).
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    return "\n".join(line for line in text.splitlines() if not set(line.strip()) <= set("^~"))


def lookup(d):
    return d["missing"]


class ConfigError(Exception):
    pass


def load():
    try:
        lookup({})
    except KeyError as e:
        raise ConfigError("bad config") from e


try:
    1 / 0
except ZeroDivisionError:
    print(without_markers(traceback.format_exc()))
try:
    load()
except ConfigError as e:
    print(without_markers("".join(traceback.format_exception(e))))
    print(traceback.format_exception_only(e), traceback.format_exception_only(ValueError("x")))
try:
    try:
        [][3]
    except IndexError:
        {}["k"]
except KeyError:
    text = traceback.format_exc()
    print(without_markers(text), text.count("During handling"))
    traceback.print_exc()
print(repr(traceback.format_exc()))
try:
    int("x")
except ValueError as e:
    print(without_markers("".join(traceback.format_exception(type(e), e, e.__traceback__))))
    print("".join(traceback.format_exception(e, limit=0)))
