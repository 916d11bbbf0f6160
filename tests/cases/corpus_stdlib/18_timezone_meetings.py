"""Convert meeting times between fixed-offset timezones."""
from datetime import datetime, timedelta, timezone

ZONES = {
    "UTC": timezone.utc,
    "NYC": timezone(timedelta(hours=-5), "EST"),
    "Berlin": timezone(timedelta(hours=1), "CET"),
    "Kolkata": timezone(timedelta(hours=5, minutes=30), "IST"),
    "Tokyo": timezone(timedelta(hours=9), "JST"),
}

meeting_utc = datetime(2024, 1, 15, 14, 30, tzinfo=timezone.utc)
print("Meeting:", meeting_utc.isoformat())
for city, tz in ZONES.items():
    local = meeting_utc.astimezone(tz)
    note = "" if 8 <= local.hour < 18 else "  <- outside office hours"
    print(f"  {city:<8} {local.strftime('%Y-%m-%d %H:%M %Z (%z)')}{note}")

stamps = [
    "2024-01-15T09:30:00-05:00",
    "2024-01-15T15:30:00+01:00",
    "2024-01-15T20:00:00+05:30",
    "2024-01-15T14:30:00Z",
    "2024-01-15 23:30:00+09:00",
    "2024-13-01T00:00:00+00:00",
    "yesterday at noon",
]
parsed = []
for s in stamps:
    try:
        dt = datetime.fromisoformat(s)
    except ValueError as e:
        print(f"cannot parse {s!r}: {type(e).__name__}: {e}")
        continue
    parsed.append(dt)
    print(f"{s:<28} -> UTC {dt.astimezone(timezone.utc).strftime('%H:%M')} offset={dt.utcoffset()}")

print("all same instant?", len({p.astimezone(timezone.utc) for p in parsed}) == 1)
print("sorted by instant:", [p.isoformat() for p in sorted(parsed)][:2])

naive = datetime(2024, 1, 15, 14, 30)
try:
    print(naive < meeting_utc)
except TypeError as e:
    print(type(e).__name__, e)
aware = naive.replace(tzinfo=timezone.utc)
print("after replace equal:", aware == meeting_utc)

deadline = datetime(2024, 3, 1, 17, 0, tzinfo=ZONES["Berlin"])
delta = deadline - meeting_utc
print("until deadline:", delta, "| days:", delta.days, "| seconds:", delta.seconds)
print("tz names:", [tz.tzname(None) for tz in ZONES.values()])
print("timestamp:", meeting_utc.timestamp(), "->", datetime.fromtimestamp(1705329000, tz=timezone.utc).isoformat())
print("week later:", (meeting_utc + timedelta(weeks=1)).isoformat(timespec="minutes"))
