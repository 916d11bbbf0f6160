def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return length

print([collatz_len(i) for i in range(1, 21)])
best = max(range(1, 10000), key=collatz_len)
print("longest chain under 10000:", best, collatz_len(best))

def digits_sum_seq(n, steps):
    out = [n]
    for _ in range(steps):
        n = sum(int(d) ** 2 for d in str(n))
        out.append(n)
    return out
print("happy 19:", digits_sum_seq(19, 5))
def is_happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1
print("happy numbers < 50:", [n for n in range(1, 50) if is_happy(n)])

def look_and_say(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(str(j - i) + s[i])
        i = j
    return "".join(out)
s = "1"
for _ in range(8):
    print(s)
    s = look_and_say(s)
print("len after 30:", len(s) if False else None)

perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print("perfect numbers:", perfect)
tri = [n * (n + 1) // 2 for n in range(1, 15)]
squares = {n * n for n in range(1, 100)}
print("triangular:", tri)
print("triangular squares:", [t for t in tri if t in squares])
armstrong = [n for n in range(100, 1000) if sum(int(d) ** 3 for d in str(n)) == n]
print("armstrong:", armstrong)
