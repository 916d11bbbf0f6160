# str.join with various iterables
words = ["red", "green", "blue"]
print(", ".join(words))
print("".join(words))
print("-".join("abc"))
print(" | ".join(str(n) for n in range(5)))
print("\n".join(["line1", "line2"]))
print(repr("".join([])))
print(repr(",".join(["only"])))
print("+".join(reversed(words)))
print(":".join(sorted(words)))
print("/".join(("usr", "local", "bin")))
print("é".join(["a", "b"]))
d = {"x": 1, "y": 2}
print("&".join(f"{k}={v}" for k, v in d.items()))
try:
    ",".join([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(["a", None])
except TypeError as e:
    print("TypeError:", e)
