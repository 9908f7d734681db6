/*
 * pyxc runtime: C arithmetic with Python's semantics, used unless cdivision=True: floor
 * division and modulo round toward negative infinity, and a zero divisor raises
 * ZeroDivisionError with Cython's messages.
 */

/* @piece pyxc_cdivision_warning */
/* The cdivision_warnings directive: `//` or `%` of operands of opposite signs, whose C and Python
   results differ, warns as Cython does (RuntimeWarning); -1 when the warning is an error. */
static int pyxc_cdivision_warning(int opposite, const char *file, int line, const char *module) {
    if (!opposite) return 0;
    PyGILState_STATE s = PyGILState_Ensure();
    int r = PyErr_WarnExplicit(PyExc_RuntimeWarning, "division with oppositely signed operands, C and Python semantics differ",
                               file, line, module, NULL);
    PyGILState_Release(s);
    return r;
}
/* @end */

/* @piece pyxc_floordiv_ll */
static long long pyxc_floordiv_ll(long long a, long long b) {
    long long q, r;
    if (b == 0) { pyxc_set_error_any_thread(PyExc_ZeroDivisionError, "integer division or modulo by zero"); return -1; }
    if (b == -1 && a == LLONG_MIN) { pyxc_set_error_any_thread(PyExc_OverflowError, "value too large to perform division"); return -1; }
    q = a / b;
    r = a - q * b;
    if (r != 0 && ((r < 0) != (b < 0))) q -= 1;
    return q;
}
/* @end */

/* @piece pyxc_mod_ll */
static long long pyxc_mod_ll(long long a, long long b) {
    long long r;
    if (b == 0) { pyxc_set_error_any_thread(PyExc_ZeroDivisionError, "integer division or modulo by zero"); return -1; }
    if (b == -1) return 0;
    r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}
/* @end */

/* @piece pyxc_floordiv_ull */
static unsigned long long pyxc_floordiv_ull(unsigned long long a, unsigned long long b) {
    if (b == 0) { pyxc_set_error_any_thread(PyExc_ZeroDivisionError, "integer division or modulo by zero"); return (unsigned long long)-1; }
    return a / b;
}
/* @end */

/* @piece pyxc_mod_ull */
static unsigned long long pyxc_mod_ull(unsigned long long a, unsigned long long b) {
    if (b == 0) { pyxc_set_error_any_thread(PyExc_ZeroDivisionError, "integer division or modulo by zero"); return (unsigned long long)-1; }
    return a % b;
}
/* @end */

/* @piece pyxc_truediv_d */
static double pyxc_truediv_d(double a, double b) {
    if (b == 0) { pyxc_set_error_any_thread(PyExc_ZeroDivisionError, "float division"); return -1; }
    return a / b;
}
/* @end */

/* @piece pyxc_overflow_error */
/* C integer arithmetic under overflowcheck that would wrap: Cython's OverflowError. -1 for the caller's check. */
static int pyxc_overflow_error(void) {
    pyxc_set_error_any_thread(PyExc_OverflowError, "value too large");
    return -1;
}
/* @end */

/* @piece pyxc_abs_overflow_error */
static int pyxc_abs_overflow_error(void) {
    pyxc_set_error_any_thread(PyExc_OverflowError,
        "Trying to take the absolute value of the most negative integer is not defined.");
    return -1;
}
/* @end */

/* @piece pyxc_cpow */
/*
 * z ** w of C complex numbers by Python's rules for complex ** (CPython's complexobject.c): an
 * integral exponent of magnitude at most 100 by repeated squaring (a negative one then divided
 * into 1 as Python divides complex numbers), any other in polar form. Cython 3 calls C's cpow,
 * whose log and exp lose the last bits even of z ** 2 (complex-step derivatives, which
 * statsmodels takes, read them in the imaginary part). C-level code raises nothing: where
 * Python raises ZeroDivisionError (0 to a negative or complex power) the result is C's.
 */
