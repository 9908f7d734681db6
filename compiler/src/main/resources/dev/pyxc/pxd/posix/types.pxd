# pyxc's declarations of POSIX's <sys/types.h>, for `from posix.types cimport ...`. Written from
# POSIX.1-2017; each is an integer type of the platform's width, which C code sees as declared there.
cdef extern from "<sys/types.h>":
    ctypedef long blkcnt_t
    ctypedef long blksize_t
    ctypedef long clockid_t
    ctypedef unsigned long dev_t
    ctypedef unsigned long fsblkcnt_t
    ctypedef unsigned long fsfilcnt_t
    ctypedef unsigned int gid_t
    ctypedef unsigned int id_t
    ctypedef unsigned long ino_t
    ctypedef unsigned int mode_t
    ctypedef unsigned long nlink_t
    ctypedef long off_t
    ctypedef int pid_t
    ctypedef long ssize_t
    ctypedef long suseconds_t
    ctypedef long time_t
    ctypedef unsigned int uid_t
