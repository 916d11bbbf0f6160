class Seq:
    def __init__(self, data):
        self.data = list(data)
        self.log = []

    def __getitem__(self, key):
        if isinstance(key, slice):
            self.log.append(("slice", key.start, key.stop, key.step))
            return Seq(self.data[key])
        self.log.append(("index", key))
        return self.data[key]

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"Seq({self.data})"

s = Seq("abcdefg")
print(s[0], s[-1], s[3])
print(s[1:4])
print(s[::2])
print(s[::-1])
print(s[:-2])
print(s[5:])
print(s[2:6:2])
print(s.log)
print(s[1:4][1])
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
sl = slice(1, None, 3)
print(s[sl])
print(sl.start, sl.stop, sl.step)
print(slice(5).stop, slice(1, 2).step)

class Squares:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(10))]
        if not 0 <= i < 10:
            raise IndexError("out of range")
        return i * i

sq = Squares()
print(sq[3], sq[9])
print(sq[2:5])
print(sq[::3])
print(sq[-3:])
print(slice(-3, None).indices(10))
