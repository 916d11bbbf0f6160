# expect: Duration
# limits: duration=0.5
# Nested quantifiers: the linear engine answers at once...
import re
assert re.match(r"(a+)+$", "a" * 5000 + "b") is None
# ...but lookahead needs the backtracking engine, whose budget follows the time limit.
re.match(r"^(a|a?(?=a))+$", "a" * 40 + "c")
