"""Clocks, through the host: the sandbox has no clock of its own. `time()`, `monotonic()`
and `sleep()` are OS calls (`time.time`, `time.monotonic`, `time.sleep`) that a host answers
or refuses (PermissionError)."""

import _monty
from collections import namedtuple

_STRUCT_TIME_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
                       "tm_isdst")


class struct_time(tuple):
    """`time.struct_time((year, month, ...))`: a 9-tuple whose items are also named fields."""

    n_fields = 9
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != 9:
            raise TypeError(f"time.struct_time() takes a 9-sequence ({len(items)}-sequence given)")
        return tuple.__new__(cls, items)

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(_STRUCT_TIME_FIELDS, self))
        return f"time.struct_time({fields})"

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")


def time():
    return float(_monty.os_call("time.time"))


def time_ns():
    return int(time() * 1_000_000_000)


def monotonic():
    return float(_monty.os_call("time.monotonic"))


def monotonic_ns():
    return int(monotonic() * 1_000_000_000)


perf_counter = monotonic
perf_counter_ns = monotonic_ns


def sleep(seconds):
    if not isinstance(seconds, (int, float)):
        raise TypeError(f"'{type(seconds).__name__}' object cannot be interpreted as an integer")
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    _monty.os_call("time.sleep", seconds)


def gmtime(secs=None):
    from datetime import datetime
    moment = datetime.fromtimestamp(time() if secs is None else secs)
    return struct_time(moment.timetuple()[:8] + (0,))


localtime = gmtime


def strftime(format, t=None):
    from datetime import datetime
    if t is None:
        t = gmtime()
    return datetime(*t[:6]).strftime(format)
