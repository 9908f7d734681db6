# Closures stored in a list and a dict and called later (a dispatch table), closures as
# arguments to builtins (map, sorted key), and a closure stored as an attribute of an object.
# Expected outputs recorded from Cython 3.3.0.

def dispatch(op, a, b):
    """
    >>> dispatch('add', 2, 3), dispatch('mul', 2, 3), dispatch('sub', 2, 3)
    (5, 6, -1)
    >>> dispatch('div', 1, 2)
    Traceback (most recent call last):
    KeyError: 'div'
    """
    calls = []
    def add():
        calls.append('add')
        return a + b
    def mul():
        return a * b
    def sub():
        return a - b
    table = {'add': add, 'mul': mul, 'sub': sub}
    return table[op]()


def in_list(int n):
    """
    >>> in_list(4)
    [0, 2, 4, 6]
    """
    fs = []
    cdef int i
    for i in range(n):
        fs.append(power_of(i))
    return [f(2) for f in fs]


def power_of(int base):
    def p(int e):
        return base * e
    return p


def as_key():
    """
    >>> as_key()
    ['bb', 'a', 'ccc']
    """
    order = {'bb': 0, 'a': 1, 'ccc': 2}
    def key(s):
        return order[s]
    return sorted(['a', 'ccc', 'bb'], key=key)


def with_map(int k):
    """
    >>> with_map(3)
    [3, 6, 9]
    """
    def times(x):
        return x * k
    return list(map(times, [1, 2, 3]))


class Holder:
    pass


def as_attribute():
    """
    >>> as_attribute()
    'held: 7'
    """
    h = Holder()
    prefix = 'held: '
    def show(x):
        return prefix + str(x)
    h.show = show
    return h.show(7)
