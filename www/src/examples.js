// The programs the playground offers. Each has Python code, JavaScript host functions the code
// may call, and optionally limits it is meant to run under (the runaway and memory examples).

const FAKE_TOOLS = `// Functions declared here can be called from Python. Arguments arrive as JS values
// (lists as arrays, dicts as Maps); return plain values, arrays, objects or Maps.
// Async functions become Python awaitables: asyncio.gather runs them concurrently.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function get_weather(city) {
  await sleep(40)
  const table = { Paris: [18, 'cloudy'], Lima: [24, 'sunny'], Oslo: [7, 'rain'] }
  const [temp_c, sky] = table[city] ?? [15, 'unknown']
  return { city, temp_c, sky }
}

async function search(query) {
  await sleep(60)
  return [\`\${query}: opening hours\`, \`\${query}: best museums\`, \`\${query}: getting around\`]
}
`

export const EXAMPLES = [
  {
    id: 'agent',
    title: 'Agent: concurrent tool calls',
    note: 'asyncio.gather over async JS host functions',
    code: `import asyncio

async def plan(city):
    # Both tools run at once: the host functions are async JavaScript.
    weather, pages = await asyncio.gather(get_weather(city), search(city))
    return {"city": city, "temp": weather["temp_c"], "sky": weather["sky"], "reading": pages[:2]}

async def main():
    plans = await asyncio.gather(*(plan(c) for c in ["Paris", "Lima", "Oslo"]))
    for p in plans:
        print(f"{p['city']:<6} {p['temp']:>3}°C {p['sky']:<7} first read: {p['reading'][0]}")
    warmest = max(plans, key=lambda p: p["temp"])
    return warmest["city"]

await main()
`,
    host: FAKE_TOOLS,
  },
  {
    id: 'data',
    title: 'Data processing',
    note: 'parse, group, aggregate, report',
    code: `raw = """order_id,customer,amount,status
1001,acme,250.00,shipped
1002,globex,99.50,pending
1003,acme,1200.00,shipped
1004,initech,15.25,cancelled
1005,globex,430.10,shipped"""

header, *lines = raw.splitlines()
rows = [dict(zip(header.split(","), line.split(","))) for line in lines]
totals = {}
for r in rows:
    if r["status"] == "cancelled":
        continue
    totals[r["customer"]] = totals.get(r["customer"], 0) + float(r["amount"])

for customer, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f"{customer:<10}{total:>10,.2f}")
by_status = {s: sum(1 for r in rows if r["status"] == s) for s in sorted({r["status"] for r in rows})}
print(by_status)
round(sum(totals.values()), 2)
`,
    host: '// This example calls no host functions.\n',
  },
  {
    id: 'classes',
    title: 'Classes and inheritance',
    note: 'dataclasses, super(), properties, dunders',
    code: `from dataclasses import dataclass

class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"

    def __lt__(self, other):
        return self.area() < other.area()

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__(f"{w}x{h}")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

    @property
    def side(self):
        return self.w

class Circle(Shape):
    def __init__(self, r):
        super().__init__(f"r={r}")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2

@dataclass
class Inventory:
    shapes: list
    owner: str = "lab"

    def largest(self):
        return max(self.shapes)

inv = Inventory([Rect(2, 5), Square(3), Circle(1.5)])
for s in sorted(inv.shapes):
    print(s)
print(isinstance(inv.shapes[1], Rect), Square(4).side, inv.owner, inv.largest())
[s.name for s in sorted(inv.shapes, reverse=True)]
`,
    host: '// This example calls no host functions.\n',
  },
  {
    id: 'tool',
    title: 'Host call by hand',
    note: 'turn on step mode to answer the call yourself',
    code: `def lookup(user_id):
    record = fetch_user(user_id)
    return f"{record['name']} <{record['email']}>"

try:
    print(lookup(42))
except LookupError as e:
    print("not found:", e)
"done"
`,
    host: `function fetch_user(id) {
  if (id !== 42) throw Object.assign(new Error(\`no user \${id}\`), { name: 'LookupError' })
  return { name: 'Ada', email: 'ada@example.org' }
}
`,
  },
  {
    id: 'runaway',
    title: 'Runaway loop (time limit)',
    note: 'stopped by the time limit; the page stays responsive',
    limits: { time: 1 },
    code: `n = 0
while True:
    try:
        n += 1
        if n % 1_000_000 == 0:
            print("still going", n)
    except BaseException:
        pass  # limits cannot be caught
`,
    host: '// This example calls no host functions.\n',
  },
  {
    id: 'memory',
    title: 'Memory bomb (memory limit)',
    note: 'stopped by the memory limit',
    limits: { memory: 32 },
    code: `chunks = []
while True:
    chunks.append("x" * 1_000_000)
    if len(chunks) % 8 == 0:
        print(len(chunks), "MB held")
`,
    host: '// This example calls no host functions.\n',
  },
]

export const DEFAULT_EXAMPLE = 'agent'

/** The limits the page's controls show when no example asks for others. */
export const DEFAULT_LIMITS = { time: 2, memory: 32, recursion: 1000 }

export const exampleById = (id) => EXAMPLES.find((e) => e.id === id) ?? EXAMPLES[0]

/** The limits example `example` runs under: the defaults, with its own on top. */
export const limitsFor = (example) => ({ ...DEFAULT_LIMITS, ...example.limits })
