# User descriptors, __set_name__, __init_subclass__ with class keywords.
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, 0)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive, got {value}")
        setattr(obj, self.private, value)


class Lazy:
    """A non-data descriptor: the instance dict wins once set."""

    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Order:
    qty = Positive()
    price = Positive()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price

    @Lazy
    def total(self):
        print("  computing total")
        return self.qty * self.price


o = Order(3, 7)
print(o.qty, o.price, sorted(vars(o)))
print(o.total)
print(o.total)
print(Order.qty.owner, Order.qty.private, type(Order.total).__name__)
try:
    o.price = -5
except ValueError as e:
    print("ValueError:", e)

registry = {}


class Plugin:
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        registry[name or cls.__name__.lower()] = cls


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


class Strict(Json, name="strict-json"):
    pass


print(sorted(registry))
print(registry["strict-json"].__mro__[1].__name__)
try:
    class Bad(object, flavour="x"):
        pass
except TypeError as e:
    print("TypeError:", e)
