# A user metaclass: its methods act on classes (iteration, indexing, __call__, properties).
class Registry(type):
    def __iter__(cls):
        return iter(sorted(k for k in vars(cls) if not k.startswith("_")))

    def __len__(cls):
        return len(list(iter(cls)))

    def __getitem__(cls, name):
        return getattr(cls, name)

    def __contains__(cls, name):
        return name in list(cls)

    @property
    def names(cls):
        return ", ".join(cls)

    def describe(cls):
        return f"{cls.__name__} with {len(cls)} settings"


class Settings(metaclass=Registry):
    timeout = 30
    retries = 3


class MoreSettings(Settings):
    verbose = True


print(list(Settings), len(Settings), Settings["timeout"], "retries" in Settings, "x" in Settings)
print(Settings.names, Settings.describe(), type(Settings).__name__, isinstance(Settings, Registry))
print(list(MoreSettings), type(MoreSettings) is Registry, isinstance(Settings, type))


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name


a = Config("first")
b = Config("second")
print(a is b, a.name, b.name)

Point = Registry("Point", (), {"x": 1, "y": 2})
print(list(Point), type(Point).__name__, Point.describe())

try:
    class Broken(metaclass=5):
        pass
except TypeError as e:
    print("TypeError:", e)
