log = []

def process(value):
    log.append(f"start {value!r}")
    try:
        n = int(value)
        if n < 0:
            raise ValueError(f"negative: {n}")
        result = 100 // n
    except ValueError as e:
        log.append(f"  value error: {e}")
        return "bad"
    except ZeroDivisionError:
        log.append("  division by zero")
        return "zero"
    else:
        log.append(f"  computed {result}")
        return result
    finally:
        log.append(f"  finally for {value!r}")

for v in ["5", "abc", "0", "-3", "7", "  25 "]:
    r = process(v)
    print(f"process({v!r}) -> {r!r}")
print("\n".join(log))

def finally_overrides():
    try:
        return "try"
    finally:
        print("finally runs before return completes")

print(finally_overrides())

def nested(x):
    try:
        try:
            if x == 1:
                raise KeyError("inner-key")
            if x == 2:
                raise TypeError("inner-type")
            return "no error"
        except KeyError as e:
            print("  inner caught KeyError", e)
            raise ValueError("converted") from e
        finally:
            print("  inner finally", x)
    except ValueError as e:
        print("  outer caught", repr(e), "cause:", repr(e.__cause__))
        return "handled"
    except Exception as e:
        print("  outer generic", type(e).__name__, e)
        return "generic"

for x in (0, 1, 2):
    print("nested", x, "->", nested(x))

count = 0
for i in range(5):
    try:
        if i % 2:
            continue
        count += 10
        if i == 4:
            break
    finally:
        count += 1
        print("loop finally", i, count)
print("count", count)
