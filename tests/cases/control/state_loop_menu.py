commands = ["push 3", "push 4", "add", "push 10", "mul", "dup", "neg", "pop", "noop", "pop", "pop"]
stack = []
for cmd in commands:
    parts = cmd.split()
    op = parts[0]
    if op == "push":
        stack.append(int(parts[1]))
    elif op == "add":
        b, a = stack.pop(), stack.pop()
        stack.append(a + b)
    elif op == "mul":
        b, a = stack.pop(), stack.pop()
        stack.append(a * b)
    elif op == "dup":
        stack.append(stack[-1])
    elif op == "neg":
        stack[-1] = -stack[-1]
    elif op == "pop":
        if not stack:
            print("  pop on empty stack, stopping")
            break
        print("  popped", stack.pop())
    else:
        print("  unknown op", repr(op))
        continue
    print(f"{cmd:<8} -> {stack}")
else:
    print("all commands ran")
print("final stack:", stack)
