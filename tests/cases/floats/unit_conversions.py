# Unit conversions with exact and inexact float results
KM_PER_MILE = 1.609344
for miles in [1, 5, 10, 26.2, 100]:
    km = miles * KM_PER_MILE
    print(f"{miles} mi = {km} km (rounded {round(km, 2)})")
for kg in [1, 2.5, 70, 100]:
    lb = kg * 2.20462
    print(kg, "kg =", lb, "lb")
inches = 72
print("72 in =", inches * 2.54, "cm")
print("72 in =", inches / 12, "ft")
print("1 GiB in GB:", 2 ** 30 / 10 ** 9)
print("1 TB in TiB:", 10 ** 12 / 2 ** 40)
print("light year km:", 299792.458 * 365.25 * 24 * 3600)
speed = 100 / 9.58
print("bolt m/s:", speed, "km/h:", speed * 3.6)
