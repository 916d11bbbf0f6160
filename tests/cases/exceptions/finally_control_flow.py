def ret_in_try():
    try:
        print("  try returns")
        return "from try"
    finally:
        print("  finally still runs")
print("result:", ret_in_try())
def finally_overrides():
    try:
        return "try value"
    finally:
        return "finally value"
print("override:", finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print("swallow:", finally_swallows())
for i in range(4):
    try:
        if i == 1:
            print("  continue at", i)
            continue
        if i == 3:
            print("  break at", i)
            break
        print("  body", i)
    finally:
        print("  finally", i)
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("  n in finally:", n)
print("returned before finally change:", counter())
def loop_finally():
    out = []
    while True:
        try:
            out.append("work")
            if len(out) >= 3:
                return out
        finally:
            out.append("fin")
print("loop_finally:", loop_finally())
