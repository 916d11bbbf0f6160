# Temperature conversion table with float formatting via str/round
print("C -> F -> K")
for c in range(-40, 101, 20):
    f = c * 9 / 5 + 32
    k = c + 273.15
    print(c, f, round(k, 2))
print("body temp F:", 37 * 9 / 5 + 32)
print("36.6 C in F:", 36.6 * 9 / 5 + 32)
print("98.6 F in C:", (98.6 - 32) * 5 / 9)
print("boiling K:", 100 + 273.15)
print("freezing K:", 0 + 273.15)
temps = [21.5, 23.0, 19.75, 25.25, 22.0]
avg = sum(temps) / len(temps)
print("average:", avg)
print("deviation:", [round(t - avg, 2) for t in temps])
