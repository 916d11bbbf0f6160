class Flaky:
    def __init__(self, fail_at):
        self.fail_at = fail_at
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == self.fail_at:
            raise ValueError(f"failed at {self.i}")
        if self.i > 5:
            raise StopIteration
        return self.i

class IterRaises:
    def __iter__(self):
        raise OSError("no iterator today")

collected = []
try:
    for x in Flaky(3):
        collected.append(x)
except ValueError as e:
    print("ValueError:", e)
print(collected)
print(list(Flaky(99)))
try:
    list(Flaky(1))
except ValueError as e:
    print("ValueError:", e)
try:
    sum(Flaky(5))
except ValueError as e:
    print("ValueError:", e)
try:
    for y in IterRaises():
        print("never")
except OSError as e:
    print("OSError:", e)
try:
    [z for z in IterRaises()]
except OSError as e:
    print("OSError:", e)
f = Flaky(2)
try:
    a, b, c = f
except ValueError as e:
    print("ValueError:", e)
print(f.i)
print(next(f), next(f))

class Infinite:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

total = 0
for v in Infinite():
    total += v
    if total >= 4:
        break
print("stopped at", total)
print(list(zip(Infinite(), "abc")))
