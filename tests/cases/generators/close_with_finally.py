def resource(name):
    print(f"open {name}")
    try:
        i = 0
        while True:
            yield f"{name}-{i}"
            i += 1
    finally:
        print(f"cleanup {name}")


r = resource("db")
print(next(r))
print(next(r))
r.close()
print("closed")
print(next(r, "nothing more"))
r.close()
print("second close is fine")

unstarted = resource("never")
unstarted.close()
print("closing unstarted runs no finally")


def catch_exit():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("saw GeneratorExit")
        raise


c = catch_exit()
print(next(c))
c.close()


def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)

loop_gen = resource("loop")
for item in loop_gen:
    print("item", item)
    if item.endswith("2"):
        break
print("loop broken, generator still open")
loop_gen.close()
print("loop done")
