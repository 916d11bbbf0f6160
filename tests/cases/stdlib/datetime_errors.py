from datetime import date, datetime, time, timedelta, timezone

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("month 13", lambda: date(2024, 13, 1))
attempt("day 30 feb", lambda: date(2024, 2, 30))
attempt("year 0", lambda: date(0, 1, 1))
attempt("float year", lambda: date(2024.0, 1, 1))
attempt("hour 24", lambda: time(24, 0))
attempt("minute 60", lambda: datetime(2024, 1, 1, 12, 60))
attempt("second", lambda: time(1, 1, 61))
attempt("micro", lambda: time(1, 1, 1, 1000000))
attempt("bad iso", lambda: date.fromisoformat("2024/01/01"))
attempt("bad iso dt", lambda: datetime.fromisoformat("yesterday"))
attempt("strptime mismatch", lambda: datetime.strptime("2024-13-01", "%Y-%m-%d"))
attempt("strptime extra", lambda: datetime.strptime("2024-01-01 extra", "%Y-%m-%d"))
attempt("naive vs aware", lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc))
attempt("naive minus aware", lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc))
attempt("naive == aware", lambda: datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=timezone.utc))
attempt("date + int", lambda: date(2024, 1, 1) + 1)
attempt("td + int", lambda: timedelta(1) + 1)
attempt("date < datetime", lambda: date(2024, 1, 1) < datetime(2024, 1, 1))
attempt("td overflow", lambda: timedelta(days=10**9))
attempt("date overflow", lambda: date(9999, 12, 31) + timedelta(days=1))
attempt("tz range", lambda: timezone(timedelta(hours=24)))
attempt("tz type", lambda: timezone(5))
attempt("td str arg", lambda: timedelta(days="1"))
attempt("tzinfo type", lambda: datetime(2024, 1, 1, tzinfo="UTC"))
attempt("td / 0", lambda: timedelta(1) / 0)
