import string
from string import Template, Formatter

t = Template("Hi $name, your total is ${amount} USD ($$ signs stay).")
print(t.substitute(name="Ana", amount=42), t.substitute({"name": "Bo", "amount": 1}, amount=2))
print(Template("$who likes $what").safe_substitute(who="Tim"), t.get_identifiers(), t.is_valid())
try:
    Template("$missing here").substitute()
except KeyError as e:
    print("KeyError:", e)
try:
    Template("Price: $5.00").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("cost: $").safe_substitute(), Template("bad: $").is_valid())


class PercentTemplate(Template):
    delimiter = "%"


print(PercentTemplate("Disk at %pct%% on %host").substitute(pct=93, host="db-1"))

f = Formatter()
print(f.format("{0:>8}|{1:^8}|{2:<8}|", "right", "mid", "left"), f.format("{a[k]} {b.real}", a={"k": 1}, b=3))
print(list(f.parse("{a} and {b!r:>4} end {{x}}")), f.format("{:{w}.{p}f}", 3.14159, w=10, p=2))


class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()


print(Upper().format("{} - {x}", "abc", x="def"))
try:
    f.format("{} {0}", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    f.format("{0!x}", 1)
except ValueError as e:
    print("ValueError:", e)
print(string.capwords("hello   wide world"), string.ascii_letters[:5])
