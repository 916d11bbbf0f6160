def squares(n):
    for i in range(n):
        yield i * i


print(list(squares(6)))
print(sum(squares(6)))
print(max(squares(6)), min(squares(6)))
print(sorted(squares(5), reverse=True))
print(list(zip(squares(4), "abcd")))
print(list(enumerate(squares(4))))
print(list(enumerate(squares(3), start=10)))
print(dict(zip("xyz", squares(3))))
print(any(v > 10 for v in squares(5)), all(v < 10 for v in squares(5)))
print(set(v % 3 for v in squares(10)) == {0, 1})
print(list(map(str, squares(4))))
print(list(filter(lambda v: v % 2, squares(8))))
print(" ".join(str(v) for v in squares(5)))
print(len(list(squares(100))))
print(list(reversed(list(squares(4)))))


def pairs():
    yield ("one", 1)
    yield ("two", 2)
    yield ("three", 3)


print(dict(pairs()))
a, b, c = squares(3)
print(a, b, c)
first, *rest = squares(5)
print(first, rest)
print([*squares(3), *squares(2)])
print(3 in squares(3), 4 in squares(3))
