"""Typed record importer: NamedTuple schemas, coercion, per-row error reports, strict mode crash."""
from collections import Counter, defaultdict
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Tuple


class ImportFailure(Exception):
    pass


class RowError(ImportFailure):
    def __init__(self, row: int, column: str, message: str):
        super().__init__(f"row {row}, column {column!r}: {message}")
        self.row, self.column = row, column


class Sensor(NamedTuple):
    sensor_id: str
    site: str
    reading: float
    unit: str = "C"
    ok: bool = True


def to_bool(text: str) -> bool:
    match text.strip().lower():
        case "1" | "true" | "yes" | "y":
            return True
        case "0" | "false" | "no" | "n" | "":
            return False
        case other:
            raise ValueError(f"not a boolean: {other!r}")


COERCE: Dict[type, Callable[[str], Any]] = {str: str.strip, float: float, bool: to_bool, int: int}


def coerce_row(schema: type, values: Dict[str, str], row: int) -> Tuple:
    out = {}
    for name, typ in schema.__annotations__.items():
        raw = values.get(name)
        if raw is None or raw == "":
            if name in schema._field_defaults:
                out[name] = schema._field_defaults[name]
                continue
            raise RowError(row, name, "missing value")
        try:
            out[name] = COERCE[typ](raw)
        except ValueError as exc:
            raise RowError(row, name, f"cannot convert {raw!r} to {typ.__name__}") from exc
    return schema(**out)


def import_rows(schema: type, lines: List[str], strict: bool = False) -> Tuple[List[Tuple], List[RowError]]:
    header = [h.strip() for h in lines[0].split(",")]
    unknown = [h for h in header if h not in schema._fields]
    if unknown:
        print(f"  note: ignoring unknown columns {unknown}")
    good, bad = [], []
    for i, line in enumerate(lines[1:], start=2):
        cells = line.split(",")
        values = dict(zip(header, cells))
        try:
            rec = coerce_row(schema, values, i)
        except RowError as exc:
            if strict:
                raise ImportFailure(f"strict import aborted after {len(good)} good rows") from exc
            bad.append(exc)
        else:
            good.append(rec)
    return good, bad


DATA = """sensor_id,site,reading,unit,ok,comment
T-01,north,21.5,C,yes,
T-02,north,19.0,,1,recalibrated
T-03,south,abc,C,yes,
H-01,south,55.2,%,no,humid
T-04,,18.25,C,true,
T-05,east,23.75,C,maybe,
T-06,east,-2.5,C,,outdoor""".splitlines()

good, bad = import_rows(Sensor, DATA)
print(f"imported {len(good)} rows, {len(bad)} errors")
for rec in good:
    print(f"  {rec.sensor_id:<5} {rec.site:<6} {rec.reading:>7.2f} {rec.unit:<2} ok={rec.ok}")
for err in bad:
    cause = err.__cause__
    print(f"  ERROR {err}" + (f"  <- {type(cause).__name__}: {cause}" if cause else ""))
by_site: Dict[str, List[float]] = defaultdict(list)
for rec in good:
    if rec.unit == "C":
        by_site[rec.site].append(rec.reading)
for site, vals in sorted(by_site.items()):
    print(f"  {site}: mean {sum(vals) / len(vals):.3f} over {len(vals)}")
print("error columns:", Counter(e.column for e in bad).most_common())
first = good[0]
print("namedtuple ops:", first._asdict(), first._replace(reading=0.0).reading, first[1], len(first))
print("defaults:", Sensor._field_defaults, "| fields:", Sensor._fields)
warmest: Optional[Sensor] = max((r for r in good if r.unit == "C"), key=lambda r: r.reading, default=None)
print("warmest:", warmest)
print("strict re-import of the same data:")
import_rows(Sensor, DATA, strict=True)
