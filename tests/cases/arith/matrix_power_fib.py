# 2x2 integer matrix exponentiation; big results and modular variant
def mat_mul(a, b, mod=None):
    r = [[a[0][0] * b[0][0] + a[0][1] * b[1][0], a[0][0] * b[0][1] + a[0][1] * b[1][1]],
         [a[1][0] * b[0][0] + a[1][1] * b[1][0], a[1][0] * b[0][1] + a[1][1] * b[1][1]]]
    if mod:
        r = [[x % mod for x in row] for row in r]
    return r

def mat_pow(m, n, mod=None):
    result = [[1, 0], [0, 1]]
    while n:
        if n & 1:
            result = mat_mul(result, m, mod)
        m = mat_mul(m, m, mod)
        n >>= 1
    return result

base = [[1, 1], [1, 0]]
for n in [1, 2, 10, 64, 90, 150, 500]:
    f = mat_pow(base, n)[0][1]
    print(f"F({n}) = {f}")
print("F(10**18) mod 1e9+7 =", mat_pow(base, 10 ** 18, 10 ** 9 + 7)[0][1])
print("F(2**64) mod 1000 =", mat_pow(base, 2 ** 64, 1000)[0][1])
m = mat_pow([[2, -1], [-3, 4]], 20)
print("signed matrix power:", m)
print("determinant:", m[0][0] * m[1][1] - m[0][1] * m[1][0], "== 5**20:", m[0][0] * m[1][1] - m[0][1] * m[1][0] == 5 ** 20)
