"""Dates, times, datetimes, timedeltas and fixed-offset timezones (proleptic Gregorian).
There is no local time zone in the sandbox: "local" is UTC, and the current time comes from
the host through the `time.time` OS call."""

import _monty

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_US_PER_DAY = 86_400_000_000


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ordinal(year, month, day):
    before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and _is_leap(year) else 0)
    return _days_before_year(year) + before + day


def _ordinal_to_ymd(n):
    # Years come in 400-year cycles of 146097 days; find the year, then the month.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while True:
        length = _days_in_month(year, month)
        if n < length:
            return year, month, n + 1
        n -= length
        month += 1


def _index(value):
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return int(value)
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


def _check_date(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _cmp_error(a, b):
    return TypeError(f"'<' not supported between instances of '{type(a).__name__}' and '{type(b).__name__}'")


class timedelta:
    _monty_type_name = "datetime.timedelta"
    __slots__ = ("_days", "_seconds", "_microseconds", "_hash")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        parts = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        scales = (_US_PER_DAY, 1_000_000, 1, 1000, 60_000_000, 3_600_000_000, 7 * _US_PER_DAY)
        for p in parts:
            if not isinstance(p, (int, float)):
                raise TypeError(f"unsupported type for timedelta {('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')[parts.index(p)]} component: {type(p).__name__}")
        if all(isinstance(p, int) for p in parts):
            total = sum(p * s for p, s in zip(parts, scales))
        else:
            whole = sum(int(p) * s for p, s in zip(parts, scales))
            frac = sum((p - int(p)) * s for p, s in zip(parts, scales))
            total = whole + round(frac)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        days, rest = divmod(total, _US_PER_DAY)
        seconds, microseconds = divmod(rest, 1_000_000)
        if abs(days) > 999999999:
            raise OverflowError(f"days={days}; must have magnitude <= 999999999")
        self = object.__new__(cls)
        self._days, self._seconds, self._microseconds = days, seconds, microseconds
        self._hash = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _total(self):
        return (self._days * 86400 + self._seconds) * 1_000_000 + self._microseconds

    def total_seconds(self):
        return self._total() / 1_000_000

    def __repr__(self):
        fields = []
        if self._days:
            fields.append(f"days={self._days}")
        if self._seconds:
            fields.append(f"seconds={self._seconds}")
        if self._microseconds:
            fields.append(f"microseconds={self._microseconds}")
        return f"datetime.timedelta({', '.join(fields) or '0'})"

    def __str__(self):
        minutes, s = divmod(self._seconds, 60)
        h, m = divmod(minutes, 60)
        text = f"{h}:{m:02d}:{s:02d}"
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            text = f"{self._days} day{plural}, " + text
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() + other._total())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() - other._total())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._total())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._total() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_round(self._total() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total() / other._total()
        if isinstance(other, int):
            return timedelta._from_microseconds(_divide_round(self._total(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_round(den * self._total(), num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total() // other._total()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._total() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() % other._total())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._total(), other._total())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._total() == other._total()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._total() < other._total()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._total() <= other._total()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._total() > other._total()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._total() >= other._total()
        return NotImplemented

    def __hash__(self):
        return hash(("timedelta", self._total()))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


def _divide_round(a, b):
    # a / b rounded to the nearest integer, ties to even (as CPython's timedelta does).
    q, r = divmod(a, b)
    twice = 2 * r
    if b > 0:
        greater = twice > b or (twice == b and q % 2 == 1)
    else:
        greater = twice < b or (twice == b and q % 2 == 1)
    return q + 1 if greater else q


timedelta.min = timedelta._from_microseconds(-999999999 * _US_PER_DAY)
timedelta.max = timedelta._from_microseconds(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = timedelta._from_microseconds(1)


class tzinfo:
    _monty_type_name = "datetime.tzinfo"
    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


def _format_offset(offset, sep=":"):
    if offset is None:
        return ""
    sign = "-" if offset._total() < 0 else "+"
    total = abs(offset._total())
    hours, rest = divmod(total, 3_600_000_000)
    minutes, rest = divmod(rest, 60_000_000)
    seconds, micro = divmod(rest, 1_000_000)
    text = f"{sign}{hours:02d}{sep}{minutes:02d}"
    if seconds or micro:
        text += f"{sep}{seconds:02d}"
        if micro:
            text += f".{micro:06d}"
    return text


class timezone(tzinfo):
    _monty_type_name = "datetime.timezone"
    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not " + repr(offset) + ".")
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"datetime.timezone({self._offset!r})"
        return f"datetime.timezone({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _now_timestamp():
    return _monty.os_call("time.time")


def _strftime(fmt, year, month, day, hour, minute, second, microsecond, weekday, yday, offset, tzname):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == "Y":
            out.append(f"{year:04d}" if year >= 1000 else str(year))
        elif d == "m":
            out.append(f"{month:02d}")
        elif d == "d":
            out.append(f"{day:02d}")
        elif d == "H":
            out.append(f"{hour:02d}")
        elif d == "M":
            out.append(f"{minute:02d}")
        elif d == "S":
            out.append(f"{second:02d}")
        elif d == "f":
            out.append(f"{microsecond:06d}")
        elif d == "y":
            out.append(f"{year % 100:02d}")
        elif d == "b" or d == "h":
            out.append(_MONTH_NAMES[month - 1][:3])
        elif d == "B":
            out.append(_MONTH_NAMES[month - 1])
        elif d == "a":
            out.append(_DAY_NAMES[weekday][:3])
        elif d == "A":
            out.append(_DAY_NAMES[weekday])
        elif d == "w":
            out.append(str((weekday + 1) % 7))
        elif d == "u":
            out.append(str(weekday + 1))
        elif d == "j":
            out.append(f"{yday:03d}")
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "I":
            out.append(f"{(hour % 12) or 12:02d}")
        elif d == "e":
            out.append(f"{day:2d}")
        elif d == "z":
            out.append(_format_offset(offset, "") if offset is not None else "")
        elif d == "Z":
            out.append(tzname or "")
        elif d == "c":
            out.append(f"{_DAY_NAMES[weekday][:3]} {_MONTH_NAMES[month - 1][:3]} {day:2d} {hour:02d}:{minute:02d}:{second:02d} {year:04d}")
        elif d == "x":
            out.append(f"{month:02d}/{day:02d}/{year % 100:02d}")
        elif d == "X":
            out.append(f"{hour:02d}:{minute:02d}:{second:02d}")
        elif d == "D":
            out.append(f"{month:02d}/{day:02d}/{year % 100:02d}")
        elif d == "F":
            out.append(f"{year:04d}-{month:02d}-{day:02d}")
        elif d == "T":
            out.append(f"{hour:02d}:{minute:02d}:{second:02d}")
        elif d == "R":
            out.append(f"{hour:02d}:{minute:02d}")
        elif d in "UWGV":
            ordinal = _ymd_to_ordinal(year, month, day)
            if d == "U":
                out.append(f"{(yday + 6 - (weekday + 1) % 7) // 7:02d}")
            elif d == "W":
                out.append(f"{(yday + 6 - weekday) // 7:02d}")
            else:
                iso_year, iso_week, _ = _iso_calendar(ordinal)
                out.append(str(iso_year) if d == "G" else f"{iso_week:02d}")
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


def _iso_week1_monday(year):
    first = _ymd_to_ordinal(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _iso_calendar(ordinal):
    year = _ordinal_to_ymd(ordinal)[0]
    week1 = _iso_week1_monday(year)
    if ordinal < week1:
        year -= 1
        week1 = _iso_week1_monday(year)
    elif ordinal >= _iso_week1_monday(year + 1):
        year += 1
        week1 = _iso_week1_monday(year)
    week, day = divmod(ordinal - week1, 7)
    return year, week + 1, day + 1


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"


class date:
    _monty_type_name = "datetime.date"
    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        return self

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_now_timestamp())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _ordinal_to_ymd(int(t // 86400) + _EPOCH_ORDINAL)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError(f"ordinal must be >= 1")
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_date(date_string)
        if parsed is None or parsed[1] != len(date_string):
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        return cls(*parsed[0])

    @classmethod
    def fromisocalendar(cls, year, week, day):
        # Week 53 exists only in years of 53 ISO weeks (371 days between week-1 Mondays).
        if not 1 <= week <= 53 or (week == 53 and _iso_week1_monday(year + 1) - _iso_week1_monday(year) != 371):
            raise ValueError(f"Invalid week: {week}")
        if not 1 <= day <= 7:
            raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
        return cls(*_ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1))

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        return IsoCalendarDate(*_iso_calendar(self.toordinal()))

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def __repr__(self):
        return f"datetime.date({self._year}, {self._month}, {self._day})"

    def ctime(self):
        return self.strftime("%a %b %e 00:00:00 %Y")

    def _yday(self):
        return self.toordinal() - _ymd_to_ordinal(self._year, 1, 1) + 1

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(), self._yday(), None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        from time import struct_time
        return struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), self._yday(), -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return type(self).fromordinal(n)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


_EPOCH_ORDINAL = _ymd_to_ordinal(1970, 1, 1)
_MAX_ORDINAL = _ymd_to_ordinal(9999, 12, 31)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _time_iso(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return f"{hour:02d}"
    if timespec == "minutes":
        return f"{hour:02d}:{minute:02d}"
    if timespec == "seconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}"
    if timespec == "milliseconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}.{microsecond // 1000:03d}"
    if timespec == "microseconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}.{microsecond:06d}"
    raise ValueError("Unknown timespec value")


class time:
    _monty_type_name = "datetime.time"
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo, self._fold = tzinfo, fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_time(time_string)
        if parsed is None:
            raise ValueError(f"Invalid isoformat string: {time_string!r}")
        return cls(*parsed)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def isoformat(self, timespec="auto"):
        return _time_iso(self._hour, self._minute, self._second, self._microsecond, timespec) + _format_offset(self.utcoffset())

    __str__ = isoformat

    def __repr__(self):
        args = [str(self._hour), str(self._minute)]
        if self._second or self._microsecond:
            args.append(str(self._second))
        if self._microsecond:
            args.append(str(self._microsecond))
        text = f"datetime.time({', '.join(args)}"
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 0, 1,
                         self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _key(self):
        offset = self.utcoffset()
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1_000_000 + self._microsecond
        return us - (offset._total() if offset is not None else 0)

    def _compare(self, other):
        if not isinstance(other, time):
            return None
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            raise TypeError("can't compare offset-naive and offset-aware times")
        return (self._key() > other._key()) - (self._key() < other._key())

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            return False
        return self._key() == other._key()

    def __lt__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    _monty_type_name = "datetime.datetime"
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo, self._fold = tzinfo, fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_us(cls, total, tz):
        # Microseconds since 0001-01-01T00:00 to a datetime.
        days, us = divmod(total, _US_PER_DAY)
        if not 0 <= days < _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ordinal_to_ymd(days + 1)
        seconds, micro = divmod(us, 1_000_000)
        minutes, s = divmod(seconds, 60)
        h, mi = divmod(minutes, 60)
        return cls(y, m, d, h, mi, s, micro, tz)

    def _us(self):
        days = self.toordinal() - 1
        return ((days * 86400 + (self._hour * 60 + self._minute) * 60 + self._second) * 1_000_000 + self._microsecond)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        us = round(t * 1_000_000)
        made = cls._from_us(us + (_EPOCH_ORDINAL - 1) * _US_PER_DAY, None)
        if tz is not None:
            made = tz.fromutc(made.replace(tzinfo=tz))
        return made

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_now_timestamp(), tz)

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(_now_timestamp())

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        tz = time.tzinfo if tzinfo is True else tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond, tz,
                   fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_date(date_string)
        if parsed is None:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        (y, m, d), end = parsed
        if end == len(date_string):
            return cls(y, m, d)
        t = _parse_iso_time(date_string[end + 1:])
        if t is None:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        return cls(y, m, d, *t)

    @classmethod
    def strptime(cls, date_string, format):
        return cls(*_strptime(date_string, format))

    def timestamp(self):
        offset = self.utcoffset()
        us = self._us() - (_EPOCH_ORDINAL - 1) * _US_PER_DAY - (offset._total() if offset is not None else 0)
        return us / 1_000_000

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        if offset is not None and not isinstance(offset, timedelta):
            raise TypeError(f"tzinfo.utcoffset() must return None or timedelta, not '{type(offset).__name__}'")
        return offset

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        offset = self.utcoffset()
        base = self._us() - (offset._total() if offset is not None else 0)
        return tz.fromutc(datetime._from_us(base, tz))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def isoformat(self, sep="T", timespec="auto"):
        return (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
                + _time_iso(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        args = [str(self._year), str(self._month), str(self._day), str(self._hour), str(self._minute)]
        if self._second or self._microsecond:
            args.append(str(self._second))
        if self._microsecond:
            args.append(str(self._microsecond))
        text = f"datetime.datetime({', '.join(args)}"
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y")

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self.weekday(), self._yday(), self.utcoffset(), self.tzname())

    def timetuple(self):
        from time import struct_time
        return struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                            self.weekday(), self._yday(), -1))

    def _compare(self, other, for_equality=False):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                raise TypeError("can't compare datetime.datetime to datetime.date")
            return None
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            if for_equality:
                return 1
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        x = self._us() - (a._total() if a is not None else 0)
        y = other._us() - (b._total() if b is not None else 0)
        return (x > y) - (x < y)

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented if not isinstance(other, date) else False
        return self._compare(other, True) == 0

    def __lt__(self, other):
        c = self._compare(other)
        if c is None:
            raise _cmp_error(self, other)
        return c < 0

    def __le__(self, other):
        c = self._compare(other)
        if c is None:
            raise _cmp_error(self, other)
        return c <= 0

    def __gt__(self, other):
        c = self._compare(other)
        if c is None:
            raise _cmp_error(self, other)
        return c > 0

    def __ge__(self, other):
        c = self._compare(other)
        if c is None:
            raise _cmp_error(self, other)
        return c >= 0

    def __hash__(self):
        offset = self.utcoffset()
        return hash(self._us() - (offset._total() if offset is not None else 0))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return datetime._from_us(self._us() + other._total(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return datetime._from_us(self._us() - other._total(), self._tzinfo)
        if isinstance(other, datetime):
            a, b = self.utcoffset(), other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            x = self._us() - (a._total() if a is not None else 0)
            y = other._us() - (b._total() if b is not None else 0)
            return timedelta(microseconds=x - y)
        return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _digits(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not part.isdigit() or not part.isascii():
        return None
    return int(part)


def _parse_iso_date(s):
    # YYYY-MM-DD or YYYYMMDD (or the ISO week forms YYYY-Www-D / YYYYWwwD): ((y, m, d), end).
    year = _digits(s, 0, 4)
    if year is None:
        return None
    dash = s[4:5] == "-"
    i = 5 if dash else 4
    if s[i:i + 1] == "W":
        week = _digits(s, i + 1, 2)
        if week is None:
            return None
        j = i + 3
        day = 1
        if dash and s[j:j + 1] == "-":
            j += 1
        if j < len(s) and s[j].isdigit():
            day = int(s[j])
            j += 1
        d = date.fromisocalendar(year, week, day)
        return (d.year, d.month, d.day), j
    month = _digits(s, i, 2)
    i += 2
    if month is None:
        return None
    if dash:
        if s[i:i + 1] != "-":
            return None
        i += 1
    day = _digits(s, i, 2)
    if day is None:
        return None
    return (year, month, day), i + 2


def _parse_iso_time(s):
    # HH[:MM[:SS[.ffffff]]] then Z or ±HH[:MM[:SS[.ffffff]]]: (h, m, s, us, tz) or None.
    tz = None
    for k, c in enumerate(s):
        if c in "+-Z":
            zone = s[k:]
            s = s[:k]
            if zone == "Z":
                tz = timezone.utc
            else:
                parts = _parse_iso_clock(zone[1:])
                if parts is None:
                    return None
                h, m, sec, us = parts
                offset = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
                tz = timezone.utc if not offset else timezone(-offset if zone[0] == "-" else offset)
            break
    parts = _parse_iso_clock(s)
    if parts is None:
        return None
    return parts + (tz,)


def _parse_iso_clock(s):
    colons = ":" in s
    fields = []
    i = 0
    while len(fields) < 3 and i < len(s):
        if fields and colons:
            if s[i:i + 1] != ":":
                return None
            i += 1
        value = _digits(s, i, 2)
        if value is None:
            return None
        fields.append(value)
        i += 2
    if not fields:
        return None
    micro = 0
    if i < len(s):
        if s[i] not in ".," or len(fields) != 3:
            return None
        frac = s[i + 1:]
        if not frac or not frac.isdigit():
            return None
        micro = int((frac + "000000")[:6])
    while len(fields) < 3:
        fields.append(0)
    return fields[0], fields[1], fields[2], micro


_STRPTIME_PATTERNS = {
    "Y": r"(?P<Y>\d{4})", "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])", "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)", "M": r"(?P<M>[0-5]\d|\d)", "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "f": r"(?P<f>[0-9]{1,6})", "y": r"(?P<y>\d\d)", "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "p": r"(?P<p>am|pm)", "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "b": "(?P<b>" + "|".join(n[:3] for n in _MONTH_NAMES) + ")",
    "B": "(?P<B>" + "|".join(_MONTH_NAMES) + ")",
    "a": "(?P<a>" + "|".join(n[:3] for n in _DAY_NAMES) + ")",
    "A": "(?P<A>" + "|".join(_DAY_NAMES) + ")",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "Z": r"(?P<Z>utc|gmt)", "%": "%",
    "G": r"(?P<G>\d{4})", "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)", "u": r"(?P<u>[1-7])", "w": r"(?P<w>[0-6])",
}


def _strptime_weekday(g):
    """Monday-based weekday (0-6) from %u, %w, %a or %A, or None."""
    if g.get("u"):
        return int(g["u"]) - 1
    if g.get("w"):
        return (int(g["w"]) + 6) % 7
    for key, names in (("A", _DAY_NAMES), ("a", [n[:3] for n in _DAY_NAMES])):
        if g.get(key):
            return [n.lower() for n in names].index(g[key].lower())
    return None


def _strptime_iso_week(g):
    """The date of an ISO year (%G), week (%V) and weekday."""
    weekday = _strptime_weekday(g)
    if not g.get("G") or not g.get("V") or weekday is None:
        if g.get("G"):
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' "
                             "and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' "
                         "and a weekday directive ('%A', '%a', '%w', or '%u').")
    ordinal = _iso_week1_monday(int(g["G"])) + (int(g["V"]) - 1) * 7 + weekday
    return _ordinal_to_ymd(ordinal)


def _strptime(data, fmt):
    import re
    if not isinstance(data, str):
        raise TypeError(f"strptime() argument 1 must be str, not {type(data).__name__}")
    if not isinstance(fmt, str):
        raise TypeError(f"strptime() argument 2 must be str, not {type(fmt).__name__}")
    pattern = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "%" and i + 1 < len(fmt):
            d = fmt[i + 1]
            if d not in _STRPTIME_PATTERNS:
                raise ValueError(f"'{d}' is a bad directive in format '%{d}'")
            pattern.append(_STRPTIME_PATTERNS[d])
            i += 2
        elif c.isspace():
            pattern.append(r"\s+")
            i += 1
        else:
            pattern.append(re.escape(c))
            i += 1
    found = re.match("(?i)" + "".join(pattern), data)
    if found is None:
        raise ValueError(f"time data {data!r} does not match format {fmt!r}")
    if found.end() != len(data):
        raise ValueError(f"unconverted data remains: {data[found.end():]}")
    g = found.groupdict()
    year = int(g["Y"]) if g.get("Y") else (int(g["y"]) + (2000 if int(g["y"]) < 69 else 1900) if g.get("y") else 1900)
    month = 1
    if g.get("m"):
        month = int(g["m"])
    elif g.get("B"):
        month = [n.lower() for n in _MONTH_NAMES].index(g["B"].lower()) + 1
    elif g.get("b"):
        month = [n[:3].lower() for n in _MONTH_NAMES].index(g["b"].lower()) + 1
    day = int(g["d"]) if g.get("d") else 1
    hour = int(g["H"]) if g.get("H") else 0
    if g.get("I"):
        hour = int(g["I"]) % 12
        if g.get("p") and g["p"].lower() == "pm":
            hour += 12
    minute = int(g["M"]) if g.get("M") else 0
    second = int(g["S"]) if g.get("S") else 0
    micro = int((g["f"] + "000000")[:6]) if g.get("f") else 0
    if g.get("j") and not g.get("m") and not g.get("d"):
        y, month, day = _ordinal_to_ymd(_ymd_to_ordinal(year, 1, 1) + int(g["j"]) - 1)
    if g.get("G") or g.get("V"):
        year, month, day = _strptime_iso_week(g)
    tz = None
    if g.get("z"):
        z = g["z"]
        if z.upper() == "Z":
            tz = timezone.utc
        else:
            parts = _parse_iso_clock(z[1:].replace(":", "")) if ":" not in z else _parse_iso_clock(z[1:])
            offset = timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2], microseconds=parts[3])
            tz = timezone(-offset if z[0] == "-" else offset)
    elif g.get("Z"):
        tz = None
    return year, month, day, hour, minute, second, micro, tz
