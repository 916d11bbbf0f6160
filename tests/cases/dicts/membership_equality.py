d = {"a": 1, "b": None, 0: "zero"}
print("'a' in d:", "a" in d)
print("1 in d (values not checked):", 1 in d)
print("'b' in d with None value:", "b" in d)
print("get b:", d.get("b"), "get b default:", d.get("b", "dflt"))
print("0 in d:", 0 in d, "False in d:", False in d, "0.0 in d:", 0.0 in d)
print("'z' not in d:", "z" not in d)
print("eq same:", {"x": 1} == {"x": 1})
print("eq diff val:", {"x": 1} == {"x": 2})
print("eq int/float val:", {"x": 1} == {"x": 1.0})
print("ne:", {"x": 1} != {"y": 1})
print("eq nested:", {"k": [1, {"z": 2}]} == {"k": [1, {"z": 2}]})
print("bool empty:", bool({}), "bool nonempty:", bool({0: 0}))
try:
    print({"a": 1} < {"b": 2})
except TypeError as e:
    print("order compare:", type(e).__name__, e)
print("dict == items list:", {"a": 1} == [("a", 1)])
print("len after overwrite:", len({**{"a": 1}, **{"a": 2}}))
