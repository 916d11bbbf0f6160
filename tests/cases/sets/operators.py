a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print("a | b:", a | b)
print("a & b:", a & b)
print("a - b:", a - b)
print("b - a:", b - a)
print("a ^ b:", a ^ b)
print("a, b unchanged:", a, b)
c = a.copy()
c |= {9}
print("|=:", c)
c &= {1, 2, 9, 10}
print("&=:", c)
c -= {1}
print("-=:", c)
c ^= {2, 3}
print("^=:", c)
print("three-way union:", {1} | {2} | {3})
print("empty intersection:", {1, 2} & {3})
try:
    {1} | [2]
except TypeError as e:
    print("set | list:", type(e).__name__, e)
alias = a
a |= {100}
print("|= mutates alias:", sorted(alias))
a = a | {200}
print("| rebinds, alias:", sorted(alias), "a:", sorted(a))
