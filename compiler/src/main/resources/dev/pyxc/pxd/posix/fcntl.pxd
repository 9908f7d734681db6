# pyxc's declarations of POSIX's <fcntl.h>, for `from posix.fcntl cimport ...`. Written from
# POSIX.1-2017.
from posix.types cimport mode_t, off_t, pid_t

cdef extern from "<fcntl.h>" nogil:
    const int F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD, F_SETFD, F_GETFL, F_SETFL, F_GETLK, F_SETLK, F_SETLKW, F_GETOWN, F_SETOWN
    const int FD_CLOEXEC
    const int F_RDLCK, F_UNLCK, F_WRLCK
    const int O_CLOEXEC, O_CREAT, O_DIRECTORY, O_EXCL, O_NOCTTY, O_NOFOLLOW, O_TRUNC
    const int O_APPEND, O_DSYNC, O_NONBLOCK, O_RSYNC, O_SYNC
    const int O_ACCMODE, O_RDONLY, O_RDWR, O_WRONLY
    const int AT_FDCWD, AT_EACCESS, AT_SYMLINK_NOFOLLOW, AT_SYMLINK_FOLLOW, AT_REMOVEDIR

    cdef struct flock:
        short l_type
        short l_whence
        off_t l_start
        off_t l_len
        pid_t l_pid

    int creat(const char *path, mode_t mode)
    int fcntl(int fildes, int cmd, ...)
    int open(const char *path, int oflag, ...)
    int openat(int fd, const char *path, int oflag, ...)
