def attempt(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except LookupError as e:
        print(label, "-> LookupError caught", type(e).__name__)
    except ArithmeticError as e:
        print(label, "-> ArithmeticError caught", type(e).__name__)
    except Exception as e:
        print(label, "-> Exception caught", type(e).__name__)
attempt("dict key", lambda: {}["x"])
attempt("list index", lambda: [1][5])
attempt("str index", lambda: "s"[9])
attempt("zero div", lambda: 1 / 0)
attempt("int zero mod", lambda: 5 % 0)
attempt("float overflow", lambda: 10.0 ** 1000)
attempt("value", lambda: int("z"))
attempt("type", lambda: "a" + 1)
attempt("name", lambda: undefined_thing)
attempt("attr", lambda: (1).nope)
attempt("ok", lambda: 1)
print("mro-ish checks:")
print(" KeyError < LookupError:", issubclass(KeyError, LookupError))
print(" IndexError < LookupError:", issubclass(IndexError, LookupError))
print(" ZeroDivisionError < ArithmeticError:", issubclass(ZeroDivisionError, ArithmeticError))
print(" OverflowError < ArithmeticError:", issubclass(OverflowError, ArithmeticError))
print(" RecursionError < RuntimeError:", issubclass(RecursionError, RuntimeError))
print(" UnboundLocalError < NameError:", issubclass(UnboundLocalError, NameError))
print(" Exception < BaseException:", issubclass(Exception, BaseException))
print(" KeyboardInterrupt < Exception:", issubclass(KeyboardInterrupt, Exception))
print(" StopIteration < Exception:", issubclass(StopIteration, Exception))
try:
    [][0]
except KeyError:
    print("wrong")
except LookupError:
    print("first matching handler wins: LookupError")
except IndexError:
    print("never reached")
