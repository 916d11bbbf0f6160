rolls = (3, 6, 1, 6, 2, 6, 4, 1, 5, 6)
print("rolls:", rolls)
for face in range(1, 7):
    print(f"face {face}: {rolls.count(face)} {'*' * rolls.count(face)}")
print("first six at:", rolls.index(6))
positions = []
start = 0
while True:
    try:
        i = rolls.index(6, start)
    except ValueError:
        break
    positions.append(i)
    start = i + 1
print("all six positions:", positions)
most = max(range(1, 7), key=rolls.count)
print("most common face:", most)
pairs = tuple(zip(rolls, rolls[1:]))
print("consecutive equal:", [p for p in pairs if p[0] == p[1]])
print("pairs count (6, 1):", pairs.count((6, 1)))
print("sorted unique:", tuple(sorted(set(rolls))))
print("running max:", tuple(max(rolls[:i + 1]) for i in range(len(rolls))))
