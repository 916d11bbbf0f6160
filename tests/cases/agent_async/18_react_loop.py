import asyncio


async def search(q):
    await asyncio.sleep(0.003)
    kb = {"capital of france": "Paris", "population of paris": "2.1 million"}
    return kb.get(q, "no result")


async def calculator(expr):
    await asyncio.sleep(0.001)
    a, op, b = expr.split()
    a, b = float(a), float(b)
    return {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op]


class Agent:
    def __init__(self):
        self.tools = {"search": search, "calc": calculator}
        self.scratch = []

    def think(self, step):
        script = [
            ("search", "capital of france"),
            ("search", "population of paris"),
            ("calc", "2.1 * 1000"),
            ("finish", None),
        ]
        return script[step]

    async def run(self, max_steps=10):
        for step in range(max_steps):
            action, arg = self.think(step)
            if action == "finish":
                print("Thought: I have enough information")
                return self.scratch[-1]
            print("Action:", action, repr(arg))
            obs = await self.tools[action](arg)
            print("Observation:", obs)
            self.scratch.append(obs)
        return None


async def main():
    agent = Agent()
    answer = await agent.run()
    print("Answer:", answer)
    return answer


print("returned:", asyncio.run(main()))
