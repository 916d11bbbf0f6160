# is* predicates on a variety of strings
samples = ["abc", "ABC", "Abc", "abc123", "123", "١٢٣", "½", "²", "", " ", "\t\n",
           "Hello World", "Hello world", "_var", "2var", "var_2", "é", "ÉCOLE", "a b",
           "class", "x1.5", "Ⅻ", "🙂"]
preds = ["isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle",
         "isdecimal", "isnumeric", "isidentifier", "isascii", "isprintable"]
print("samples:", len(samples), "predicates:", len(preds))
for s in samples:
    flags = [p for p in preds if getattr(s, p)()]
    print(repr(s), flags)
print("digit vs decimal vs numeric:", [(c, c.isdigit(), c.isdecimal(), c.isnumeric()) for c in "5²½"])
