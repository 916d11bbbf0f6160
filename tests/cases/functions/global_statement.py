counter = 0
def bump():
    global counter
    counter += 1
    return counter
print("bump:", bump(), bump(), bump())
print("counter:", counter)
def read_only():
    return counter * 10
print("read global:", read_only())
def shadow():
    counter = -1
    return counter
print("shadow:", shadow(), "global still:", counter)
def create_global():
    global created
    created = "made inside"
create_global()
print("created:", created)
config = {"debug": False}
def enable_debug():
    config["debug"] = True
enable_debug()
print("mutating global dict needs no global:", config)
items = []
def add(x):
    items.append(x)
add(1)
add(2)
print("items:", items)
def reset():
    global items
    items = []
reset()
print("after reset:", items)
x = "global x"
def f():
    x = "local x"
    def g():
        global x
        return x
    return g()
print("global skips enclosing:", f())
