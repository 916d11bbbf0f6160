# Repeated squaring until conversion to int fails on infinity
print("max float:", 1.7976931348623157e308)
print("max * 2:", 1.7976931348623157e308 * 2)
x = 10.0
step = 0
while True:
    step += 1
    x = x * x
    print("step", step, "x =", x)
    print("  as int has", len(str(int(x))), "digits")
