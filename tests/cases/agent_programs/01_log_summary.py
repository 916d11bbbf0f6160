"""Parse log lines and summarise errors per service."""
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterator, Optional

RAW_LOGS = """
2024-03-01T10:00:01 INFO  auth     user login ok id=17
2024-03-01T10:00:02 ERROR db       connection timeout after 30s
2024-03-01T10:00:03 WARN  auth     password retry id=17
2024-03-01T10:00:04 ERROR auth     token expired id=22
2024-03-01T10:00:05 INFO  api      GET /orders 200 12ms
2024-03-01T10:00:06 ERROR api      GET /orders/9 500 230ms
garbage line that should be skipped
2024-03-01T10:00:07 DEBUG cache    miss key=user:17
2024-03-01T10:00:08 ERROR db       connection timeout after 30s
2024-03-01T10:00:09 INFO  api      POST /orders 201 45ms
2024-03-01T10:00:10 ERROR db       deadlock detected on table orders
"""


class LogParseError(ValueError):
    pass


@dataclass(order=True)
class LogEntry:
    timestamp: str
    level: str = field(compare=False)
    service: str = field(compare=False)
    message: str = field(compare=False)

    @property
    def is_error(self) -> bool:
        return self.level == "ERROR"

    @classmethod
    def parse(cls, line: str) -> "LogEntry":
        parts = line.split(None, 3)
        if len(parts) != 4 or "T" not in parts[0]:
            raise LogParseError(f"bad line: {line[:20]!r}")
        ts, level, service, message = parts
        return cls(ts, level, service, message.strip())


def read_entries(text: str, errors: list) -> Iterator[LogEntry]:
    for lineno, line in enumerate(text.strip().splitlines(), start=1):
        try:
            entry = LogEntry.parse(line)
        except LogParseError as exc:
            errors.append((lineno, str(exc)))
            continue
        yield entry


def summarize(entries: list[LogEntry]) -> dict[str, dict[str, int]]:
    table: dict[str, Counter] = defaultdict(Counter)
    for e in entries:
        table[e.service][e.level] += 1
    return {svc: dict(sorted(c.items())) for svc, c in sorted(table.items())}


def slowest_request(entries: list[LogEntry]) -> Optional[tuple[str, int]]:
    best: Optional[tuple[str, int]] = None
    for e in entries:
        if e.service != "api":
            continue
        last = e.message.split()[-1]
        if last.endswith("ms"):
            ms = int(last[:-2])
            if best is None or ms > best[1]:
                best = (e.message, ms)
    return best


def main() -> None:
    errors: list = []
    entries = list(read_entries(RAW_LOGS, errors))
    print(f"parsed {len(entries)} entries, {len(errors)} skipped")
    for lineno, msg in errors:
        print(f"  skip line {lineno}: {msg}")

    summary = summarize(entries)
    print("per-service level counts:")
    for svc, counts in summary.items():
        rendered = ", ".join(f"{lvl}={n}" for lvl, n in counts.items())
        print(f"  {svc:<6} | {rendered}")

    error_msgs = Counter(e.message for e in entries if e.is_error)
    print("most common error messages:")
    for msg, n in error_msgs.most_common(2):
        print(f"  {n}x {msg}")

    by_service = defaultdict(list)
    for e in filter(lambda x: x.is_error, entries):
        by_service[e.service].append(e.timestamp[-8:])
    for svc in sorted(by_service, key=lambda s: (-len(by_service[s]), s)):
        print(f"  {svc}: {len(by_service[svc])} errors at {by_service[svc]}")

    slow = slowest_request(entries)
    if slow:
        print(f"slowest api request: {slow[0]!r} ({slow[1]} ms)")
    latest = max(entries)
    print(f"latest entry: {latest.timestamp} {latest.level} {latest.service}")
    ratio = sum(e.is_error for e in entries) / len(entries)
    print(f"error ratio: {ratio:.2%}")


if __name__ == "__main__":
    main()
