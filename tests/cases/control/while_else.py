n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("while finished normally, n =", n)

def find(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            print("  found at", i)
            break
        i += 1
    else:
        print("  not found")
        return -1
    return i

print("find 3:", find([1, 2, 3, 4], 3))
print("find 9:", find([1, 2, 3, 4], 9))
print("find in empty:", find([], 1))

count = 0
while True:
    count += 1
    if count == 2:
        continue
    if count > 4:
        break
    print("loop count", count)
print("final count", count)

x = 10
while x:
    x -= 3 if x >= 3 else x
    print("x ->", x)
k = 5
while k > 0:
    k -= 1
else:
    print("else runs even with 0 iterations left, k =", k)
while False:
    print("never")
else:
    print("else after zero iterations")
