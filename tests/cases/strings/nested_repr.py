# str() and repr() of nested containers containing strings
data = {"name": "O'Brien", "tags": ["a\tb", 'say "x"'], "pos": (1, 2.5), "none": None,
        "flags": [True, False], "nested": {"k": ["v", ("w",)]}, "empty": [[], {}, ()]}
print(data)
print(str(data))
print(repr(data))
print(str(["x"]), repr(["x"]))
print(str(("a", 1)))
print(str("x"), repr("x"))
print([["nested", ["deeper", ["deepest"]]]])
print((1,), (), ((),))
print([None, "None", 0, "0"])
print({1: "one", "1": 1})
print([1.0, -0.0, float("inf")])
print({"é": "ü", "🙂": "日本"})
print(list("a\nb"))
print(f"{data['tags']}")
print("%s" % (data["pos"],))
