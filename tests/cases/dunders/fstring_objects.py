class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __str__(self):
        return f"{self.deg}C"

    def __repr__(self):
        return f"Temp({self.deg})"

t = Temp(21)
print(f"{t}")
print(f"now: {t}!")
print(f"{t!r}")
print(f"{t!s:>8}|")
print(f"{t!r:<10}|")
print(f"{[t, Temp(5)]}")
print(f"{t}" == str(t))
print(format(t))
print(format(t, ""))
print("{}".format(t))
print("{0} and {0!r}".format(t))
print("%s / %r" % (t, t))
print(f"{str(t):*^9}")
try:
    print(f"{t:>8}")
except TypeError as e:
    print("TypeError:", e)
items = {"kitchen": Temp(19), "attic": Temp(30)}
for room in sorted(items):
    print(f"{room:<8}{items[room]}")
print(f"{items}")
print(f"{len(str(t))} chars")
print(f"{t.deg + 1}")
print(str(t) * 2)
