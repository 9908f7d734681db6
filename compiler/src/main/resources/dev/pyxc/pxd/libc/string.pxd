# pyxc's declarations of C's <string.h> (ISO C11 7.24), for `from libc.string cimport ...`.
# Written from the C standard.
cdef extern from "<string.h>" nogil:
    void *memcpy(void *dest, const void *src, size_t n)
    void *memmove(void *dest, const void *src, size_t n)
    void *memset(void *s, int c, size_t n)
    int memcmp(const void *s1, const void *s2, size_t n)
    void *memchr(const void *s, int c, size_t n)

    char *strcpy(char *dest, const char *src)
    char *strncpy(char *dest, const char *src, size_t n)
    char *strcat(char *dest, const char *src)
    char *strncat(char *dest, const char *src, size_t n)
    int strcmp(const char *s1, const char *s2)
    int strncmp(const char *s1, const char *s2, size_t n)
    int strcoll(const char *s1, const char *s2)
    size_t strxfrm(char *dest, const char *src, size_t n)
    char *strchr(const char *s, int c)
    char *strrchr(const char *s, int c)
    size_t strspn(const char *s, const char *accept)
    size_t strcspn(const char *s, const char *reject)
    char *strpbrk(const char *s, const char *accept)
    char *strstr(const char *haystack, const char *needle)
    char *strtok(char *s, const char *delim)
    char *strerror(int errnum)
    size_t strlen(const char *s)

    # The const types' names Cython's own declarations give, which modules cimport from here
    # (no header defines them: C spells each as the type it names).
    ctypedef const char const_char "const char"
    ctypedef const signed char const_schar "const signed char"
    ctypedef const unsigned char const_uchar "const unsigned char"
    ctypedef const void const_void "const void"
