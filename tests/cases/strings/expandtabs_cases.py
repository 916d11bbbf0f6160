# expandtabs with default and custom tab sizes
s = "a\tbc\tdef\tghij\tk"
print(repr(s.expandtabs()))
print(repr(s.expandtabs(4)))
print(repr(s.expandtabs(1)))
print(repr(s.expandtabs(0)))
print(repr(s.expandtabs(-1)))
print(repr("\t".expandtabs()))
print(repr("ab\ncd\tef".expandtabs(4)))
print(repr("ab\r\tx".expandtabs(4)))
print(repr("no tabs".expandtabs(3)))
rows = [("name", "qty", "price"), ("apple", "3", "1.25"), ("watermelon", "1", "4.5")]
for r in rows:
    print("\t".join(r).expandtabs(12))
