# Normalising a list of names; a None entry raises AttributeError uncaught
names = ["  Alice ", "BOB", "carol  smith", None, "dave"]
clean = []
print("entries:", len(names))
print("none count:", names.count(None))
for raw in names:
    name = " ".join(raw.split()).title()
    clean.append(name)
    print(repr(raw), "->", repr(name))
print(clean)
