def process(items):
    results = []
    for item in items:
        try:
            try:
                value = int(item)
            except ValueError:
                print(f"  {item!r}: not int, trying float")
                value = float(item)
            results.append(100 // value)
        except ValueError:
            print(f"  {item!r}: not a number at all")
        except ZeroDivisionError:
            print(f"  {item!r}: zero")
        except TypeError as e:
            print(f"  {item!r}: type error {e}")
        finally:
            print(f"  done with {item!r}")
    return results
print(process(["5", "2.5", "abc", "0", None, "7"]))
def deep(n):
    try:
        if n == 0:
            raise KeyError("bottom")
        deep(n - 1)
    finally:
        print("  unwinding", n)
try:
    deep(3)
except KeyError as e:
    print("caught at top:", e)
def inner_handles():
    try:
        try:
            raise IndexError("inner")
        except IndexError:
            print("  inner handled")
        print("  continuing after inner")
        raise KeyError("outer")
    except KeyError as e:
        print("  outer handled", e)
inner_handles()
