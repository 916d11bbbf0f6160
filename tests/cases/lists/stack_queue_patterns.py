# Using lists as stacks and queues
stack = []
for ch in "abc":
    stack.append(ch)
    print("push", ch, "->", stack)
while stack:
    print("pop ->", stack.pop(), "left", stack)

queue = [1, 2, 3]
queue.append(4)
print("dequeue:", queue.pop(0), queue)
print("dequeue:", queue.pop(0), queue)

def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st

for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "())"]:
    print("balanced", repr(s), balanced(s))

def rpn(tokens):
    st = []
    for t in tokens.split():
        if t in "+-*":
            b = st.pop()
            a = st.pop()
            if t == "+":
                st.append(a + b)
            elif t == "-":
                st.append(a - b)
            else:
                st.append(a * b)
        else:
            st.append(int(t))
    return st[-1]

print("rpn 3 4 + 2 *:", rpn("3 4 + 2 *"))
print("rpn 5 1 2 + 4 * + 3 -:", rpn("5 1 2 + 4 * + 3 -"))
