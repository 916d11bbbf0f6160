class Dog:
    species = "canis"
    tricks = []

    def __init__(self, name):
        self.name = name

a = Dog("rex")
b = Dog("fido")
print(a.species, b.species)
Dog.species = "canis familiaris"
print(a.species, b.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
print(a.__dict__)
print(b.__dict__)
del a.species
print(a.species)
print(a.__dict__)

# shared mutable class attribute
a.tricks.append("roll")
b.tricks.append("sit")
print(a.tricks)
print(b.tricks)
print(Dog.tricks)
print(a.tricks is b.tricks)

# rebinding creates an instance attribute
a.tricks = ["jump"]
print(a.tricks, b.tricks, Dog.tricks)
print(sorted(a.__dict__))
print(sorted(b.__dict__))

# class attribute added after instances exist
Dog.legs = 4
print(a.legs, b.legs)
b.legs = 3
print(a.legs, b.legs, Dog.legs)
print("legs" in vars(b), "legs" in vars(a))
