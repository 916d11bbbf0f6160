letters = ["a", "b", "c", "d"]
for i in range(len(letters)):
    print(i, letters[i])
for i in range(len(letters) - 1, -1, -1):
    print("back", i, letters[i])
for i, ch in enumerate(letters):
    if i % 2:
        letters[i] = ch.upper()
print("modified in loop:", letters)
total = 0
for i in range(1, 101):
    total += i
print("sum 1..100:", total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps for 27:", steps)
acc = []
for i in range(10, 0, -3):
    acc.append(i)
print("countdown by 3:", acc)
print("range empty:", list(range(5, 0)), list(range(0)))
print("range neg step:", list(range(0, -10, -4)))
r = range(2, 20, 3)
print("range len/index:", len(r), r[2], r[-1], 11 in r, 12 in r)
print("range repr:", r, range(5))
