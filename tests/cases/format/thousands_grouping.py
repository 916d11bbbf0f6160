# Thousands separators with ints, floats, widths and zero padding
for n in [0, 999, 1000, -1000, 12345678, 10 ** 12, -(2 ** 40)]:
    print(f"[{n:,}] [{n:_}] [{n:>16,}] [{n:016,}] [{n:+,}]")
for x in [0.5, 1234.5, -1234567.891, 1e10]:
    print(f"[{x:,.2f}] [{x:_.3f}] [{x:,.0f}] [{x:,}] [{x:,e}]")
print(f"[{255:_x}] [{2**32:_b}] [{8**8:_o}]")
print("{:,}".format(1000000), "{:_}".format(1000000))
print(format(9876543210, ","))
print(f"{-0.5:,.1f} {999.999:,.2f} {999999.5:,.0f}")
print(f"{1234:,d}|{1234:>10,d}|{1234:<10_d}|")
