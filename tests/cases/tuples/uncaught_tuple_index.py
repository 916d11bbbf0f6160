point = (3, 4)
x, y = point
print("x:", x)
print("y:", y)
print("dist^2:", x * x + y * y)
print("as list:", list(point))
print("z:", point[2])
