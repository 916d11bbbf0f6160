tasks = ["write", "test", "ship"]
done = []
while True:
    t = tasks.pop()
    done.append(t)
    print("did", t, "remaining", len(tasks))
    if not tasks:
        print("all done:", done)
        tasks.pop()
