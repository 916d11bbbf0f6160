from typing import List, Dict, Optional
from dataclasses import dataclass


class QueryError(Exception):
    pass


class SyntaxProblem(QueryError):
    def __init__(self, token: str, index: int):
        super().__init__(f"unexpected token {token!r} at index {index}")
        self.token = token
        self.index = index


@dataclass
class Query:
    fields: List[str]
    table: str
    where: Optional[tuple] = None
    limit: Optional[int] = None


def parse_query(q: str) -> Query:
    toks = q.replace(",", " , ").split()
    match toks:
        case ["SELECT", *rest]:
            pass
        case [first, *_]:
            raise SyntaxProblem(first, 0)
        case []:
            raise QueryError("empty query")
    i = 1
    fields = []
    while i < len(toks) and toks[i] != "FROM":
        if toks[i] != ",":
            fields.append(toks[i])
        i += 1
    if i >= len(toks) - 1:
        raise QueryError("missing FROM clause")
    table = toks[i + 1]
    i += 2
    query = Query(fields, table)
    while i < len(toks):
        match toks[i:]:
            case ["WHERE", col, op, val, *_] if op in ("=", ">", "<"):
                query.where = (col, op, int(val) if val.isdigit() else val)
                i += 4
            case ["LIMIT", n, *_] if n.isdigit():
                query.limit = int(n)
                i += 2
            case [tok, *_]:
                raise SyntaxProblem(tok, i)
    return query


ROWS = [
    {"id": 1, "name": "ann", "age": 31},
    {"id": 2, "name": "bob", "age": 25},
    {"id": 3, "name": "cy", "age": 42},
    {"id": 4, "name": "dee", "age": 25},
]


def run(q: Query) -> List[Dict]:
    out = []
    for row in ROWS:
        if q.where:
            col, op, val = q.where
            v = row[col]
            ok = {"=": v == val, ">": v > val, "<": v < val}[op]
            if not ok:
                continue
        out.append({f: row[f] for f in (q.fields if q.fields != ["*"] else row)})
        if q.limit is not None and len(out) >= q.limit:
            break
    return out


queries = [
    "SELECT name, age FROM people",
    "SELECT * FROM people WHERE age = 25",
    "SELECT id FROM people WHERE age > 26 LIMIT 1",
    "SELECT name FROM people LIMIT 2",
    "DELETE FROM people",
    "SELECT name FROM",
    "SELECT name FROM people ORDER BY name",
]
for text in queries:
    try:
        q = parse_query(text)
        print(f"{text}\n   -> {q}\n   => {run(q)}")
    except SyntaxProblem as e:
        print(f"{text}\n   !! syntax: {e} [{e.token}@{e.index}]")
    except QueryError as e:
        print(f"{text}\n   !! {e}")

print("running a query against a missing column...")
print(run(parse_query("SELECT name FROM people WHERE salary > 10")))
