a = b = c = 0
print("chained:", a, b, c)
x = y = []
x.append(1)
print("chained share list:", y)
p, q = r = (1, 2)
print("mixed chain:", p, q, r)
i = 0
i += 1
i *= 10
i -= 3
i //= 2
i **= 2
i %= 7
print("augmented int:", i)
s = "ab"
s += "cd"
s *= 2
print("augmented str:", s)
f = 1.5
f /= 2
print("augmented float:", f)
n = 0b1010
n |= 0b0101
print("or:", n)
n &= 0b0110
print("and:", n)
n ^= 0b1111
print("xor:", n)
n <<= 3
print("shl:", n)
n >>= 2
print("shr:", n)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 5
print("item aug:", lst)
d = {"k": 1}
d["k"] += 1
print("dict aug:", d)
