# pyxc's declarations of CPython's datetime C API ("datetime.h"), for `from cpython.datetime cimport ...`.
# Written from CPython's documentation of the DateTime objects C API. Call import_datetime() once
# (at module level) before using any of it, as CPython requires PyDateTime_IMPORT.

cdef extern from "datetime.h":
    ctypedef extern class datetime.date[object PyDateTime_Date]:
        pass

    ctypedef extern class datetime.time[object PyDateTime_Time]:
        pass

    ctypedef extern class datetime.datetime[object PyDateTime_DateTime]:
        pass

    ctypedef extern class datetime.timedelta[object PyDateTime_Delta]:
        pass

    ctypedef extern class datetime.tzinfo[object PyDateTime_TZInfo]:
        pass

    # Type checks (the exact forms refuse subclasses).
    bint PyDate_Check(object op)
    bint PyDate_CheckExact(object op)
    bint PyDateTime_Check(object op)
    bint PyDateTime_CheckExact(object op)
    bint PyTime_Check(object op)
    bint PyTime_CheckExact(object op)
    bint PyDelta_Check(object op)
    bint PyDelta_CheckExact(object op)
    bint PyTZInfo_Check(object op)
    bint PyTZInfo_CheckExact(object op)

    # Fields, read without checks from an instance of the type (or a subclass).
    int PyDateTime_GET_YEAR(object o)
    int PyDateTime_GET_MONTH(object o)
    int PyDateTime_GET_DAY(object o)
    int PyDateTime_DATE_GET_HOUR(object o)
    int PyDateTime_DATE_GET_MINUTE(object o)
    int PyDateTime_DATE_GET_SECOND(object o)
    int PyDateTime_DATE_GET_MICROSECOND(object o)
    int PyDateTime_DATE_GET_FOLD(object o)
    int PyDateTime_TIME_GET_HOUR(object o)
    int PyDateTime_TIME_GET_MINUTE(object o)
    int PyDateTime_TIME_GET_SECOND(object o)
    int PyDateTime_TIME_GET_MICROSECOND(object o)
    int PyDateTime_TIME_GET_FOLD(object o)
    int PyDateTime_DELTA_GET_DAYS(object o)
    int PyDateTime_DELTA_GET_SECONDS(object o)
    int PyDateTime_DELTA_GET_MICROSECONDS(object o)

    # Constructors of the C API's macros (each takes an args tuple where Python's classmethod would).
    object PyTimeZone_FromOffset(object offset)
    object PyTimeZone_FromOffsetAndName(object offset, object name)
    datetime PyDateTime_FromTimestamp(object args)
    date PyDate_FromTimestamp(object args)

