# cpython.datetime: the datetime C API under Cython's names (typed extern classes, constructors
# with their optional arguments, field readers), after import_datetime().
from cpython.datetime cimport (import_datetime, date, time, datetime, timedelta, tzinfo, date_new, time_new,
    datetime_new, timedelta_new, timezone_new, datetime_year, datetime_month, datetime_day, datetime_hour,
    datetime_fold, time_microsecond, time_tzinfo, timedelta_days, timedelta_seconds, total_seconds,
    PyDateTime_Check, PyDate_CheckExact, date_from_timestamp, datetime_from_timestamp, get_utc)

import_datetime()


def make():
    """
    >>> make()
    (datetime.date(2024, 2, 29), datetime.time(12, 30, 5, 7), datetime.datetime(2024, 2, 29, 12, 30, 5, fold=1), datetime.timedelta(days=1, seconds=2, microseconds=3))
    """
    return (date_new(2024, 2, 29), time_new(12, 30, 5, 7, None), datetime_new(2024, 2, 29, 12, 30, 5, 0, None, 1),
            timedelta_new(1, 2, 3))


def bad_date():
    """
    >>> bad_date()
    Traceback (most recent call last):
    ValueError: day is out of range for month
    """
    return date_new(2023, 2, 29)


def fields(datetime d not None, time t not None, timedelta delta not None):
    """
    >>> import datetime as dt
    >>> fields(dt.datetime(2001, 2, 3, 4, 5, 6, fold=1), dt.time(1, 2, 3, 456, tzinfo=dt.timezone.utc), dt.timedelta(days=2, seconds=5))
    (2001, 2, 3, 4, 1, 456, datetime.timezone.utc, 2, 5, 172805.0)
    >>> fields(None, None, None)
    Traceback (most recent call last):
    TypeError: Argument 'd' has incorrect type (expected datetime.datetime, got NoneType)
    """
    return (datetime_year(d), datetime_month(d), datetime_day(d), datetime_hour(d), datetime_fold(d), time_microsecond(t),
            time_tzinfo(t), timedelta_days(delta), timedelta_seconds(delta), total_seconds(delta))


def typed(o):
    """
    >>> import datetime as dt
    >>> typed(dt.date(2000, 1, 1))
    (False, True, 'date')
    >>> typed(dt.datetime(2000, 1, 1))
    (True, False, 'datetime')
    >>> typed(5)
    Traceback (most recent call last):
    TypeError: Cannot convert int to datetime.date
    """
    cdef date d = o
    return PyDateTime_Check(d), PyDate_CheckExact(d), type(d).__name__


def zones():
    """
    >>> zones()
    (datetime.timezone(datetime.timedelta(seconds=3600), 'CET'), datetime.timezone(datetime.timedelta(seconds=7200)), datetime.timezone.utc)
    """
    return timezone_new(timedelta_new(0, 3600, 0), 'CET'), timezone_new(timedelta_new(0, 7200, 0)), get_utc()


def from_timestamps():
    """
    >>> from_timestamps()
    (datetime.datetime(1970, 1, 1, 0, 0, 10, tzinfo=datetime.timezone.utc), True)
    """
    import time as pytime
    now = pytime.localtime()
    return datetime_from_timestamp(10, get_utc()), date_from_timestamp(pytime.mktime(now)) == date_new(now[0], now[1], now[2])
