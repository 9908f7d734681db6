# pyxc's cpython.time, for `from cpython cimport time as ctime`: the clocks of Python's time
# module as C functions, and localtime() as a C struct tm. Written from the documentation of
# Python's time module (PEP 418's clocks) and of POSIX's clock_gettime and localtime_r: on
# POSIX, time() reads CLOCK_REALTIME, monotonic() and perf_counter() CLOCK_MONOTONIC, in
# nanoseconds as PyTime_t or in seconds as a double. A clock that fails raises OSError.
from libc.stdint cimport int64_t
from libc.time cimport tm, time_t, timespec
from posix.types cimport clockid_t
from posix.time cimport clock_gettime, localtime_r, CLOCK_REALTIME, CLOCK_MONOTONIC
from cpython.exc cimport PyErr_SetFromErrno

ctypedef int64_t PyTime_t


cdef inline PyTime_t _clock_ns(clockid_t clock) except? -1:
    cdef timespec ts
    if clock_gettime(clock, &ts) != 0:
        PyErr_SetFromErrno(OSError)
    return <PyTime_t>ts.tv_sec * 1000000000 + ts.tv_nsec


cdef inline PyTime_t time_ns() except? -1:
    return _clock_ns(CLOCK_REALTIME)


cdef inline double time() except? -1:
    return <double>_clock_ns(CLOCK_REALTIME) / 1e9


cdef inline PyTime_t monotonic_ns() except? -1:
    return _clock_ns(CLOCK_MONOTONIC)


cdef inline double monotonic() except? -1:
    return <double>_clock_ns(CLOCK_MONOTONIC) / 1e9


cdef inline PyTime_t perf_counter_ns() except? -1:
    return _clock_ns(CLOCK_MONOTONIC)


cdef inline double perf_counter() except? -1:
    return <double>_clock_ns(CLOCK_MONOTONIC) / 1e9


# The fields as time.localtime() gives them (struct_time's conventions, not C's): the year in
# full, months and days of the year from 1, weekdays from Monday as 0.
cdef inline tm localtime() except *:
    cdef tm result
    cdef time_t now = <time_t>(_clock_ns(CLOCK_REALTIME) // 1000000000)
    if localtime_r(&now, &result) == NULL:
        PyErr_SetFromErrno(OSError)
    result.tm_year += 1900
    result.tm_mon += 1
    result.tm_wday = (result.tm_wday + 6) % 7
    result.tm_yday += 1
    return result
