# Closures made in a loop all see the loop variable's last value (late binding), whether it is a
# C int or an object; binding it with a default argument or a factory gives each its own value.
# Expected outputs recorded from Cython 3.3.0.

def trap_c_int():
    """
    >>> trap_c_int()
    [2, 2, 2]
    """
    fs = []
    cdef int i
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]


def trap_object():
    """
    >>> trap_object()
    ['c', 'c', 'c']
    """
    fs = []
    for s in 'abc':
        def f():
            return s
        fs.append(f)
    return [f() for f in fs]


def default_binds():
    """
    >>> default_binds()
    [0, 1, 2]
    """
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return [f() for f in fs]


def factory_binds():
    """
    >>> factory_binds()
    [0, 10, 20]
    """
    def make(int k):
        def f():
            return k * 10
        return f
    return [make(i)() for i in range(3)]


def after_loop_change():
    """
    >>> after_loop_change()
    [99, 99]
    """
    fs = []
    cdef int i
    for i in range(2):
        def f():
            return i
        fs.append(f)
    i = 99
    return [f() for f in fs]


def while_loop():
    """
    >>> while_loop()
    [3, 3, 3]
    """
    fs = []
    n = 0
    while n < 3:
        def f():
            return n
        fs.append(f)
        n += 1
    return [f() for f in fs]
