active = {1, 2, 3}
print("active:", active)
active.remove(2)
print("removed 2:", active)
active.discard(2)
print("discard again ok:", active)
print("len:", len(active))
active.remove(2)
print("unreachable")
