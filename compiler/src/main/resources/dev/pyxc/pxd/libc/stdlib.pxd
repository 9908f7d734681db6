# pyxc's declarations of C's <stdlib.h> (ISO C11 7.22), for `from libc.stdlib cimport ...`.
# Written from the C standard. Not yet here: div/ldiv (struct results).
cdef extern from "<stdlib.h>" nogil:
    const int EXIT_SUCCESS, EXIT_FAILURE, RAND_MAX
    const size_t MB_CUR_MAX

    void *malloc(size_t size)
    void *calloc(size_t nmemb, size_t size)
    void *realloc(void *ptr, size_t size)
    void *aligned_alloc(size_t alignment, size_t size)
    void free(void *ptr)

    void abort()
    void exit(int status)
    void _Exit(int status)
    void quick_exit(int status)
    char *getenv(const char *name)
    int system(const char *command)

    int abs(int j)
    long labs(long j)
    long long llabs(long long j)

    int atoi(const char *nptr)
    long atol(const char *nptr)
    long long atoll(const char *nptr)
    double atof(const char *nptr)
    double strtod(const char *nptr, char **endptr)
    float strtof(const char *nptr, char **endptr)
    long strtol(const char *nptr, char **endptr, int base)
    long long strtoll(const char *nptr, char **endptr, int base)
    unsigned long strtoul(const char *nptr, char **endptr, int base)
    unsigned long long strtoull(const char *nptr, char **endptr, int base)

    int rand()
    void srand(unsigned int seed)

    void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *))
    void *bsearch(const void *key, const void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *))
    int atexit(void (*func)())
