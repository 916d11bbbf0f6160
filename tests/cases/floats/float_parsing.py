# float() parsing of strings
samples = [" 3.5 ", "3.5", "-2", "+1.25", "1e3", "1E-3", "inf", "-inf", "+inf",
           "Infinity", "-INFINITY", "nan", "-nan", "NaN", "1_000.5", ".5", "5.",
           "0x10" , "1e500", "-1e500", "1e-500", "\t42\n", "00012.50", "1_0e1_0"]
for s in samples:
    try:
        print(repr(s), "->", float(s))
    except ValueError as e:
        print(repr(s), "-> ValueError:", e)
for bad in ["", "abc", "1.2.3", "1__0", "_1", "1_", "e5", "--1", "1e", "inf inity"]:
    try:
        float(bad)
        print(repr(bad), "parsed?")
    except ValueError as e:
        print("ValueError:", e)
print(float(7), float(True), float(-0))
print(float(2 ** 60))
