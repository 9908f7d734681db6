# pyxc's declaration files for C's <time.h> and POSIX's headers (posix.types, .stdlib, .time,
# .unistd, .fcntl, .resource), names cimported from two files at once (SEEK_SET is in both
# libc.stdio and posix.unistd), and string literals passed as C strings: to a void * and
# among a C function's varargs.
from libc.stdio cimport *
from libc.stdlib cimport getenv
from libc.time cimport time_t, tm, mktime, gmtime, strftime, time, difftime, tzset
from posix.stdlib cimport setenv, unsetenv
from posix.unistd cimport *
from posix.fcntl cimport open as c_open, O_RDONLY, O_WRONLY
from posix.resource cimport getrlimit, rlimit, RLIMIT_NOFILE, getrusage, rusage, RUSAGE_SELF
from posix.time cimport timeval, gettimeofday, timespec, clock_gettime, CLOCK_MONOTONIC
from posix.types cimport pid_t
import os

def calendar():
    """
    >>> calendar()
    (986138177, b'2001-04-01 15:16:17', 0, 90)
    """
    cdef tm t
    t.tm_sec, t.tm_min, t.tm_hour = 17, 16, 15
    t.tm_year, t.tm_mon, t.tm_mday = 101, 3, 1
    t.tm_isdst = 0
    old = getenv(b"TZ")
    saved = old if old != NULL else None
    setenv(b"TZ", b"UTC", 1)
    tzset()
    cdef time_t when = mktime(&t)
    if saved is None:
        unsetenv(b"TZ")
    else:
        setenv(b"TZ", saved, 1)
    tzset()
    cdef char buf[32]
    cdef tm *back = gmtime(&when)
    n = strftime(buf, 32, b"%Y-%m-%d %H:%M:%S", back)
    return when, buf[:n], back.tm_wday, back.tm_yday

def clocks():
    """
    >>> clocks()
    (True, True, True)
    """
    cdef timeval tv
    cdef timespec ts
    gettimeofday(&tv, NULL)
    clock_gettime(CLOCK_MONOTONIC, &ts)
    cdef time_t now = time(NULL)
    return abs(difftime(now, tv.tv_sec)) < 5, 0 <= tv.tv_usec < 1000000, ts.tv_nsec >= 0

def processes():
    """
    >>> processes()
    (True, True, True, 0)
    """
    cdef pid_t me = getpid()
    cdef rlimit lim
    cdef rusage usage
    ok = getrlimit(RLIMIT_NOFILE, &lim) == 0 and lim.rlim_cur > 0
    return me == os.getpid(), getppid() == os.getppid(), ok, getrusage(RUSAGE_SELF, &usage)

def pipes():
    """
    >>> pipes()
    (5, b'hello', 0, 0)
    """
    cdef int fds[2]
    cdef char buf[16]
    assert pipe(fds) == 0
    written = write(fds[1], b"hello", 5)
    n = read(fds[0], buf, 16)
    return written, buf[:n], close(fds[0]), close(fds[1])

def files():
    """
    >>> files()
    (True, 0, True)
    """
    cdef int fd = c_open(b"/dev/null", O_RDONLY)
    opened = fd >= 0
    closed = close(fd)
    return opened, closed, access(b"/dev/null", R_OK) == 0 and SEEK_SET == 0

def formatted(int k):
    """
    >>> formatted(7)
    b'7 of 9 ok'
    """
    cdef char buf[32]
    n = snprintf(buf, 32, b"%d of %s %s", k, b"9", "ok")
    return buf[:n]
