# expect: Memory
# limits: memory=32M
# Builds a very deep chain; dropping it afterwards must not overflow the host stack.
x = None
while True:
    x = [x]
