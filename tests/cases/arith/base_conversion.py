# Converting integers to arbitrary bases and back
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def to_base(n, base):
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return ("-" if neg else "") + "".join(reversed(out))

for n in [0, 255, -255, 1000, 2 ** 64, 3 ** 40]:
    for base in [2, 8, 16, 36]:
        s = to_base(n, base)
        back = int(s, base)
        print(f"{n} base{base} = {s} roundtrip={back == n}")
print("bin(255) =", bin(255), "oct(255) =", oct(255), "hex(255) =", hex(255))
print("bin(-10) =", bin(-10))
print("hex(2**64) =", hex(2 ** 64))