#define PYXC_DEFINE_CPOW(NAME, T, R, FABS, POW, LOG, EXP, COS, SIN, ATAN2, HYPOT)              \
    static T NAME##_quot(T a, T b) {                                                         \
        R ar = __real__ a, ai = __imag__ a, br = __real__ b, bi = __imag__ b, ratio, denom;  \
        T r;                                                                                 \
        if (FABS(br) >= FABS(bi)) {                                                          \
            if (br == 0) return a / b;                                                       \
            ratio = bi / br;                                                                 \
            denom = br + bi * ratio;                                                         \
            __real__ r = (ar + ai * ratio) / denom;                                          \
            __imag__ r = (ai - ar * ratio) / denom;                                          \
        } else if (FABS(bi) >= FABS(br)) {                                                   \
            ratio = br / bi;                                                                 \
            denom = br * ratio + bi;                                                         \
            __real__ r = (ar * ratio + ai) / denom;                                          \
            __imag__ r = (ai * ratio - ar) / denom;                                          \
        } else {                                                                             \
            return a / b; /* a NaN part */                                                   \
        }                                                                                    \
        return r;                                                                            \
    }                                                                                        \
    static T NAME(T a, T b) {                                                                \
        R br = __real__ b, bi = __imag__ b, vabs, len, at, phase;                            \
        T r;                                                                                 \
        long n = (long)br;                                                                   \
        if (bi == 0 && br == (R)n && n >= -100 && n <= 100) {                                \
            unsigned long k = (unsigned long)(n < 0 ? -n : n), mask = 1;                     \
            T p = a;                                                                         \
            __real__ r = 1;                                                                  \
            __imag__ r = 0;                                                                  \
            while (mask > 0 && k >= mask) {                                                  \
                if (k & mask) r = r * p;                                                     \
                mask <<= 1;                                                                  \
                p = p * p;                                                                   \
            }                                                                                \
            if (n < 0) {                                                                     \
                T one;                                                                       \
                __real__ one = 1;                                                            \
                __imag__ one = 0;                                                            \
                r = NAME##_quot(one, r);                                                     \
            }                                                                                \
            return r;                                                                        \
        }                                                                                    \
        if (br == 0 && bi == 0) {                                                            \
            __real__ r = 1;                                                                  \
            __imag__ r = 0;                                                                  \
            return r;                                                                        \
        }                                                                                    \
        if (__real__ a == 0 && __imag__ a == 0) {                                            \
            if (bi != 0 || br < 0) return a / a; /* Python: ZeroDivisionError */             \
            return a;                                                                        \
        }                                                                                    \
        vabs = HYPOT(__real__ a, __imag__ a);                                                \
        len = POW(vabs, br);                                                                 \
        at = ATAN2(__imag__ a, __real__ a);                                                  \
        phase = at * br;                                                                     \
        if (bi != 0) {                                                                       \
            len /= EXP(at * bi);                                                             \
            phase += bi * LOG(vabs);                                                         \
        }                                                                                    \
        __real__ r = len * COS(phase);                                                       \
        __imag__ r = len * SIN(phase);                                                       \
        return r;                                                                            \
    }
static float _Complex pyxc_cpowf(float _Complex a, float _Complex b);
static double _Complex pyxc_cpow(double _Complex a, double _Complex b);
static long double _Complex pyxc_cpowl(long double _Complex a, long double _Complex b);
PYXC_DEFINE_CPOW(pyxc_cpowf, float _Complex, float, fabsf, powf, logf, expf, cosf, sinf, atan2f, hypotf)
PYXC_DEFINE_CPOW(pyxc_cpow, double _Complex, double, fabs, pow, log, exp, cos, sin, atan2, hypot)
PYXC_DEFINE_CPOW(pyxc_cpowl, long double _Complex, long double, fabsl, powl, logl, expl, cosl, sinl, atan2l, hypotl)
/* @end */

/* @piece pyxc_complex_zero_division */
/* A C complex divided by zero: Python's message (Cython's too). -1 for the caller's error check. */
static int pyxc_complex_zero_division(void) {
    pyxc_set_error_any_thread(PyExc_ZeroDivisionError, "float division");
    return -1;
}
/* @end */

/* @piece pyxc_floordiv_d */
/* Python's float floor division (CPython's float_floor_div algorithm). */
static double pyxc_floordiv_d(double a, double b) {
    double mod, div, floordiv;
    if (b == 0) { pyxc_set_error_any_thread(PyExc_ZeroDivisionError, "float division"); return -1; }
    mod = fmod(a, b);
    div = (a - mod) / b;
    if (mod && ((b < 0) != (mod < 0))) div -= 1.0;
    if (div) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, a / b);
    }
    return floordiv;
}
/* @end */

/* @piece pyxc_mod_d */
/* Python's float modulo: the result takes the sign of the divisor. */
static double pyxc_mod_d(double a, double b) {
    double mod;
    if (b == 0) { pyxc_set_error_any_thread(PyExc_ZeroDivisionError, "float divmod()"); return -1; }
    mod = fmod(a, b);
    if (mod) {
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = copysign(0.0, b);
    }
    return mod;
}
/* @end */

/* @piece pyxc_ipow_ll */
/* b ** e in C integers, as Cython computes it: by squaring, wrapping on overflow (done unsigned,
   where C defines it), 0 for a negative exponent. */
static long long pyxc_ipow_ll(long long b, long long e) {
    if (e < 0) return 0;
    unsigned long long result = 1, base = (unsigned long long)b, n = (unsigned long long)e;
    while (n) {
        if (n & 1) result *= base;
        base *= base;
        n >>= 1;
    }
    return (long long)result;
}
/* @end */

/* @piece pyxc_ipow_ull */
static unsigned long long pyxc_ipow_ull(unsigned long long b, unsigned long long e) {
    unsigned long long result = 1;
    while (e) {
        if (e & 1) result *= b;
        b *= b;
        e >>= 1;
    }
    return result;
}
/* @end */

/* @piece pyxc_soft_complex_box */
/* A C power that may be complex (Cython's "soft" double complex) as Python: a float when its
   imaginary part is zero, else a complex. */
static PyObject *pyxc_soft_complex_box(double _Complex z) {
    if (__imag__ z) return PyComplex_FromDoubles(__real__ z, __imag__ z);
    return PyFloat_FromDouble(__real__ z);
}
/* @end */

/* @piece pyxc_soft_complex_real */
/* The same as a C double: Cython's TypeError (taking the GIL if needed) when it is complex. */
static double pyxc_soft_complex_real(double _Complex z) {
    if (__imag__ z) {
        pyxc_set_error_any_thread(PyExc_TypeError, "Cannot convert 'complex' with non-zero imaginary component to 'double' "
                                  "(this most likely comes from the '**' operator; use 'cython.cpow(True)' to return 'nan' "
                                  "instead of a complex number).");
        return -1;
    }
    return __real__ z;
}
/* @end */
