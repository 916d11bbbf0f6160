class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return type(self).__name__

class Dog(Animal):
    sound = "woof"

class Cat(Animal):
    sound = "meow"

    def speak(self):
        return Animal.speak(self) + " (purr)"

class Puppy(Dog):
    def speak(self):
        return "tiny " + super().speak()

animals = [Animal("generic"), Dog("rex"), Cat("tom"), Puppy("bit")]
for a in animals:
    print(a.speak())
    print(a.kind())
print(isinstance(animals[3], Dog))
print(isinstance(animals[3], Animal))
print(isinstance(animals[2], Dog))
print(issubclass(Puppy, Animal))
print(issubclass(Animal, Puppy))
print(issubclass(Dog, Dog))
print(Puppy.__bases__[0].__name__)
print(Dog.__base__.__name__)
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.sound)
Dog.sound = "WOOF"
print(animals[1].speak())
print(animals[3].speak())
print(Animal.__bases__[0].__name__)
print(issubclass(Cat, object))
