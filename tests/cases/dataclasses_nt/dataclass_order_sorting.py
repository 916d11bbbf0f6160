from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"v{self.major}.{self.minor}.{self.patch}"


versions = [Version(1, 2, 3), Version(1, 10), Version(0, 9, 9), Version(1, 2), Version(2)]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)])
print(max(versions), min(versions))
print(Version(1, 2) < Version(1, 2, 1))
print(Version(1, 2) <= Version(1, 2))
print(Version(3) > Version(2, 99, 99))
print(Version(1) >= Version(1, 0, 0))
print(Version(1) == Version(1, 0, 0))
print(f"{Version(4, 5)}")

try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True)
class Student:
    grade: int
    name: str


students = [Student(90, "zed"), Student(85, "amy"), Student(90, "bea"), Student(70, "cal")]
for s in sorted(students):
    print(s)
print(sorted(students, key=lambda s: s.name)[0])
