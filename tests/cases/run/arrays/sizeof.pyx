# sizeof of C types and of variables (x86-64 Linux sizes): a size_t constant that becomes a
# Python int, and C (unsigned, size_t) arithmetic when combined with C ints.
# Expected outputs recorded from Cython 3.3.0.

def integer_types():
    """
    >>> integer_types()
    (1, 2, 4, 8, 8, 1, 4, 8)
    """
    return (sizeof(char), sizeof(short), sizeof(int), sizeof(long), sizeof(long long),
            sizeof(unsigned char), sizeof(unsigned int), sizeof(unsigned long long))

def float_types():
    """
    >>> float_types()
    (4, 8)
    """
    return sizeof(float), sizeof(double)

def pointer_types():
    """
    >>> pointer_types()
    (8, 8, 8, 8, 8)
    """
    return sizeof(void*), sizeof(char*), sizeof(int**), sizeof(Py_ssize_t), sizeof(size_t)

def bint_and_misc():
    """
    >>> bint_and_misc()
    (4, 8)
    """
    return sizeof(bint), sizeof(Py_hash_t)

def of_variables(int i, double d):
    """
    >>> of_variables(1, 2.0)
    (4, 8, 8, 2, 8, 24)
    """
    cdef long long ll = 0
    cdef short s = 0
    cdef int *p = &i
    cdef double arr[3]
    return sizeof(i), sizeof(d), sizeof(ll), sizeof(s), sizeof(p), sizeof(arr)

def of_expressions(int i):
    """
    >>> of_expressions(3)
    (4, 8, 8, 4)
    """
    cdef int *p = &i
    cdef double d = 0
    return sizeof(i + 1), sizeof(i * d), sizeof(p + 1), sizeof(p[0])

def result_type():
    """
    >>> result_type()
    ('int', 8, True)
    """
    n = sizeof(double)
    return type(n).__name__, n, n == 8

def arithmetic(int k):
    """
    >>> arithmetic(3)
    (12, 7, 2, 40)
    """
    cdef int a[10]
    return k * sizeof(int), sizeof(int) + k, sizeof(double) // sizeof(int), sizeof(a)

def count_of(int n):
    """
    >>> count_of(4)
    (4, 32, 32)
    """
    cdef size_t bytes_needed = n * sizeof(double)
    cdef Py_ssize_t count = bytes_needed // sizeof(double)
    return count, bytes_needed, <int>(n * sizeof(long long))

def unsigned_wrap(int k):
    """
    >>> unsigned_wrap(2)
    (18446744073709551612, -4, 0)
    """
    cdef Py_ssize_t signed_diff = <Py_ssize_t>sizeof(int) - 4 * k
    return sizeof(int) - 4 * k, signed_diff, sizeof(int) - 4 * k // 2

def compare(int k):
    """
    >>> compare(8), compare(4), compare(-1)
    (True, False, False)
    """
    return sizeof(double) == k

def with_python_int(n):
    """
    >>> with_python_int(10)
    (80, 'int')
    >>> with_python_int(-1)
    (-8, 'int')
    """
    r = n * sizeof(double)
    return r, type(r).__name__

def type_vs_array():
    """
    >>> type_vs_array()
    (12, 24, 4, 96)
    """
    return sizeof(int[3]), sizeof(double[3]), sizeof(float[1]), sizeof(double[3][4])
