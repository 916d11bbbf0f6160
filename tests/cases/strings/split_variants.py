# split and rsplit with and without sep and maxsplit
s = "  alpha  beta\tgamma\n delta  "
print(s.split())
print(s.split(None, 1))
print(s.split(maxsplit=2))
print(s.rsplit(None, 1))
print(s.rsplit(maxsplit=2))
csv = "a,b,,c,"
print(csv.split(","))
print(csv.split(",", 2))
print(csv.rsplit(",", 2))
print(csv.split(",", 0))
print(csv.split(",", -1))
print("a::b::c".split("::"))
print("a::b::c".rsplit("::", 1))
print("".split())
print("".split(","))
print("   ".split())
print("   ".split(" "))
print("no-sep-here".split(","))
print("1 2 3".split(" "))
print("x".rsplit("x"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)
