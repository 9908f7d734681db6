# `with nogil:` blocks and `nogil` C functions: C loops and arithmetic on C locals, calls of
# `cdef ... nogil` functions taking pointers and C arrays, 1-D and 2-D double views read, written
# and sliced inside `with nogil`, break/continue, `return` from inside `with nogil` in a cdef
# function, `with nogil` nested in a loop, `with gil:` inside `with nogil:` building Python
# objects, `with nogil` inside a nogil function (allowed: it releases the GIL only if held),
# `with gil` functions called without the GIL, nogil function pointers, constant
# `with nogil(flag)` / `with gil(flag)`, a module-level `with nogil:`, a `cpdef ... nogil`
# function, a nogil function with an (unused) object parameter, `with nogil` in a generator,
# and nogil functions called with the GIL held.
# Expected outputs recorded from Cython 3.3.0.

cdef int module_value = 0
with nogil:
    module_value = 6 * 7


cdef long isum(int n) noexcept nogil:
    cdef long s = 0
    cdef int i
    for i in range(n):
        s += i
    return s


cdef double dot(const double* a, const double* b, int n) noexcept nogil:
    cdef double s = 0.0
    cdef int i
    for i in range(n):
        s += a[i] * b[i]
    return s


cdef void fill(int* p, int n, int start) noexcept nogil:
    cdef int i
    for i in range(n):
        p[i] = start + i


cdef int arr_max(int a[5]) noexcept nogil:
    cdef int m = a[0], i
    for i in range(1, 5):
        if a[i] > m:
            m = a[i]
    return m


cdef int twice(int x) noexcept nogil:
    return 2 * x


cdef int releasing(int x) noexcept nogil:
    with nogil:
        x += 1
    return x


cdef int count_items(int x) noexcept with gil:
    return len([x] * x)


cdef int early(int x):
    with nogil:
        if x > 0:
            return x * 2
    return -1


cpdef int cp_square(int x) noexcept nogil:
    return x * x


cdef int ignores_object(object o, int x) noexcept nogil:
    return x + 1


cdef class Counter:
    cdef int n
    cdef Counter other

    cdef int get(self) noexcept nogil:
        return self.n


