def echo():
    received = []
    reply = "ready"
    while True:
        msg = yield reply
        if msg is None:
            reply = "nothing"
        elif msg == "history":
            reply = list(received)
        elif msg == "quit":
            return len(received)
        else:
            received.append(msg)
            reply = msg.upper()


e = echo()
print(next(e))
print(e.send("hello"))
print(e.send("world"))
print(next(e))
print(e.send("history"))
try:
    e.send("quit")
except StopIteration as stop:
    print("quit, count =", stop.value)
print(next(e, "after end"))
try:
    e.send("again")
except StopIteration as stop:
    print("send after end:", stop.value)
