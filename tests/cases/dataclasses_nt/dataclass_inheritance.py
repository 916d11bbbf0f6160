from dataclasses import dataclass, field


@dataclass
class Animal:
    name: str
    legs: int = 4

    def speak(self):
        return f"{self.name} makes a sound"


@dataclass
class Dog(Animal):
    breed: str = "mixed"

    def speak(self):
        return f"{self.name} the {self.breed} says woof"


@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True


animals = [Animal("generic"), Dog("rex"), Dog("fido", breed="beagle"), Bird("tweety"), Bird("pingu", can_fly=False)]
for a in animals:
    print(a)
    print("  ", a.speak(), "| legs:", a.legs)

print(isinstance(animals[1], Animal))
print(Dog("rex") == Animal("rex"))
print(Dog("rex") == Dog("rex", 4, "mixed"))
print([type(a).__name__ for a in animals])
print(sum(a.legs for a in animals))
