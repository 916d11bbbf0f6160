# A tiny template renderer with str.format and validation
templates = {
    "greet": "Hello, {name}! You have {count:,} new {noun}.",
    "money": "{user:>8}: {balance:+,.2f} USD",
    "ratio": "{part}/{whole} = {pct:.1%}",
}
data = [
    ("greet", {"name": "Ada", "count": 1500, "noun": "messages"}),
    ("money", {"user": "bob", "balance": -1234.5}),
    ("money", {"user": "carol", "balance": 98765.432}),
    ("ratio", {"part": 3, "whole": 8, "pct": 3 / 8}),
    ("greet", {"name": "Eve"}),
    ("nope", {}),
]
for key, ctx in data:
    try:
        tmpl = templates[key]
        print(tmpl.format(**ctx))
    except KeyError as e:
        print("missing key:", e)
print("{0}{1}{0}".format("<", "tag"))
print("{:~^30}".format(" END "))
