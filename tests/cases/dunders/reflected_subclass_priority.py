trace = []

class Base:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        trace.append(f"{type(self).__name__}.__eq__")
        return self.v == other.v

    def __lt__(self, other):
        trace.append(f"Base.__lt__({type(self).__name__})")
        return self.v < other.v

    def __gt__(self, other):
        trace.append(f"Base.__gt__({type(self).__name__})")
        return self.v > other.v

class Derived(Base):
    def __eq__(self, other):
        trace.append("Derived.__eq__")
        return "derived-eq"

    def __gt__(self, other):
        trace.append("Derived.__gt__")
        return "derived-gt"

print(Base(1) == Derived(1))
print(trace); trace.clear()
print(Derived(1) == Base(1))
print(trace); trace.clear()
print(Base(1) < Derived(2))
print(trace); trace.clear()
print(Base(1) < Base(2))
print(trace); trace.clear()
print(Base(5) > Base(2))
print(trace); trace.clear()

class Plain(Base):
    pass

print(Base(1) > Plain(0))
print(trace); trace.clear()
print(Plain(1) > Base(0))
print(trace); trace.clear()
print(Base(3) == Plain(3))
print(trace); trace.clear()
