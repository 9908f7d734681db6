# cdef extern from * with verbatim C in its docstring: static inline functions, #define macros
# used as constants and as functions, a typedef'd struct with declared fields (and its dict
# coercion), an opaque struct used through pointers, C names given as strings, extern enums,
# functions declared `except -1`, `except? -1` and `except NULL` whose C code raises Python
# exceptions with PyErr_SetString, and a const char* result converted to bytes/str; a macro
# declared with only `...` for its parameters.
# Expected outputs recorded from Cython 3.3.0.

cdef extern from *:
    """
    #include <stdlib.h>
    #include <string.h>
    static inline int add_ints(int a, int b) { return a + b; }
    #define LIMIT 100
    #define SCALE 2.5
    #define SQUARE(x) ((x) * (x))
    #define ADD3(a, b, c) ((a) + (b) + (c))
    #define GREETING "hello"
    typedef struct { int first; int second; } pair_t;
    static pair_t make_pair(int a, int b) { pair_t p; p.first = a; p.second = b; return p; }
    static int pair_sum(const pair_t *p) { return p->first + p->second; }

    struct handle_s { int value; int uses; };
    typedef struct handle_s handle_t;
    static int live_handles = 0;
    static handle_t *handle_new(int v) {
        handle_t *h = (handle_t *)malloc(sizeof(handle_t));
        if (h) { h->value = v; h->uses = 0; live_handles++; }
        return h;
    }
    static int handle_get(handle_t *h) { h->uses++; return h->value; }
    static int handle_uses(const handle_t *h) { return h->uses; }
    static void handle_free(handle_t *h) { free(h); live_handles--; }

    static int checked_div(int a, int b) {
        if (b == 0) { PyErr_SetString(PyExc_ZeroDivisionError, "checked_div by zero"); return -1; }
        return a / b;
    }
    static int maybe_neg(int a) {
        if (a < -100) { PyErr_SetString(PyExc_ValueError, "too small"); return -1; }
        return a;
    }
    static const char *name_of(int i) {
        static const char *names[] = {"zero", "one", "two"};
        if (i < 0 || i > 2) { PyErr_Format(PyExc_IndexError, "no name for %d", i); return NULL; }
        return names[i];
    }
    static const char *version(void) { return "v1.0"; }
    enum mode_e { MODE_A = 1, MODE_B = 4 };
    """
    int add_ints(int a, int b)
    int c_add "add_ints"(int a, int b)
    int LIMIT
    double SCALE
    int SQUARE(int x)
    int ADD3(...)
    const char* GREETING
    ctypedef struct pair_t:
        int first
        int second
    pair_t make_pair(int a, int b)
    int pair_sum(const pair_t* p)
    ctypedef struct handle_t
    handle_t* handle_new(int v)
    int handle_get(handle_t* h)
    int handle_uses(const handle_t* h)
    void handle_free(handle_t* h)
    int live_handles
    int checked_div(int a, int b) except -1
    int maybe_neg(int a) except? -1
    const char* name_of(int i) except NULL
    const char* version()
    cdef enum mode_e:
        MODE_A
        MODE_B

def inline_function(int a, int b):
    """
    >>> inline_function(2, 3)
    (5, 5)
    """
    return add_ints(a, b), c_add(a, b)

def macros(int x):
    """
    >>> macros(7)
    (100, 2.5, 49, 107, b'hello')
    >>> macros(-3)
    (100, 2.5, 9, 97, b'hello')
    """
    return LIMIT, SCALE, SQUARE(x), LIMIT + x, GREETING

def macro_in_expression():
    """
    >>> macro_in_expression()
    (25, 250.0)
    """
    cdef int i = 2
    return SQUARE(i + 3), SCALE * LIMIT

def pair_struct(int a, int b):
    """
    >>> pair_struct(3, 4)
    (7, {'first': 3, 'second': 4}, 7)
    """
    cdef pair_t p = make_pair(a, b)
    return p.first + p.second, p, pair_sum(&p)

def pair_from_python(pair_t p):
    """
    >>> pair_from_python({'first': 10, 'second': -2})
    8
    """
    return pair_sum(&p)

def opaque_handle(int v):
    """
    >>> opaque_handle(42)
    (42, 42, 2, 1, 0)
    """
    cdef handle_t* h = handle_new(v)
    cdef int before = live_handles
    a = handle_get(h)
    b = handle_get(h)
    uses = handle_uses(h)
    handle_free(h)
    return a, b, uses, before, live_handles

def divide(int a, int b):
    """
    >>> divide(7, 2)
    3
    >>> divide(7, 0)
    Traceback (most recent call last):
    ...
    ZeroDivisionError: checked_div by zero
    """
    return checked_div(a, b)

def maybe(int a):
    """
    >>> maybe(5), maybe(-1)
    (5, -1)
    >>> maybe(-200)
    Traceback (most recent call last):
    ...
    ValueError: too small
    """
    return maybe_neg(a)

cdef int divide_in_cdef(int a, int b) except -1:
    return checked_div(a, b) + 1

def propagates(int b):
    """
    >>> propagates(5)
    3
    >>> propagates(0)
    Traceback (most recent call last):
    ...
    ZeroDivisionError: checked_div by zero
    """
    return divide_in_cdef(10, b)

def catch_it(int b):
    """
    >>> catch_it(0), catch_it(2)
    ('caught checked_div by zero', 5)
    """
    try:
        return checked_div(10, b)
    except ZeroDivisionError as e:
        return 'caught ' + str(e)

def names(int i):
    """
    >>> names(1)
    (b'one', 'one')
    >>> names(3)
    Traceback (most recent call last):
    ...
    IndexError: no name for 3
    """
    cdef const char* s = name_of(i)
    return s, s.decode('ascii')

def const_char_result():
    """
    >>> const_char_result()
    (b'v1.0', 4, 'bytes')
    """
    v = version()
    return v, len(version()), type(v).__name__

def extern_enum():
    """
    >>> extern_enum()
    (1, 4, 5)
    """
    cdef mode_e m = MODE_B
    return MODE_A, m, MODE_A | MODE_B

def varargs_only_macro(int a):
    """
    >>> varargs_only_macro(1)
    (6, 12)
    """
    return ADD3(a, 2, 3), ADD3(a * 2, a + 3, 6)
