class Vehicle: pass
class Car(Vehicle): pass
class Truck(Vehicle): pass
class Boat: pass
class Amphibious(Car, Boat): pass

objs = [Vehicle(), Car(), Truck(), Boat(), Amphibious()]
for o in objs:
    name = type(o).__name__
    print(name, isinstance(o, Vehicle), isinstance(o, Car), isinstance(o, Boat))
    print(name, isinstance(o, (Truck, Boat)), isinstance(o, (int, str)))
print(issubclass(Amphibious, (Truck, Boat)))
print(issubclass(Truck, (Car, Boat)))
print(issubclass(Car, (Car,)))
print(issubclass(Amphibious, object))
print(isinstance(Car, type))
print(isinstance(Car(), type))
print(isinstance(3, object))
print(isinstance(True, int))
print(issubclass(bool, int))
print(isinstance(objs[4], (int, (str, (Boat,)))))
print(issubclass(Car, ()))
try:
    issubclass(Car(), Vehicle)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(Car(), "Car")
except TypeError as e:
    print("TypeError:", e)
counts = {}
for o in objs:
    for cls in (Vehicle, Car, Truck, Boat):
        if isinstance(o, cls):
            counts[cls.__name__] = counts.get(cls.__name__, 0) + 1
print(counts)
print([type(o).__name__ for o in objs if isinstance(o, Vehicle) and not isinstance(o, Car)])
