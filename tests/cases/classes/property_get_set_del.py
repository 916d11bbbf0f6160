class Temperature:
    def __init__(self, celsius):
        self._c = celsius
        self.history = []

    @property
    def celsius(self):
        self.history.append("get")
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self.history.append(f"set {value}")
        self._c = value

    @celsius.deleter
    def celsius(self):
        self.history.append("del")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius)
print(t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
del t.celsius
print(t._c)
print(t.history)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__)
print(sorted(vars(t)))
print("celsius" in vars(t))
