# Comprehension results assigned to typed variables (cdef list, dict, set), built in a cdef
# function and returned, and a comprehension whose items are instances of a cdef class read
# through their C fields.
# Expected outputs recorded from Cython 3.3.0.

cdef class P:
    cdef public int x

    def __init__(self, int x):
        self.x = x


cdef list build(int n):
    cdef list r = [i * 3 for i in range(n)]
    return r


def typed_containers(int n):
    """
    >>> typed_containers(3)
    ([0, 3, 6], {0: 0, 1: 3, 2: 6}, [0, 3, 6])
    """
    cdef list l = build(n)
    cdef dict d = {i: v for i, v in enumerate(l)}
    cdef set s = {v for v in l}
    return l, d, sorted(s)


def instances(int n):
    """
    >>> instances(4)
    ([0, 2, 4, 6], 12)
    """
    cdef list ps = [P(i * 2) for i in range(n)]
    return [p.x for p in ps], sum(p.x for p in ps)


def typed_loop_over_instances(int n):
    """
    >>> typed_loop_over_instances(3)
    [1, 2, 3]
    """
    ps = [P(i) for i in range(n)]
    cdef P q
    return [q.x + 1 for q in ps]
