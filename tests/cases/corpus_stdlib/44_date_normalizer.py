"""Normalize dates written in many formats into ISO 8601."""
import re
from datetime import datetime, date
from typing import Optional, List, Tuple

FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%m/%d/%y", "%B %d, %Y", "%d %b %Y", "%Y%m%d", "%a, %d %b %Y %H:%M:%S", "%d.%m.%Y %H:%M"]

INPUTS = [
    "2024-02-29", "31/12/2023", "07/04/24", "March 5, 2024", "5 Mar 2024", "20240115",
    "Tue, 02 Jan 2024 13:45:00", "15.08.2024 09:30", "2023-02-29", "13/13/2023",
    "yesterday", "2024-1-5", "  2024-06-01  ", "Sept 3, 2024",
]

ORDINAL = re.compile(r"(\d{1,2})(st|nd|rd|th)\b", re.IGNORECASE)


def parse_date(text: str) -> Tuple[Optional[datetime], List[str]]:
    cleaned = ORDINAL.sub(r"\1", text.strip())
    cleaned = re.sub(r"\bSept\b", "Sep", cleaned)
    tried = []
    for fmt in FORMATS:
        try:
            return datetime.strptime(cleaned, fmt), tried
        except ValueError as e:
            tried.append(str(e))
    return None, tried


ok = 0
for raw in INPUTS:
    dt, errors = parse_date(raw)
    if dt is None:
        print(f"{raw!r:<30} FAILED; last error: {errors[-1]}")
        continue
    ok += 1
    out = dt.date().isoformat() if dt.time() == datetime.min.time() else dt.isoformat(sep=" ")
    print(f"{raw!r:<30} -> {out:<20} ({dt:%A}, tried {len(errors)} formats first)")
print(f"parsed {ok}/{len(INPUTS)}")

for s in ["1st of May", "the 22nd", "3RD"]:
    print("ordinal strip:", s, "->", ORDINAL.sub(r"\1", s))

leap_years = [y for y in range(1896, 1912) if date(y, 3, 1).toordinal() - date(y, 2, 1).toordinal() == 29]
print("leap years 1896-1911:", leap_years)
try:
    date(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__, e)
try:
    datetime.strptime("2024-05-10 extra", "%Y-%m-%d")
except ValueError as e:
    print(type(e).__name__, e)
d = datetime.strptime("2024-07-04 18:30", "%Y-%m-%d %H:%M")
print(d.strftime("%d %B %Y, %I:%M %p | day %j | week %W | %y/%m/%d"))
print(date.fromisoformat("2024-07-04").replace(year=2025).isoformat(), date(2024, 7, 4).isoweekday())
