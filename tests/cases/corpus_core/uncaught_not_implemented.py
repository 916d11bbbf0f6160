def area_circle(d):
    return round(3.14159 * d["r"] ** 2, 3)

def area_rect(d):
    return d["w"] * d["h"]

def area_triangle(d):
    return 0.5 * d["b"] * d["h"]

def area(shape):
    handlers = {"circle": area_circle, "rect": area_rect, "triangle": area_triangle}
    kind = shape["kind"]
    if kind not in handlers:
        raise NotImplementedError(f"area for shape kind {kind!r} is not supported")
    return handlers[kind](shape)

shapes = [
    {"kind": "circle", "r": 2},
    {"kind": "rect", "w": 3, "h": 4.5},
    {"kind": "triangle", "b": 6, "h": 2},
    {"kind": "hexagon", "side": 1},
    {"kind": "rect", "w": 1, "h": 1},
]
total = 0
for i, s in enumerate(shapes):
    a = area(s)
    total += a
    print(f"shape {i} ({s['kind']}): area={a} total={total}")
