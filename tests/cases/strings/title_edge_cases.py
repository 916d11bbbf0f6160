# title/istitle/capitalize edge cases with digits and apostrophes
for s in ["hello world", "they're bill's friends", "3rd place", "x-ray vision",
          "HELLO", "hELLO wORLD", "a1b2c3", "ünïcödé wörds", "", "  spaced  out  "]:
    t = s.title()
    print(repr(s), "title:", repr(t), "istitle:", t.istitle(), "capitalize:", repr(s.capitalize()))
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "".istitle())
print("123".istitle(), "A1".istitle(), "1A".istitle())
print("hello world".title() == "Hello World")
print("'s".title(), "a'b".title())
print("mcdonald's".capitalize(), "ÉCOLE normale".capitalize())
