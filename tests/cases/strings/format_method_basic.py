# str.format basic field handling in string-method context
print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "-"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} and {0[1]}".format(["x", "y"]))
print("{d[key]}".format(d={"key": "val"}))
print("{{literal}} {}".format("x"))
print("{!r}".format("quote'd"))
print("{:>6}|{:<6}|{:^6}".format("a", "b", "c"))
parts = ["{}={}".format(k, v) for k, v in [("a", 1), ("b", 2)]]
print(", ".join(parts))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
