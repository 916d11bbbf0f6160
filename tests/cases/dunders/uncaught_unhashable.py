class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return self.name == other.name

    def __repr__(self):
        return f"Tag({self.name!r})"

tags = [Tag("a"), Tag("b"), Tag("a")]
print(tags)
print(tags[0] == tags[2])
unique = []
for t in tags:
    if t not in unique:
        unique.append(t)
print(unique)
print(set(tags))
