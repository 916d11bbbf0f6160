from dataclasses import dataclass, field


@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.width < 0 or self.height < 0:
            raise ValueError("negative size")
        self.area = self.width * self.height


r = Rectangle(3, 4)
print(r)
print(r.area)
try:
    Rectangle(-1, 2)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class User:
    name: str
    email: str = ""
    slug: str = field(init=False, repr=False)
    password: str = field(default="", repr=False)

    def __post_init__(self):
        self.name = self.name.strip().title()
        self.slug = self.name.lower().replace(" ", "-")
        if not self.email:
            self.email = self.slug + "@example.com"


u = User("  ada lovelace ")
print(u)
print(u.slug)
v = User("bob", "b@b.org", password="secret")
print(v)
print(v.password)
print(u == User("Ada Lovelace"))
