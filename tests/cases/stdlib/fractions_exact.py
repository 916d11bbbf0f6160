from fractions import Fraction
import math

a = Fraction(3, 4)
b = Fraction("1/6")
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(-a), a ** 2, a ** -2, 2 ** Fraction(3))
print(repr(a + b), Fraction("0.125"), Fraction(" -2.5e-1 "), Fraction(1.1).limit_denominator(100))
print(Fraction(0.1), Fraction(10, -4), Fraction(Fraction(1, 3), Fraction(2, 5)))
print(a + 1, 1 - a, a * 0.5, a == 0.75, a < 1, a > Fraction(2, 3), a == Fraction(6, 8), 0.75 == a)
print(a.numerator, a.denominator, a.as_integer_ratio(), float(a), int(Fraction(-7, 2)), round(Fraction(5, 2)))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), round(Fraction(22, 7), 2), divmod(Fraction(7, 2), 2))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), sum([Fraction(1, 3)] * 3))
print(sorted([Fraction(1, 2), Fraction(1, 3), 0.4]), max(Fraction(7, 3), 2), f"{Fraction(1, 3)}|")
print(Fraction(math.pi).limit_denominator(1000), Fraction(1, 7) * 7 == 1, bool(Fraction(0)))
for bad in ["1/0x", "abc", ""]:
    try:
        Fraction(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction(1.5, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Fraction(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    f"{Fraction(1, 3):.3f}"
except TypeError as e:
    print("TypeError:", e)
