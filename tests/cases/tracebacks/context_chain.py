def risky():
    return 1 / 0

try:
    risky()
except ZeroDivisionError:
    data = {}
    print("handling")
    data["missing"]
