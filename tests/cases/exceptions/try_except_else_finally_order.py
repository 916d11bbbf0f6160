def run(x):
    print(f"run({x!r})")
    try:
        print("  try start")
        result = 10 / x
        print("  try end, result", result)
    except ZeroDivisionError as e:
        print("  except ZeroDivisionError:", e)
        result = None
    except TypeError as e:
        print("  except TypeError:", e)
        result = "bad"
    else:
        print("  else (no exception)")
    finally:
        print("  finally")
    print("  after, result =", result)
    return result
run(2)
run(0)
run("a")
def nested():
    try:
        try:
            print("inner try")
            raise ValueError("inner problem")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught:", e)
    else:
        print("outer else not run")
    finally:
        print("outer finally")
nested()
