"""Fake async crawler over an in-memory site map; an unexpected page kills it."""
import asyncio
import json
import re
from collections import deque
from typing import Dict, List, Set

SITE: Dict[str, str] = {
    "/": '<a href="/about">About</a> <a href="/blog">Blog</a>',
    "/about": '<a href="/">Home</a> <a href="/team">Team</a>',
    "/blog": '<a href="/blog/1">1</a> <a href="/blog/2">2</a> <a href="/blog/3">3</a>',
    "/blog/1": 'post one <a href="/blog/2">next</a>',
    "/blog/2": 'post two <a href="/blog/3">next</a>',
    "/blog/3": '{"redirect": "/blog/4"',
    "/team": 'We are <a href="/about">us</a>',
}
LINK = re.compile(r'href="(?P<href>[^"]+)"')


async def fetch(path: str) -> str:
    await asyncio.sleep(0)
    return SITE[path]


async def parse(path: str, body: str) -> List[str]:
    await asyncio.sleep(0)
    if body.lstrip().startswith("{"):
        meta = json.loads(body)
        return [meta["redirect"]]
    return [m.group("href") for m in LINK.finditer(body)]


async def crawl(start: str, max_pages: int = 20) -> Dict[str, List[str]]:
    seen: Set[str] = {start}
    graph: Dict[str, List[str]] = {}
    frontier = deque([start])
    while frontier and len(graph) < max_pages:
        batch = [frontier.popleft() for _ in range(min(2, len(frontier)))]
        bodies = await asyncio.gather(*(fetch(p) for p in batch))
        links_list = await asyncio.gather(*(parse(p, b) for p, b in zip(batch, bodies)))
        for path, links in zip(batch, links_list):
            graph[path] = links
            print(f"crawled {path:<8} -> {links}")
            for link in links:
                if link not in seen:
                    seen.add(link)
                    frontier.append(link)
    return graph


async def main() -> None:
    link_counts = {p: len(LINK.findall(body)) for p, body in SITE.items()}
    for p, n in sorted(link_counts.items()):
        print(f"  {p:<8} has {n} link(s)")
    print("total links:", sum(link_counts.values()), "| dead ends:", sorted(p for p, n in link_counts.items() if n == 0))
    graph = await crawl("/")
    print("pages:", sorted(graph))


asyncio.run(main())
