/*
 * pyxc runtime: C arithmetic with Python's semantics, used unless cdivision=True: floor
 * division and modulo round toward negative infinity, and a zero divisor raises
 * ZeroDivisionError with Cython's messages.
 */

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
