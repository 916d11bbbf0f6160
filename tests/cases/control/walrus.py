data = [4, 8, 15, 16, 23, 42]
idx = 0
while (item := data[idx]) < 16:
    print("item:", item)
    idx += 1
print("stopped at:", item)

chunks = []
text = "abcdefghij"
pos = 0
while (chunk := text[pos:pos + 3]):
    chunks.append(chunk)
    pos += 3
print("chunks:", chunks)

vals = [y for x in range(6) if (y := x * x) % 2 == 0]
print("even squares:", vals)
print("y leaks from comprehension:", y)

def expensive(x):
    print("  computing", x)
    return x * 10
results = [r for x in [1, 2, 3] if (r := expensive(x)) > 15]
print("results:", results)

if (n := len(data)) > 5:
    print("long list:", n)
print("any with walrus:", any((hit := v) > 20 for v in data), "first hit:", hit)
total = 0
nums = iter([5, 3, 0, 9])
while (v := next(nums)) != 0:
    total += v
print("sum until zero:", total)
print("walrus value:", (z := 7) + z)
