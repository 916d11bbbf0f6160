class Playlist:
    def __init__(self, songs):
        self.songs = list(songs)

    def __iter__(self):
        return iter(self.songs)

    def __len__(self):
        return len(self.songs)

p = Playlist(["intro", "verse", "outro"])
print(list(p))
print(list(p))
for i, s in enumerate(p):
    print(i, s)
it1 = iter(p)
it2 = iter(p)
print(next(it1), next(it1), next(it2))
print(it1 is it2)
print("verse" in p, "bridge" in p)
print(sorted(p))
print(", ".join(p))
print(len(p))
print(list(reversed(list(p))))
print([s.upper() for s in p if len(s) == 5])

class Evens:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        n = 0
        while n < self.limit:
            yield n
            n += 2

e = Evens(9)
print(list(e))
print(list(e))
print(sum(e))
print(list(zip(e, p)))
print(max(e))

class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __iter__(self):
        for row in self.rows:
            yield from row

print(list(Matrix([[1, 2], [3], [4, 5, 6]])))
print(set(Matrix([[1, 1], [2]])) == {1, 2})
