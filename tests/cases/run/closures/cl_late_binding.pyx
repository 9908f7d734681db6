# Late binding: a closure reads the variable, not the value it had when the closure was made;
# the creator rebinding an object, a C int and a C double after creating the closure.
# Expected outputs recorded from Cython 3.3.0.

def rebind_object():
    """
    >>> rebind_object()
    ('first', 'second')
    """
    x = 'first'
    def get():
        return x
    a = get()
    x = 'second'
    return a, get()


def rebind_c_int():
    """
    >>> rebind_c_int()
    (1, 5)
    """
    cdef int k = 1
    def get():
        return k
    a = get()
    k = 5
    return a, get()


def rebind_after_return():
    """
    >>> f = rebind_after_return()
    >>> f()
    12.5
    """
    cdef double d = 1.0
    def get():
        return d
    d = 12.5
    return get


def augmented(int n):
    """
    >>> augmented(3)
    [0, 1, 2, 3]
    """
    cdef int i = 0
    def get():
        return i
    seen = [get()]
    while i < n:
        i += 1
        seen.append(get())
    return seen


def parameter_rebound(x):
    """
    >>> parameter_rebound(1)
    (1, 'changed')
    """
    def get():
        return x
    a = get()
    x = 'changed'
    return a, get()
