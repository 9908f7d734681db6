# &x of C locals and array elements, reads and writes through p[0], pointers to pointers,
# out-parameters of cdef functions (cython.address(x): tests/cases/pending/run/cython_names/address.pyx).
# Expected outputs recorded from Cython 3.3.0.
def write_through_int(int v):
    """
    >>> write_through_int(7)
    (7, 8)
    >>> write_through_int(-1)
    (-1, 0)
    """
    cdef int x = 0
    cdef int *p = &x
    p[0] = v
    cdef int before = x
    p[0] += 1
    return before, x

def read_through_double(double d):
    """
    >>> read_through_double(2.5)
    (2.5, 5.0)
    """
    cdef double x = d
    cdef double *p = &x
    x *= 2
    return d, p[0]

def pointer_to_pointer(int v):
    """
    >>> pointer_to_pointer(3)
    (3, 30, 31)
    """
    cdef int x = v
    cdef int *p = &x
    cdef int **pp = &p
    cdef int first = pp[0][0]
    pp[0][0] = v * 10
    cdef int second = x
    (pp[0])[0] += 1
    return first, second, p[0]

def retarget_through_pp():
    """
    >>> retarget_through_pp()
    (1, 2)
    """
    cdef int a = 1, b = 2
    cdef int *p = &a
    cdef int **pp = &p
    cdef int first = p[0]
    pp[0] = &b
    return first, p[0]

cdef void divmod_out(int a, int b, int *q, int *r):
    q[0] = a // b
    r[0] = a % b

def out_params(int a, int b):
    """
    >>> out_params(17, 5)
    (3, 2)
    >>> out_params(-7, 2)
    (-4, 1)
    """
    cdef int q = 0, r = 0
    divmod_out(a, b, &q, &r)
    return q, r

cdef bint parse_digit(char c, int *out):
    if c'0' <= c <= c'9':
        out[0] = c - c'0'
        return True
    return False

def out_param_flag(bytes s):
    """
    >>> out_param_flag(b'7')
    (True, 7)
    >>> out_param_flag(b'x')
    (False, -1)
    """
    cdef int d = -1
    cdef bint ok = parse_digit(s[0], &d)
    return ok, d

cdef void swap(double *a, double *b):
    cdef double t = a[0]
    a[0] = b[0]
    b[0] = t

def swap_doubles(double x, double y):
    """
    >>> swap_doubles(1.5, -2.0)
    (-2.0, 1.5)
    """
    swap(&x, &y)
    return x, y

def element_address():
    """
    >>> element_address()
    (2, 3, [0, 1, 200, 3, 4])
    """
    cdef int a[5]
    cdef int i
    for i in range(5):
        a[i] = i
    cdef int *p = &a[2]
    cdef int here = p[0]
    cdef int next_one = p[1]
    p[0] = 200
    return here, next_one, [a[i] for i in range(5)]

cdef void fill(int *dst, int n, int start):
    cdef int i
    for i in range(n):
        dst[i] = start + i

def fill_tail():
    """
    >>> fill_tail()
    [0, 0, 10, 11, 12]
    """
    cdef int a[5]
    cdef int i
    for i in range(5):
        a[i] = 0
    fill(&a[2], 3, 10)
    return [a[i] for i in range(5)]

def address_of_param(long long n):
    """
    >>> address_of_param(2**40)
    (1099511627776, 1099511627777)
    """
    cdef long long *p = &n
    cdef long long before = p[0]
    p[0] += 1
    return before, n

def address_of_inferred(int n):
    """
    >>> address_of_inferred(5)
    (7, 3.5, 'int', 'float')
    """
    y = n + 1
    z = 2.5
    cdef long *r = &y
    cdef double *s = &z
    r[0] += 1
    s[0] += 1
    return y, z, type(y).__name__, type(z).__name__

cdef int counter = 10

def address_of_global():
    """
    >>> address_of_global()
    (10, 11)
    """
    global counter
    counter = 10
    cdef int *p = &counter
    cdef int before = p[0]
    p[0] += 1
    return before, counter
