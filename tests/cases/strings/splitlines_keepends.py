# splitlines with all kinds of line boundaries
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\u2028eight\n\nlast"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print("".splitlines())
print("\n".splitlines())
print("\n".splitlines(True))
print("a\n".splitlines())
print("a\n\n".splitlines())
print("no newline".splitlines())
print("a\r\n\r\nb".splitlines())
print("x\n".split("\n"))
report = "Name: disk\nUsed: 40\r\nFree: 60\n"
for i, line in enumerate(report.splitlines(), 1):
    print(i, repr(line))
