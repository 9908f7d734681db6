# pyxc's declarations of POSIX's additions to <stdlib.h>, for `from posix.stdlib cimport ...`.
# Written from POSIX.1-2017.
cdef extern from "<stdlib.h>" nogil:
    int setenv(const char *envname, const char *envval, int overwrite)
    int unsetenv(const char *name)
    int putenv(char *string)
    int mkstemp(char *template)
    char *mkdtemp(char *template)
    char *realpath(const char *file_name, char *resolved_name)
    long random()
    void srandom(unsigned int seed)
    double drand48()
    long lrand48()
    void srand48(long seedval)
    int posix_memalign(void **memptr, size_t alignment, size_t size)
