# pyxc's declarations of POSIX's <sys/time.h> and its additions to <time.h> (clocks, timers,
# nanosleep), for `from posix.time cimport ...`. Written from POSIX.1-2017.
from posix.types cimport suseconds_t, time_t, clockid_t, pid_t
from libc.time cimport tm, timespec

cdef extern from "<sys/time.h>" nogil:
    cdef struct timeval:
        time_t tv_sec
        suseconds_t tv_usec

    cdef struct itimerval:
        timeval it_interval
        timeval it_value

    const int ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF

    int gettimeofday(timeval *tp, void *tzp)
    int getitimer(int which, itimerval *value)
    int setitimer(int which, const itimerval *value, itimerval *ovalue)

cdef extern from "<time.h>" nogil:
    const clockid_t CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID

    int clock_getres(clockid_t clock_id, timespec *res)
    int clock_gettime(clockid_t clock_id, timespec *tp)
    int clock_settime(clockid_t clock_id, const timespec *tp)
    int nanosleep(const timespec *rqtp, timespec *rmtp)
    tm *gmtime_r(const time_t *timer, tm *result)
    tm *localtime_r(const time_t *timer, tm *result)
    char *asctime_r(const tm *timeptr, char *buf)
    char *ctime_r(const time_t *clock, char *buf)
