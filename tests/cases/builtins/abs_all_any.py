# abs, all, any on a variety of inputs
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-(2 ** 80)))
print(all([]), any([]))
print(all([1, 2, 3]), all([1, 0, 3]))
print(any([0, "", None]), any([0, "x"]))
print(all("abc"), any(""))
print(all(x > 0 for x in [1, 2, -1]))
print(any(x > 2 for x in [1, 2, 3]))
print(all([[]]), all([[0]]), any([[]]))
print(all(range(1, 5)), all(range(0, 5)))
checked = []
def check(x):
    checked.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5, 7]))
print("checked:", checked)
checked.clear()
print(all(check(x) for x in [3, 4, 1, 8]))
print("checked:", checked)
try:
    all(5)
except TypeError as e:
    print("TypeError:", e)
try:
    abs(None)
except TypeError as e:
    print("TypeError:", e)
