# pyxc's declarations of C's <time.h> (ISO C11 7.27) and the POSIX additions there (tzset and the
# time zone variables), for `from libc.time cimport ...`. Written from the C standard and POSIX.
cdef extern from "<time.h>" nogil:
    ctypedef long clock_t
    ctypedef long time_t
    const clock_t CLOCKS_PER_SEC

    cdef struct tm:
        int tm_sec
        int tm_min
        int tm_hour
        int tm_mday
        int tm_mon
        int tm_year
        int tm_wday
        int tm_yday
        int tm_isdst

    cdef struct timespec:
        time_t tv_sec
        long tv_nsec

    clock_t clock()
    double difftime(time_t time1, time_t time0)
    time_t mktime(tm *timeptr)
    time_t time(time_t *timer)
    int timespec_get(timespec *ts, int base)
    const int TIME_UTC

    char *asctime(const tm *timeptr)
    char *ctime(const time_t *timer)
    tm *gmtime(const time_t *timer)
    tm *localtime(const time_t *timer)
    size_t strftime(char *s, size_t maxsize, const char *format, const tm *timeptr)

    void tzset()
    char *tzname[2]
    long timezone
    int daylight
