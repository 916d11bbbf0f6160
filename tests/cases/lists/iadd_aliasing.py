a = [1, 2]
b = a
b += [3]
print("a after b += [3]:", a)
print("a is b:", a is b)

b = b + [4]
print("a after b = b + [4]:", a)
print("b:", b)
print("a is b:", a is b)

c = [0]
c += "xy"
print("+= string:", c)
c += (1, 2)
print("+= tuple:", c)
c += range(2)
print("+= range:", c)

def add_item(lst, item):
    lst += [item]
    return lst

orig = [1]
res = add_item(orig, 2)
print("orig after func +=:", orig, "res is orig:", res is orig)

def add_item2(lst, item):
    lst = lst + [item]
    return lst

orig2 = [1]
res2 = add_item2(orig2, 2)
print("orig2 after func +:", orig2, "res2:", res2)

t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("tuple item +=:", type(e).__name__, e)
print("but list mutated:", t)

x = 5
y = x
y += 1
print("ints not aliased:", x, y)
