class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __repr__(self):
        return f"V{self.major}.{self.minor}"

a = Version(1, 2)
b = Version(1, 2)
c = Version(2, 0)
print(a == b, a is b)
print(a == c)
print(a != b)
print(a != c)
print(a == "1.2")
print(a != "1.2")
print(a == None)
print([a, c].count(b))
print(b in [c, a])
print([c, a].index(b))
print(a == a)

class Loose:
    def __eq__(self, other):
        return True

class CustomNe:
    def __eq__(self, other):
        return False

    def __ne__(self, other):
        return "custom-ne"

print(Loose() == 5, 5 == Loose(), Loose() != 5)
print(CustomNe() == CustomNe(), CustomNe() != 1)

class Always:
    def __eq__(self, other):
        return "yes"

print(Always() == 1)
print(bool(Always() == 1))
print(1 == Always())
print(Always() != 1)
