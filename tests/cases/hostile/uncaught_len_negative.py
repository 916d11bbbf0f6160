class Window:
    def __init__(self, start, end):
        self.start = start
        self.end = end

    def __len__(self):
        return self.end - self.start

for s, e in [(0, 5), (3, 3), (2, 9)]:
    w = Window(s, e)
    print(s, e, len(w), bool(w))
w = Window(4, 10)
w.start = 8
print(len(w))
w.start = 10
print(len(w), bool(w))
print(len(Window(10, 4)))
print("unreachable")
