# Functions in cdef: blocks (with bodies, and declared public), and a `cdef nogil:` block whose
# functions are all nogil: callable inside `with nogil`. Expected outputs recorded from Cython 3.3.0.
cdef:
    struct Pair:
        int a
        int b

    int total = 0

    void add(int x):
        global total
        total += x

cdef nogil:
    int twice(int x):
        return 2 * x

    int pair_sum(Pair p) noexcept:
        return p.a + p.b

cdef public:
    int pub_value = 7

    int pub_get():
        return pub_value

cdef nogil: pass

def run(int n):
    """
    >>> run(4)
    (12, 8, 7, 7)
    """
    cdef int i, doubled = 0, summed = 0
    cdef Pair p = Pair(3, 4)
    for i in range(n):
        add(i)
    add(6)
    with nogil:
        doubled = twice(n)
        summed = pair_sum(p)
    return total, doubled, summed, pub_get()
