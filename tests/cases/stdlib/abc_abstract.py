from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Half(Shape):
    def area(self):
        return 1


for make in (Shape, Half, lambda: Square(3)):
    try:
        s = make()
        print(s.describe(), s.perimeter(), isinstance(s, Shape), isinstance(s, ABC))
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Square.__abstractmethods__)


class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...


class Echo(Plugin):
    name = "echo"

    @classmethod
    def create(cls):
        return cls()


try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)
print(Echo.create().name, type(Plugin).__name__, type(Echo) is ABCMeta)