cdef extern from *:
    """
    /* pyxc's cpython.datetime helpers: the C API's capsule functions, as Cython's names offer them. */
    static void pyxc_datetime_import(void) { PyDateTime_IMPORT; }
    static PyObject *pyxc_date_new(int year, int month, int day) {
        return PyDateTimeAPI->Date_FromDate(year, month, day, PyDateTimeAPI->DateType);
    }
    static PyObject *pyxc_time_new(int hour, int minute, int second, int us, PyObject *tz, int fold) {
        return PyDateTimeAPI->Time_FromTimeAndFold(hour, minute, second, us, tz, fold, PyDateTimeAPI->TimeType);
    }
    static PyObject *pyxc_datetime_new(int year, int month, int day, int hour, int minute, int second, int us,
                                       PyObject *tz, int fold) {
        return PyDateTimeAPI->DateTime_FromDateAndTimeAndFold(year, month, day, hour, minute, second, us, tz, fold,
                                                              PyDateTimeAPI->DateTimeType);
    }
    static PyObject *pyxc_timedelta_new(int days, int seconds, int us) {
        return PyDateTimeAPI->Delta_FromDelta(days, seconds, us, 1, PyDateTimeAPI->DeltaType);
    }
    static PyObject *pyxc_timezone_new(PyObject *offset, PyObject *name) {
        return name == Py_None ? PyTimeZone_FromOffset(offset) : PyTimeZone_FromOffsetAndName(offset, name);
    }
    static PyObject *pyxc_datetime_from_timestamp(PyObject *timestamp, PyObject *tz) {
        PyObject *args = PyTuple_Pack(2, timestamp, tz), *r;
        if (!args) return NULL;
        r = PyDateTimeAPI->DateTime_FromTimestamp((PyObject *)PyDateTimeAPI->DateTimeType, args, NULL);
        Py_DECREF(args);
        return r;
    }
    static PyObject *pyxc_date_from_timestamp(PyObject *timestamp) {
        PyObject *args = PyTuple_Pack(1, timestamp), *r;
        if (!args) return NULL;
        r = PyDateTimeAPI->Date_FromTimestamp((PyObject *)PyDateTimeAPI->DateType, args);
        Py_DECREF(args);
        return r;
    }
    static PyObject *pyxc_get_utc(void) { return Py_NewRef(PyDateTimeAPI->TimeZone_UTC); }
    static PyObject *pyxc_time_tzinfo(PyObject *o) { return Py_NewRef(PyDateTime_TIME_GET_TZINFO(o)); }
    static PyObject *pyxc_datetime_tzinfo(PyObject *o) { return Py_NewRef(PyDateTime_DATE_GET_TZINFO(o)); }
    static double pyxc_total_seconds(PyDateTime_Delta *o) {
        return (double)PyDateTime_DELTA_GET_DAYS(o) * 86400.0 + (double)PyDateTime_DELTA_GET_SECONDS(o)
               + (double)PyDateTime_DELTA_GET_MICROSECONDS(o) / 1000000.0;
    }
    """
    void import_datetime "pyxc_datetime_import"()
    # (CPython's macro is a statement; this is the same import under its name)
    void PyDateTime_IMPORT "pyxc_datetime_import"()
    date date_new "pyxc_date_new"(int year, int month, int day)
    time pyxc_time_new(int hour, int minute, int second, int microsecond, object tz, int fold)
    datetime pyxc_datetime_new(int year, int month, int day, int hour, int minute, int second, int microsecond,
                               object tz, int fold)
    timedelta timedelta_new "pyxc_timedelta_new"(int days, int seconds, int useconds)
    object pyxc_timezone_new(object offset, object name)
    datetime pyxc_datetime_from_timestamp(object timestamp, object tz)
    date date_from_timestamp "pyxc_date_from_timestamp"(object timestamp)
    object get_utc "pyxc_get_utc"()
    object time_tzinfo "pyxc_time_tzinfo"(object o)
    object datetime_tzinfo "pyxc_datetime_tzinfo"(object o)
    double total_seconds "pyxc_total_seconds"(timedelta obj)

    # Fields under Cython's names.
    int date_year "PyDateTime_GET_YEAR"(object o)
    int date_month "PyDateTime_GET_MONTH"(object o)
    int date_day "PyDateTime_GET_DAY"(object o)
    int datetime_year "PyDateTime_GET_YEAR"(object o)
    int datetime_month "PyDateTime_GET_MONTH"(object o)
    int datetime_day "PyDateTime_GET_DAY"(object o)
    int datetime_hour "PyDateTime_DATE_GET_HOUR"(object o)
    int datetime_minute "PyDateTime_DATE_GET_MINUTE"(object o)
    int datetime_second "PyDateTime_DATE_GET_SECOND"(object o)
    int datetime_microsecond "PyDateTime_DATE_GET_MICROSECOND"(object o)
    int datetime_fold "PyDateTime_DATE_GET_FOLD"(object o)
    int time_hour "PyDateTime_TIME_GET_HOUR"(object o)
    int time_minute "PyDateTime_TIME_GET_MINUTE"(object o)
    int time_second "PyDateTime_TIME_GET_SECOND"(object o)
    int time_microsecond "PyDateTime_TIME_GET_MICROSECOND"(object o)
    int time_fold "PyDateTime_TIME_GET_FOLD"(object o)
    int timedelta_days "PyDateTime_DELTA_GET_DAYS"(object o)
    int timedelta_seconds "PyDateTime_DELTA_GET_SECONDS"(object o)
    int timedelta_microseconds "PyDateTime_DELTA_GET_MICROSECONDS"(object o)


# The constructors with optional arguments, compiled by each module that cimports them.
cdef inline time time_new(int hour, int minute, int second, int microsecond, object tz, int fold=0):
    return pyxc_time_new(hour, minute, second, microsecond, tz, fold)


cdef inline datetime datetime_new(int year, int month, int day, int hour, int minute, int second, int microsecond,
                                  object tz, int fold=0):
    return pyxc_datetime_new(year, month, day, hour, minute, second, microsecond, tz, fold)


cdef inline object timezone_new(object offset, object name=None):
    return pyxc_timezone_new(offset, name)


cdef inline datetime datetime_from_timestamp(timestamp, tz=None):
    return pyxc_datetime_from_timestamp(timestamp, tz)
