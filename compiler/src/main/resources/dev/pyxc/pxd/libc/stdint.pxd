# pyxc's declarations of C's <stdint.h> (ISO C11 7.20), for `from libc.stdint cimport ...`.
# Written from the C standard, with the widths of the LP64 platforms pyxc builds for.
cdef extern from "<stdint.h>" nogil:
    ctypedef signed char int8_t
    ctypedef short int16_t
    ctypedef int int32_t
    ctypedef long int64_t
    ctypedef unsigned char uint8_t
    ctypedef unsigned short uint16_t
    ctypedef unsigned int uint32_t
    ctypedef unsigned long uint64_t
    ctypedef signed char int_least8_t
    ctypedef short int_least16_t
    ctypedef int int_least32_t
    ctypedef long int_least64_t
    ctypedef unsigned char uint_least8_t
    ctypedef unsigned short uint_least16_t
    ctypedef unsigned int uint_least32_t
    ctypedef unsigned long uint_least64_t
    ctypedef signed char int_fast8_t
    ctypedef long int_fast16_t
    ctypedef long int_fast32_t
    ctypedef long int_fast64_t
    ctypedef unsigned char uint_fast8_t
    ctypedef unsigned long uint_fast16_t
    ctypedef unsigned long uint_fast32_t
    ctypedef unsigned long uint_fast64_t
    ctypedef long intptr_t
    ctypedef unsigned long uintptr_t
    ctypedef long intmax_t
    ctypedef unsigned long uintmax_t

    const int8_t INT8_MIN, INT8_MAX
    const int16_t INT16_MIN, INT16_MAX
    const int32_t INT32_MIN, INT32_MAX
    const int64_t INT64_MIN, INT64_MAX
    const uint8_t UINT8_MAX
    const uint16_t UINT16_MAX
    const uint32_t UINT32_MAX
    const uint64_t UINT64_MAX
    const intptr_t INTPTR_MIN, INTPTR_MAX
    const uintptr_t UINTPTR_MAX
    const intmax_t INTMAX_MIN, INTMAX_MAX
    const uintmax_t UINTMAX_MAX
    const long PTRDIFF_MIN, PTRDIFF_MAX
    const size_t SIZE_MAX