def c_loops(int n):
    """
    >>> c_loops(10)
    (45, 285, 3628800, 2.5)
    >>> c_loops(0)
    (0, 0, 1, 0.0)
    """
    cdef long s = 0, sq = 0, fact = 1
    cdef double avg = 0.0
    cdef int i
    with nogil:
        for i in range(n):
            s += i
            sq += i * i
        for i in range(1, n + 1):
            fact *= i
        if n > 0:
            avg = <double>(n // 4)
            avg = avg + (n % 4) * 0.25
    return s, sq, fact, avg


def calls(int n):
    """
    >>> calls(5)
    (10, 32.0, [7, 8, 9, 10, 11], 11, 10)
    >>> calls(1)
    (0, 32.0, [7, 8, 9, 10, 11], 11, 2)
    """
    cdef double a[3]
    cdef double b[3]
    cdef int p[5]
    cdef long total
    cdef double d
    cdef int m, t
    a[0] = 1; a[1] = 2; a[2] = 3
    b[0] = 4; b[1] = 5; b[2] = 6
    with nogil:
        total = isum(n)
        d = dot(a, b, 3)
        fill(p, 5, 7)
        fill(&p[0], 0, 99)
        m = arr_max(p)
        t = twice(n)
    return total, d, [p[i] for i in range(5)], m, t


def view_1d(double[:] v):
    """
    >>> from array import array
    >>> a = array('d', [1.0, 2.0, 3.0, 4.0])
    >>> view_1d(a)
    (10.0, 4)
    >>> a.tolist()
    [2.0, 4.0, 6.0, 8.0]
    >>> view_1d(array('d'))
    (0.0, 0)
    """
    cdef double s = 0.0
    cdef Py_ssize_t i, n
    with nogil:
        n = v.shape[0]
        for i in range(n):
            s += v[i]
            v[i] = v[i] * 2
    return s, n


def view_2d(double[:, :] m):
    """
    >>> from array import array
    >>> buf = array('d', [0.0] * 6)
    >>> view_2d(memoryview(buf).cast('B').cast('d', (2, 3)))
    (2, 3, 11.0, 36.0)
    >>> buf.tolist()
    [0.0, 1.0, 2.0, 10.0, 11.0, 12.0]
    """
    cdef Py_ssize_t i, j
    cdef double trace = 0.0, total = 0.0
    with nogil:
        for i in range(m.shape[0]):
            for j in range(m.shape[1]):
                m[i, j] = i * 10 + j
        for i in range(m.shape[0]):
            trace += m[i, i]
            for j in range(m.shape[1]):
                total += m[i, j]
    return m.shape[0], m.shape[1], trace, total


def view_slices(double[:] v, double[:, :] m):
    """
    >>> from array import array
    >>> a = array('d', [0.0, 1.0, 2.0, 3.0, 4.0, 5.0])
    >>> buf = array('d', [1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
    >>> view_slices(a, memoryview(buf).cast('B').cast('d', (2, 3)))
    (4, 1.0, 3, 4.0, 5.0, 3, 15.0, 2, 4.0, 3, 2)
    >>> a.tolist()
    [0.0, 100.0, 2.0, 3.0, 4.0, 5.0]
    """
    cdef double[:] w
    cdef double[:, :] t
    cdef Py_ssize_t n1, n2, nrow, ncol, tdim
    cdef double first, last, rev0, rowsum = 0.0, col1
    cdef Py_ssize_t j
    with nogil:
        w = v[1:-1]
        n1 = w.shape[0]
        first = w[0]
        w[0] = 100.0
        w = v[::2]
        n2 = w.shape[0]
        last = w[n2 - 1]
        w = v[::-1]
        rev0 = w[0]
        w = m[1, :]
        nrow = w.shape[0]
        for j in range(nrow):
            rowsum += w[j]
        w = m[:, 0]
        ncol = w.shape[0]
        col1 = w[1]
        t = m.T
        tdim = t.shape[0]
    return n1, first, n2, last, rev0, nrow, rowsum, ncol, col1, tdim, t.shape[1]


def loops_break_continue(double[:] v, double limit):
    """
    >>> from array import array
    >>> loops_break_continue(array('d', [1.0, -2.0, 3.0, 50.0, 4.0]), 10.0)
    (3, 4.0, 1, 5)
    >>> loops_break_continue(array('d', [-1.0, 2.0]), 10.0)
    (-1, 2.0, 1, 5)
    """
    cdef Py_ssize_t i, found = -1
    cdef double pos_sum = 0.0
    cdef int negatives = 0, k = 0
    with nogil:
        for i in range(v.shape[0]):
            if v[i] < 0:
                negatives += 1
                continue
            if v[i] > limit:
                found = i
                break
            pos_sum += v[i]
        while True:
            k += 1
            if k >= 5:
                break
    return found, pos_sum, negatives, k


def return_inside(int x):
    """
    >>> return_inside(21), return_inside(0)
    (42, -1)
    """
    return early(x)


def break_out_of_nogil(int x):
    """
    >>> break_out_of_nogil(5)
    (10, 3)
    """
    cdef int r = 0, rounds = 0
    while True:
        rounds += 1
        with nogil:
            r = x * 2
            if rounds == 3:
                break
    return r, rounds


def nogil_in_loop(int n):
    """
    >>> nogil_in_loop(4)
    [0, 1, 3, 6]
    """
    cdef int k
    cdef long s
    result = []
    for k in range(n):
        with nogil:
            s = isum(k + 1)
        result.append(s)
    return result


def gil_inside(int n):
    """
    >>> gil_inside(4)
    ([0, 1, 4, 9], (0, 6), 'done')
    """
    cdef int i, total = 0
    items = []
    with nogil:
        for i in range(n):
            with gil:
                items.append(i * i)
            total += i
        with gil:
            pair = (0, total)
            label = 'done'
    return items, pair, label


def nested_release(int x):
    """
    >>> nested_release(1)
    (2, 3)
    """
    cdef int a, b
    a = releasing(x)
    with nogil:
        b = releasing(a)
    return a, b


def with_gil_function(int x):
    """
    >>> with_gil_function(3), with_gil_function(0)
    (3, 0)
    """
    cdef int r
    with nogil:
        r = count_items(x)
    return r


def function_pointer(int x):
    """
    >>> function_pointer(5)
    (10, 6)
    """
    cdef int (*fp)(int) noexcept nogil
    cdef int a, b
    fp = twice
    with nogil:
        a = fp(x)
        fp = releasing
        b = fp(x)
    return a, b


def conditional(int x):
    """
    >>> conditional(1)
    4
    """
    with nogil(True):
        x += 1
        with gil(False):
            x += 1
    with nogil(False):
        x += 1
    return x


def class_fields():
    """
    >>> class_fields()
    (3, 4, 7)
    """
    cdef Counter c = Counter()
    cdef int a, b
    c.n = 3
    c.other = Counter()
    c.other.n = 4
    with nogil:
        a = c.get()
        b = c.other.n
        c.n = a + b
    return a, b, c.n


def module_level():
    """
    >>> module_level()
    42
    """
    return module_value


def cpdef_nogil(int x):
    """
    >>> cpdef_nogil(3), cp_square(5)
    ((9, 16), 25)
    """
    cdef int r
    with nogil:
        r = cp_square(x)
    return r, cp_square(x + 1)


def object_parameter(int x):
    """
    >>> object_parameter(4)
    (5, 6)
    """
    cdef int r
    items = [x]
    with nogil:
        r = ignores_object(items, x)
    return r, ignores_object(None, r)


def generator(int n):
    """
    >>> list(generator(4))
    [0, 6, 12]
    """
    cdef int i, s, k
    for k in range(3):
        s = 0
        with nogil:
            for i in range(n):
                s += i * k
        yield s


def called_with_gil(int n):
    """
    >>> called_with_gil(4)
    (6, 8, 2, 5)
    """
    cdef double a[2]
    a[0] = 1.0
    a[1] = 2.0
    return isum(n), twice(n), int(dot(a, a, 2) // 2), releasing(n)
