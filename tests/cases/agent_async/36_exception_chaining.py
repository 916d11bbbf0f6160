import asyncio


class ToolFailure(Exception):
    def __init__(self, tool, reason):
        super().__init__("%s failed: %s" % (tool, reason))
        self.tool = tool


async def parse_json_like(text):
    await asyncio.sleep(0.001)
    if not text.startswith("{"):
        raise SyntaxError("expected object, got %r" % text[:6])
    return dict(pair.split("=") for pair in text.strip("{}").split(","))


async def run_tool(name, text):
    try:
        return await parse_json_like(text)
    except SyntaxError as e:
        raise ToolFailure(name, "bad output") from e


async def main():
    inputs = [("weather", "{city=Oslo,temp=3}"), ("stocks", "oops not json"), ("news", "{top=cats}")]
    for name, text in inputs:
        try:
            print(name, "->", await run_tool(name, text))
        except ToolFailure as e:
            print("error:", e)
            print("  tool attr:", e.tool)
            print("  cause:", type(e.__cause__).__name__, "-", e.__cause__)
            print("  suppress_context:", e.__suppress_context__)


asyncio.run(main())
