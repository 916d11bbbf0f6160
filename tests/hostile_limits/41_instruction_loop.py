# expect: Instructions
# limits: instructions=100000
i = 0
while True:
    i += 1
