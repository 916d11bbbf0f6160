# Computing modular inverses for a key table; a non-invertible base is uncaught
MOD = 26
print("modulus:", MOD)
print("pow(3, -1, 7) =", pow(3, -1, 7))
print("pow(2, -2, 9) =", pow(2, -2, 9))
print("pow(-4, -1, 11) =", pow(-4, -1, 11))
for a in [1, 3, 5, 7, 9, 11, 13]:
    inv = pow(a, -1, MOD)
    print(f"inverse of {a} mod {MOD} = {inv}; check {a * inv % MOD}")
print("all inverses computed")
