# remove / pop / index / count
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print("count 5:", data.count(5))
print("count 1:", data.count(1))
print("count 7:", data.count(7))
print("index 5:", data.index(5))
print("index 5 from 5:", data.index(5, 5))
print("index 5 in [5:8]:", data.index(5, 5, 9))
print("index 3 from -3:", data.index(3, -3))

data.remove(1)
print("after remove 1:", data)
data.remove(5)
print("after remove 5:", data)

last = data.pop()
print("pop():", last, data)
first = data.pop(0)
print("pop(0):", first, data)
mid = data.pop(-2)
print("pop(-2):", mid, data)

try:
    data.remove(42)
except ValueError as e:
    print("remove missing:", type(e).__name__, e)

try:
    data.index(42)
except ValueError as e:
    print("index missing:", type(e).__name__, e)

try:
    [].pop()
except IndexError as e:
    print("pop empty:", type(e).__name__, e)

try:
    data.pop(50)
except IndexError as e:
    print("pop out of range:", type(e).__name__, e)

mixed = [1, 1.0, True, "1"]
print("count 1 in mixed:", mixed.count(1))
print("index True:", mixed.index(True))
