class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B"

class C(A):
    def who(self):
        return "C"

    def only_c(self):
        return "only in C"

class D(B, C):
    pass

class E(C, B):
    pass

print([c.__name__ for c in D.__mro__])
print([c.__name__ for c in E.__mro__])
print(D().who())
print(E().who())
print(D().only_c())

class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([c.__name__ for c in M.__mro__])
print([c.__name__ for c in K1.__mro__])
print([b.__name__ for b in M.__bases__])
print(M.mro() == list(M.__mro__))
print(issubclass(M, Z), issubclass(K1, Z))

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", " ".join(str(e).split()))

class F(D, E.__bases__[1]):
    pass
print([c.__name__ for c in F.__mro__])
