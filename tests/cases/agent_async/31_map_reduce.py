import asyncio
from collections import Counter

DOCS = {
    "d1": "the cat sat on the mat",
    "d2": "the dog ate the cat food",
    "d3": "a bird sat on a dog",
    "d4": "cat and dog and bird",
}
DELAY = {"d1": 0.2, "d2": 0.01, "d3": 0.02, "d4": 0.03}


async def mapper(sem, doc_id, text):
    async with sem:
        await asyncio.sleep(DELAY[doc_id])
        counts = Counter(text.split())
        print("mapped", doc_id, "->", len(counts), "distinct words")
        return counts


async def reducer(partials):
    await asyncio.sleep(0.001)
    total = Counter()
    for p in partials:
        total.update(p)
    return total


async def main():
    sem = asyncio.Semaphore(2)
    ids = sorted(DOCS)
    partials = []
    for doc_id in ids:
        partials.append(await mapper(sem, doc_id, DOCS[doc_id]))
    total = await reducer(partials)
    for word, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
        print("%-5s %d" % (word, n))
    par = await asyncio.gather(*(mapper(sem, d, DOCS[d]) for d in ids))
    print("parallel totals equal:", await reducer(par) == total)


asyncio.run(main())
