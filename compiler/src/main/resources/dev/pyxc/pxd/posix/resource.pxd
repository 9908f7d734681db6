# pyxc's declarations of POSIX's <sys/resource.h>, for `from posix.resource cimport ...`.
# Written from POSIX.1-2017.
from posix.types cimport id_t
from posix.time cimport timeval

cdef extern from "<sys/resource.h>" nogil:
    const int PRIO_PROCESS, PRIO_PGRP, PRIO_USER
    const int RLIMIT_CORE, RLIMIT_CPU, RLIMIT_DATA, RLIMIT_FSIZE, RLIMIT_NOFILE, RLIMIT_STACK, RLIMIT_AS
    const int RUSAGE_SELF, RUSAGE_CHILDREN
    ctypedef unsigned long rlim_t
    const rlim_t RLIM_INFINITY, RLIM_SAVED_MAX, RLIM_SAVED_CUR

    cdef struct rlimit:
        rlim_t rlim_cur
        rlim_t rlim_max

    cdef struct rusage:
        timeval ru_utime
        timeval ru_stime

    int getpriority(int which, id_t who)
    int setpriority(int which, id_t who, int value)
    int getrlimit(int resource, rlimit *rlp)
    int setrlimit(int resource, const rlimit *rlp)
    int getrusage(int who, rusage *r_usage)
