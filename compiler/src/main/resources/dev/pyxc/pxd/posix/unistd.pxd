# pyxc's declarations of POSIX's <unistd.h>, for `from posix.unistd cimport ...`. Written from
# POSIX.1-2017 (the functions most programs use; the configuration constants of sysconf and
# pathconf as their _SC_/_PC_ names).
from posix.types cimport gid_t, off_t, pid_t, ssize_t, uid_t

cdef extern from "<unistd.h>" nogil:
    const int STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO
    const int F_OK, R_OK, W_OK, X_OK
    const int SEEK_SET, SEEK_CUR, SEEK_END
    const int F_LOCK, F_TEST, F_TLOCK, F_ULOCK
    const int _SC_PAGESIZE, _SC_PAGE_SIZE, _SC_NPROCESSORS_CONF, _SC_NPROCESSORS_ONLN, _SC_OPEN_MAX, _SC_CLK_TCK
    const int _SC_ARG_MAX, _SC_CHILD_MAX, _SC_HOST_NAME_MAX, _SC_LOGIN_NAME_MAX
    const int _PC_LINK_MAX, _PC_NAME_MAX, _PC_PATH_MAX, _PC_PIPE_BUF

    int access(const char *path, int amode)
    unsigned alarm(unsigned seconds)
    int chdir(const char *path)
    int chown(const char *path, uid_t owner, gid_t group)
    int close(int fildes)
    int dup(int fildes)
    int dup2(int fildes, int fildes2)
    void _exit(int status)
    int execv(const char *path, char **argv)
    int execvp(const char *file, char **argv)
    int fchdir(int fildes)
    int fchown(int fildes, uid_t owner, gid_t group)
    pid_t fork()
    long fpathconf(int fildes, int name)
    int fsync(int fildes)
    int ftruncate(int fildes, off_t length)
    char *getcwd(char *buf, size_t size)
    gid_t getegid()
    uid_t geteuid()
    gid_t getgid()
    int getgroups(int gidsetsize, gid_t grouplist[])
    int gethostname(char *name, size_t namelen)
    char *getlogin()
    pid_t getpgid(pid_t pid)
    pid_t getpgrp()
    pid_t getpid()
    pid_t getppid()
    pid_t getsid(pid_t pid)
    uid_t getuid()
    int isatty(int fildes)
    int link(const char *path1, const char *path2)
    int lockf(int fildes, int function, off_t size)
    off_t lseek(int fildes, off_t offset, int whence)
    int nice(int incr)
    long pathconf(const char *path, int name)
    int pause()
    int pipe(int fildes[2])
    ssize_t pread(int fildes, void *buf, size_t nbyte, off_t offset)
    ssize_t pwrite(int fildes, const void *buf, size_t nbyte, off_t offset)
    ssize_t read(int fildes, void *buf, size_t nbyte)
    ssize_t readlink(const char *path, char *buf, size_t bufsize)
    int rmdir(const char *path)
    int setegid(gid_t gid)
    int seteuid(uid_t uid)
    int setgid(gid_t gid)
    int setpgid(pid_t pid, pid_t pgid)
    pid_t setsid()
    int setuid(uid_t uid)
    unsigned sleep(unsigned seconds)
    int symlink(const char *path1, const char *path2)
    long sysconf(int name)
    pid_t tcgetpgrp(int fildes)
    int truncate(const char *path, off_t length)
    char *ttyname(int fildes)
    int unlink(const char *path)
    ssize_t write(int fildes, const void *buf, size_t nbyte)
