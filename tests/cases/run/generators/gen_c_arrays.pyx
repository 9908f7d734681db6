# C arrays in generators: the array lives in the generator's frame for the generator's whole life,
# so its elements keep their values across yields, a pointer into it stays valid across yields,
# and two generators of the same function each have their own array. Deep recursion between
# resumptions (call_next) would show an array copied onto the C stack and back.
# Expected outputs recorded from Cython 3.3.0.

def call_next(it, int depth=12):
    if depth > 0:
        yield from call_next(it, depth - 1)
    try:
        yield next(it)
    except StopIteration:
        pass


def squares(int n):
    cdef long buf[8]
    cdef int i
    for i in range(8):
        buf[i] = i * i
    for i in range(n):
        yield buf[i % 8]
        buf[i % 8] += 100


def through_pointer():
    cdef int[4] v = [1, 2, 3, 4]
    cdef int *p = &v[1]
    for x in v:
        yield x
    p[0] = 20
    yield p[0]
    yield v[1]
    p += 1
    yield p[0]


def grid():
    cdef int m[3][2]
    cdef int i, j
    for i in range(3):
        for j in range(2):
            m[i][j] = i * 10 + j
    for i in range(3):
        yield m[i]
    yield sizeof(m) // sizeof(int)


def chars():
    cdef char[4] result = "ABC"
    cdef unsigned char[4] ubytes = b"xyz\0"
    for ch in "YX":
        result[0] = <char> ch
        yield result[0]
    for b in b"PQ":
        ubytes[0] = b
        yield ubytes[0], ubytes[2]
    yield result, ubytes


def each_own():
    cdef double acc[2]
    acc[0] = 0
    acc[1] = 0
    while True:
        x = yield acc[0] + acc[1]
        acc[0 if x > 0 else 1] += x


def values():
    """
    >>> list(squares(10))
    [0, 1, 4, 9, 16, 25, 36, 49, 100, 101]
    >>> list(call_next(squares(3)))
    [0, 1, 4]
    >>> list(through_pointer())
    [1, 2, 3, 4, 20, 20, 3]
    >>> list(grid())
    [[0, 1], [10, 11], [20, 21], 6]
    >>> list(chars())
    [89, 88, (80, 122), (81, 122), (b'XBC', b'Qyz')]
    >>> [next(g) for g in [chars()] for _ in range(2)]
    [89, 88]
    """


def interleaved():
    """
    >>> a = each_own(); b = each_own()
    >>> next(a), next(b)
    (0.0, 0.0)
    >>> a.send(1.5), b.send(-2.0), a.send(-0.5), b.send(4.0)
    (1.5, -2.0, 1.0, 2.0)
    """
