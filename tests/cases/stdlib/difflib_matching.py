import difflib

old = """host = db.local
port = 5432
user = admin
timeout = 30
retries = 3
log = info""".splitlines()
new = """host = db.internal
port = 5432
user = admin
timeout = 45
log = debug
cache = on""".splitlines()

for line in difflib.unified_diff(old, new, "old.conf", "new.conf", lineterm="", n=1):
    print(line)
print("".join(difflib.unified_diff(["a\n", "b\n"], ["a\n", "c\n"])), end="")
print("".join(difflib.context_diff(["one\n", "two\n", "three\n"], ["one\n", "2\n", "three\n", "four\n"], "x", "y")), end="")

sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 6), round(sm.quick_ratio(), 6), sm.real_quick_ratio() >= sm.ratio())
print(sm.find_longest_match(0, 29, 0, 38))
for op in sm.get_opcodes():
    print(op)
print(sm.get_matching_blocks()[-1])
junky = difflib.SequenceMatcher(lambda c: c == " ", "a b c d", "a  b  d")
print(junky.get_opcodes(), round(junky.ratio(), 4))

words = ["apple", "ape", "apply", "peach", "puppy", "maple", "applet"]
print(difflib.get_close_matches("appel", words))
print(difflib.get_close_matches("loglevel", ["log_level", "level", "logfile", "verbose"], n=2))
print(difflib.get_close_matches("zzz", words), difflib.get_close_matches("apple", words, n=1, cutoff=0.9))
try:
    difflib.get_close_matches("x", words, n=0)
except ValueError as e:
    print("ValueError:", e)
