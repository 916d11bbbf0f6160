from typing import List, Dict, Any, Optional
from collections import defaultdict


class StageFailed(Exception):
    def __init__(self, stage: str, index: int):
        super().__init__(f"stage {stage!r} failed on record {index}")
        self.stage = stage
        self.index = index


class Timer:
    ticks = 0

    def __init__(self, label: str, report: Dict[str, int]):
        self.label = label
        self.report = report

    def __enter__(self):
        self.start = Timer.ticks
        print(f"  -> enter {self.label}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Timer.ticks += 10
        self.report[self.label] = Timer.ticks - self.start
        status = "ok" if exc_type is None else f"error {exc_type.__name__}"
        print(f"  <- exit {self.label} ({status})")
        return False


class Stage:
    def __init__(self, name: str):
        self.name = name
        self.processed = 0

    def __call__(self, records: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
        out = []
        for i, r in enumerate(records):
            try:
                res = self.process(r)
            except (KeyError, ValueError, TypeError) as e:
                raise StageFailed(self.name, i) from e
            if res is not None:
                out.append(res)
                self.processed += 1
        return out

    def process(self, r):
        return r


class Normalize(Stage):
    def process(self, r):
        return {k.strip().lower(): v.strip() if isinstance(v, str) else v for k, v in r.items()}


class Cast(Stage):
    def process(self, r):
        return {**r, "age": int(r["age"]), "score": float(r["score"])}


class Filter(Stage):
    def __init__(self, name, min_age):
        super().__init__(name)
        self.min_age = min_age

    def process(self, r):
        return r if r["age"] >= self.min_age else None


def run(records, stages: List[Stage]):
    report: Dict[str, int] = {}
    data = records
    with Timer("pipeline", report):
        for st in stages:
            with Timer(st.name, report):
                data = st(data)
                print(f"     {st.name}: {len(data)} records")
    print("  timing:", report)
    return data


batch1 = [
    {" Name ": " Ann ", "AGE": "34", "Score": "88.5"},
    {"name": "bob", "age": "17", "score": "92"},
    {"NAME": "Cy", "Age": " 45 ", "score": "71.25"},
]
stages = [Normalize("normalize"), Cast("cast"), Filter("adults", 18)]
result = run(batch1, stages)
for r in result:
    print(f"  {r['name']:<4} age={r['age']:>3} score={r['score']:6.2f}")
print("processed counts:", {s.name: s.processed for s in stages})
by_decade = defaultdict(list)
for r in result:
    by_decade[r["age"] // 10 * 10].append(r["name"])
print("by decade:", dict(by_decade))

batch2 = [
    {"name": "dee", "age": "29", "score": "80"},
    {"name": "eli", "age": "thirty", "score": "75"},
]
try:
    run(batch2, stages)
except StageFailed as e:
    print("caught:", e, "| cause:", repr(e.__cause__))

batch3 = [{"name": "fay", "score": "60"}]
print("running batch3 without a handler...")
run(batch3, stages)
