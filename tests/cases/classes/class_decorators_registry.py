REGISTRY = {}

def register(cls):
    REGISTRY[cls.__name__.lower()] = cls
    return cls

def register_as(name):
    def deco(cls):
        REGISTRY[name] = cls
        cls.registered_name = name
        return cls
    return deco

def add_greeting(cls):
    def greet(self):
        return f"hello from {type(self).__name__}"
    cls.greet = greet
    cls.decorated = True
    return cls

@register
class Csv:
    def parse(self, text):
        return text.split(",")

@register
@add_greeting
class Tsv:
    def parse(self, text):
        return text.split("\t")

@register_as("pipe")
class PipeParser:
    def parse(self, text):
        return text.split("|")

print(sorted(REGISTRY))
for key in sorted(REGISTRY):
    cls = REGISTRY[key]
    print(key, cls.__name__)
print(REGISTRY["csv"]().parse("a,b,c"))
print(REGISTRY["tsv"]().parse("x\ty"))
print(REGISTRY["pipe"]().parse("1|2|3|4"))
print(PipeParser.registered_name)
print(Tsv().greet())
print(Tsv.decorated)
print(hasattr(Csv, "decorated"))

def parse_with(kind, text):
    cls = REGISTRY.get(kind)
    if cls is None:
        return f"no parser for {kind!r}"
    return cls().parse(text)

print(parse_with("csv", "q,r"))
print(parse_with("json", "{}"))

def singleton(cls):
    instances = {}
    def get():
        if cls not in instances:
            instances[cls] = cls()
        return instances[cls]
    return get

@singleton
class Settings:
    def __init__(self):
        self.values = {}

s1 = Settings()
s2 = Settings()
s1.values["debug"] = True
print(s1 is s2, s2.values)
print(type(Settings).__name__)
