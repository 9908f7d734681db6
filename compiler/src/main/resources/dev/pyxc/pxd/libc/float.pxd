# pyxc's declarations of C's <float.h> (ISO C11 5.2.4.2.2), for `from libc.float cimport ...`.
# Written from the C standard.
cdef extern from "<float.h>":
    const int FLT_RADIX, FLT_ROUNDS, FLT_EVAL_METHOD, DECIMAL_DIG
    const int FLT_MANT_DIG, DBL_MANT_DIG
    const int FLT_DIG, DBL_DIG
    const int FLT_MIN_EXP, DBL_MIN_EXP, FLT_MIN_10_EXP, DBL_MIN_10_EXP
    const int FLT_MAX_EXP, DBL_MAX_EXP, FLT_MAX_10_EXP, DBL_MAX_10_EXP
    const float FLT_MAX, FLT_EPSILON, FLT_MIN, FLT_TRUE_MIN
    const double DBL_MAX, DBL_EPSILON, DBL_MIN, DBL_TRUE_MIN
    const int LDBL_MANT_DIG, LDBL_DIG, LDBL_MIN_EXP, LDBL_MIN_10_EXP, LDBL_MAX_EXP, LDBL_MAX_10_EXP
    const long double LDBL_MAX, LDBL_EPSILON, LDBL_MIN, LDBL_TRUE_MIN
