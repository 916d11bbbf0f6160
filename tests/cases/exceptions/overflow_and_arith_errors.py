try:
    x = 10.0 ** 400
except OverflowError as e:
    print("float pow:", type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("int to float:", type(e).__name__, e)
try:
    1e308 * 10
    print("float mult gives inf, no error:", 1e308 * 10)
except OverflowError:
    print("unexpected")
print("big int fine:", len(str(2 ** 1000)))
try:
    10 ** 400 / 1
except OverflowError as e:
    print("big int true div:", type(e).__name__, e)
print("big int floor div ok:", 10 ** 400 // 10 ** 399)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("divmod:", type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("zero neg pow:", type(e).__name__)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("float mod:", type(e).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print("round inf:", type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print("int nan:", type(e).__name__, e)
print("ArithmeticError catches all of these:", all(issubclass(c, ArithmeticError) for c in (OverflowError, ZeroDivisionError)))
