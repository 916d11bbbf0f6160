# Fibonacci numbers growing past 64 bits
a, b = 0, 1
checkpoints = {10, 50, 92, 93, 100, 200, 300}
for i in range(1, 301):
    a, b = b, a + b
    if i in checkpoints:
        print(f"fib({i}) = {a}")
        print(f"  bits = {a.bit_length()}, fits i64 = {a < 2**63}")
fibs = [0, 1]
while len(fibs) < 30:
    fibs.append(fibs[-1] + fibs[-2])
print("first 30 even count:", sum(1 for f in fibs if f % 2 == 0))
print("ratio:", fibs[29] / fibs[28])
