# expect: Duration
# limits: duration=0.5
# Many patterns each just under the budget still add up to the time limit.
import re
while True:
    re.search(r"^((?=a)a|a)+b", "a" * 22 + "c")
