import asyncio

GRAPH = {
    "fetch_a": [],
    "fetch_b": [],
    "parse_a": ["fetch_a"],
    "parse_b": ["fetch_b"],
    "merge": ["parse_a", "parse_b"],
    "report": ["merge"],
}
DURATION = {"fetch_a": 0.05, "fetch_b": 0.01, "parse_a": 0.01, "parse_b": 0.15, "merge": 0.01, "report": 0.01}


async def run_node(name, events, outputs, order):
    for dep in GRAPH[name]:
        await events[dep].wait()
    inputs = [outputs[d] for d in GRAPH[name]]
    await asyncio.sleep(DURATION[name])
    outputs[name] = name + "(" + ",".join(inputs) + ")"
    order.append(name)
    print("finished", name)
    events[name].set()


async def main():
    events = {n: asyncio.Event() for n in GRAPH}
    outputs = {}
    order = []
    await asyncio.gather(*(run_node(n, events, outputs, order) for n in reversed(list(GRAPH))))
    print("order:", order)
    print("report:", outputs["report"])


asyncio.run(main())
