# upper/lower/title/capitalize/swapcase/casefold
samples = ["hello world", "HELLO World", "o'neil's café", "ß straße", "ǆ digraph",
           "123abc DEF", "  leading space", "mIxEd-CaSe_words", "ÉCOLE", "naïve ΣΑΣ"]
for s in samples:
    print(repr(s))
    print("  upper:", s.upper())
    print("  lower:", s.lower())
    print("  title:", s.title())
    print("  capitalize:", s.capitalize())
    print("  swapcase:", s.swapcase())
    print("  casefold:", s.casefold())
print("ß".upper(), len("ß".upper()))
print("straße".casefold() == "STRASSE".casefold())
print("İ".lower(), len("İ".lower()))
