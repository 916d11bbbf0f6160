# Smaller behaviours agents rely on: Counter arithmetic, OrderedDict helpers, bytes.join over a
# generator, del on bytearray slices, SyntaxError attributes, ISO week parsing, textwrap limits.
import sys
import textwrap
from collections import Counter, OrderedDict
from datetime import date, datetime

c = Counter(a=3, b=-2, c=0)
d = Counter(a=1, b=4)
print(+c, -c, c + d, c - d, c | d, c & d, sorted(["b", "a", "c"], key=d.__getitem__))
c += Counter(z=1)
print(c, Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2))
c -= Counter(a=5)
print(c, d.total())
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), type(od).__name__, list(reversed(od)), od.popitem(), od.popitem(last=False))

print(b"-".join(bytes([65 + i]) for i in range(4)), bytearray(b", ").join(x for x in [b"x", b"y"]))
buf = bytearray(b"0123456789")
del buf[2:5]
del buf[::2]
del buf[-1]
print(buf)
try:
    b"".join(x for x in [b"a", "b"])
except TypeError as e:
    print("TypeError:", e)

err = SyntaxError("bad token", ("calc.py", 3, 7, "x = = 1\n", 3, 8))
print(err.msg, err.filename, err.lineno, err.offset, repr(err.text), err.end_lineno, err.end_offset)
plain = SyntaxError("just a message")
print(plain.msg, plain.lineno, plain.filename, plain.text)

print(datetime.strptime("2025-W02-3", "%G-W%V-%u"), datetime.strptime("2020 53 Fri", "%G %V %a").date())
print(date(2024, 12, 30).strftime("%G-W%V-%u"), date.fromisocalendar(2020, 53, 1))
for bad in [lambda: date.fromisocalendar(2021, 53, 1), lambda: datetime.strptime("2025 02", "%G %V")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder=" [more]"))
try:
    textwrap.shorten("hello world", width=3, placeholder=" [more]")
except ValueError as e:
    print("ValueError:", e)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.int_info.bits_per_digit)
