# % formatting with single values, tuples and dicts
t = (1, 2)
print("value: %s" % (t,))
print("pair: %s %s" % t)
print("%s" % "single")
print("%s" % [1, 2])
print("%s" % {"k": 1})
print("%(k)s" % {"k": 1})
print("%s" % ((),))
print("%d items" % len([1, 2, 3]))
print("%5.1f|%-8s|%03d" % (2.345, "ab", 7))
print("%%d means integer: %d" % 5)
print("%-+6d|%+-6d|" % (3, 3))
print("%#o %#x %#X" % (0, 0, 255))
print("%.3s|%5.2s|" % ("abcdef", "xyz"))
print("%s %s" % ("é", "🙂"))
try:
    print("%s %s" % t[0])
except TypeError as e:
    print("TypeError:", e)
try:
    print("value: %s" % t)
except TypeError as e:
    print("TypeError:", e)
