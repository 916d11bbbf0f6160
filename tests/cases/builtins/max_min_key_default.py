# max/min with key=, default=, multiple args and errors
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(max(words), min(words))
print(max(words, key=len), min(words, key=len))
print(max(3, 9, 2), min(3, 9, 2))
print(max([], default="empty"), min([], default=None))
print(max([5], default=0))
print(max(-3, 2, -5, key=abs), min(-3, 2, -5, key=abs))
print(max("hello"), min("hello"))
print(max([(1, "b"), (1, "a"), (0, "z")]))
people = [("ann", 31), ("bob", 25), ("cy", 31)]
print(max(people, key=lambda p: p[1]))
print(min(people, key=lambda p: p[1]))
print(max({"a": 3, "b": 7}, key={"a": 3, "b": 7}.get))
print(max(range(10), key=lambda x: (x % 3, -x)))
print(max(1, 2.5), min(True, 0.5))
for call in [lambda: max([]), lambda: min(())]:
    try:
        print(call())
    except ValueError as e:
        print("empty ->", type(e).__name__)
for call in [lambda: max(5), lambda: max(1, "a"),
             lambda: max(1, 2, default=0), lambda: min()]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
