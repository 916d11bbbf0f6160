import asyncio


async def agent(name, inbox, outbox, replies, transcript, hears_last):
    for reply in replies:
        msg = await inbox.get()
        transcript.append("%s heard: %s" % (name, msg))
        await asyncio.sleep(0.001)
        await outbox.put("%s says %s" % (name, reply))
    if hears_last:
        msg = await inbox.get()
        transcript.append("%s heard: %s (and leaves)" % (name, msg))
    return name


async def main():
    a_in = asyncio.Queue()
    b_in = asyncio.Queue()
    transcript = []
    a = asyncio.create_task(agent("Ada", a_in, b_in, ["hello Bob", "how is the code?", "great"], transcript, True))
    b = asyncio.create_task(agent("Bob", b_in, a_in, ["hi Ada", "it compiles", "bye"], transcript, False))
    await a_in.put("user: start a conversation")
    try:
        names = await asyncio.wait_for(asyncio.gather(a, b), timeout=1.0)
    except asyncio.TimeoutError:
        names = None
        print("conversation stalled")
    for line in transcript:
        print(line)
    print("finished:", names)
    print("leftover:", a_in.qsize(), b_in.qsize())


asyncio.run(main())
