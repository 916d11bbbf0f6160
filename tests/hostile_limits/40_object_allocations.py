# expect: Allocations
# limits: allocations=100000
class Point:
    def __init__(self, x):
        self.x = x


i = 0
while True:
    p = Point([i])
    i += 1
