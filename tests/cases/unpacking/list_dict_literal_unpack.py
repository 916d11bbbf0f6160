a = [1, 2]
b = (3, 4)
c = "xy"
print("[*a, *b]:", [*a, *b])
print("[*a, 0, *c]:", [*a, 0, *c])
print("(*a, *b):", (*a, *b))
print("{*a, *b}:", {*a, *b})
print("[*range(3), *{}]:", [*range(3), *{}])
print("[*{'k': 1, 'j': 2}]:", [*{"k": 1, "j": 2}])
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print("{**d1, **d2}:", {**d1, **d2})
print("{**d2, **d1}:", {**d2, **d1})
print("{**d1, 'b': 0}:", {**d1, "b": 0})
print("{'b': 0, **d1}:", {"b": 0, **d1})
print("{**{}}:", {**{}})
print("nested:", [*[*a, *b], *[[5]]])
merged = {**d1, **dict(z=26)}
print("with dict():", merged)
print("d1 unchanged:", d1)
first, *_ = [*c, *a]
print("first of combined:", first)
try:
    [*5]
except TypeError as e:
    print("star int:", type(e).__name__, e)
try:
    {**[1, 2]}
except TypeError as e:
    print("dstar list:", type(e).__name__, e)
