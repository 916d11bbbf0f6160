log = []
def risky():
    raise ValueError("original")
def middle():
    try:
        risky()
    except ValueError as e:
        log.append("middle saw " + str(e))
        raise
def top():
    try:
        middle()
    except ValueError as e:
        log.append("top caught " + str(e))
        return type(e).__name__
print("top:", top())
print("log:", log)
def cleanup_and_reraise():
    try:
        {}["k"]
    except KeyError:
        print("  cleaning up")
        raise
try:
    cleanup_and_reraise()
except KeyError as e:
    print("re-raised KeyError:", e)
def convert():
    try:
        int("nope")
    except ValueError as e:
        raise RuntimeError(f"conversion failed: {e}")
try:
    convert()
except RuntimeError as e:
    print("converted:", e)
    print("context type:", type(e.__context__).__name__)
def retry(n):
    for attempt in range(1, n + 1):
        try:
            if attempt < 3:
                raise ConnectionError(f"attempt {attempt}")
            return f"success on {attempt}"
        except ConnectionError as e:
            print("  failed:", e)
            if attempt == n:
                raise
print(retry(5))
try:
    retry(2)
except ConnectionError as e:
    print("gave up:", e)
