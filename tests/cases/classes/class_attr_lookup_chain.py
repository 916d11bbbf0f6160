class A:
    x = "A.x"
    y = "A.y"
    z = "A.z"

class B(A):
    y = "B.y"

class C(B):
    z = "C.z"

c = C()
print(c.x, c.y, c.z)
A.x = "A.x2"
print(c.x)
B.x = "B.x"
print(c.x)
del B.x
print(c.x)
c.y = "inst.y"
print(c.y, C.y)
del C.z
print(c.z)
print("x" in vars(A), "x" in vars(C))
print(hasattr(C, "x"))
C.w = "C.w"
print(getattr(c, "w"))
print(hasattr(A, "w"), hasattr(B, "w"))
try:
    del C.w
    del C.w
except AttributeError as e:
    print("AttributeError", type(e).__name__)
for cls in (A, B, C):
    print(cls.__name__, cls.x, cls.y, cls.z)
