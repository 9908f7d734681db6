# pyxc's declarations of C's <limits.h> (ISO C11 5.2.4.2.1), for `from libc.limits cimport ...`.
# Written from the C standard.
cdef extern from "<limits.h>":
    const int CHAR_BIT, MB_LEN_MAX
    const int CHAR_MIN, CHAR_MAX, SCHAR_MIN, SCHAR_MAX, UCHAR_MAX
    const int SHRT_MIN, SHRT_MAX, USHRT_MAX
    const int INT_MIN, INT_MAX
    const unsigned int UINT_MAX
    const long LONG_MIN, LONG_MAX
    const unsigned long ULONG_MAX
    const long long LLONG_MIN, LLONG_MAX
    const unsigned long long ULLONG_MAX
