class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, name):
        return f"{self.greeting}, {name}!"

hi = Greeter("Hi")
yo = Greeter("Yo")
m = hi.greet
print(m("ann"))
print(m.__self__ is hi)
print(m.__func__ is Greeter.greet)
print(m.__func__.__name__)
print(hi.greet == hi.greet)
print(hi.greet == yo.greet)
callbacks = [hi.greet, yo.greet, Greeter("Hey").greet]
print([cb("bob") for cb in callbacks])
print(list(map(yo.greet, ["x", "y"])))
unbound = Greeter.greet
print(unbound(yo, "zed"))

def shout(self, name):
    return self.greeting.upper() + " " + name.upper()

Greeter.shout = shout
print(hi.shout("cat"))

def plain(name):
    return "plain " + name

hi.plain = plain
print(hi.plain("dog"))
print("plain" in vars(hi))
try:
    yo.plain("dog")
except AttributeError as e:
    print("AttributeError:", e)
hi.greet = lambda name: "overridden " + name
print(hi.greet("eve"))
print(yo.greet("eve"))
del hi.greet
print(hi.greet("eve"))
actions = {"hi": hi.greet, "yo": yo.greet}
for key in sorted(actions):
    print(key, actions[key]("sam"))
