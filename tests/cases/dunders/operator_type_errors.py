class A:
    pass

class B:
    pass

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)

a, b = A(), B()
attempt("lt", lambda: a < b)
attempt("gt", lambda: a > b)
attempt("le", lambda: a <= 1)
attempt("ge", lambda: 1 >= a)
attempt("add", lambda: a + 1)
attempt("radd", lambda: 1 + a)
attempt("sub", lambda: a - b)
attempt("mul", lambda: a * 2.5)
attempt("div", lambda: a / a)
attempt("floordiv", lambda: a // 2)
attempt("mod", lambda: a % 2)
attempt("pow", lambda: a ** 2)
attempt("neg", lambda: -a)
attempt("pos", lambda: +b)
attempt("abs", lambda: abs(a))
attempt("len", lambda: len(a))
attempt("call", lambda: a())
attempt("index", lambda: a[0])
attempt("iter", lambda: list(b))
attempt("sorted", lambda: sorted([A(), A()]))
attempt("eq", lambda: a == b)
attempt("ne", lambda: a != b)
attempt("str+obj", lambda: "s" + a)
attempt("list*obj", lambda: [1] * a)

def setitem():
    a[0] = 1

def delitem():
    del a[0]

attempt("setitem", setitem)
attempt("delitem", delitem)

def iadd():
    x = A()
    x += 1

attempt("iadd", iadd)
