import asyncio


class FakeLLMStream:
    def __init__(self, text, delays):
        self.tokens = text.split()
        self.delays = list(delays)
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= len(self.tokens):
            raise StopAsyncIteration
        delay = self.delays[self.i]
        self.delays[self.i] = 0.001
        await asyncio.sleep(delay)
        tok = self.tokens[self.i]
        self.i += 1
        return tok


async def collect(stream, label):
    out = []
    async for tok in stream:
        out.append(tok)
        print(label, "token:", tok)
    return " ".join(out)


async def main():
    text = await collect(FakeLLMStream("the quick brown fox", [0.001] * 4), "A")
    print("full text:", text)
    delays = [0.01, 0.01, 0.01, 5.0, 0.01, 0.01, 0.01, 0.01]
    slow = FakeLLMStream("one two three four five six seven eight", delays)
    try:
        await asyncio.wait_for(collect(slow, "B"), timeout=0.3)
    except asyncio.TimeoutError:
        print("stream stalled after", slow.i, "tokens")
    rest = []
    async for tok in slow:
        rest.append(tok)
    print("resumed rest:", rest)


asyncio.run(main())
