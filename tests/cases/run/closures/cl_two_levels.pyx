# Two and three levels of nesting: the innermost function reads variables of every enclosing
# function (object and C int), nonlocal reaching two levels up, and the middle level rebinding.
# Expected outputs recorded from Cython 3.3.0.

def three_sources(a):
    """
    >>> three_sources(1)()
    6
    """
    b = 2
    def mid():
        c = 3
        def inner():
            return a + b + c
        return inner
    return mid()


def c_two_levels(int a):
    """
    >>> c_two_levels(5)
    (5, 10, 15)
    """
    cdef int b = a * 2
    def mid():
        cdef int c = a * 3
        def inner():
            return a, b, c
        return inner()
    return mid()


def nonlocal_two_up():
    """
    >>> nonlocal_two_up()
    3
    """
    n = 0
    def mid():
        def inner():
            nonlocal n
            n += 1
        inner()
        inner()
        inner()
    mid()
    return n


def middle_rebinds():
    """
    >>> middle_rebinds()
    ('mid', 'mid')
    """
    x = 'outer'
    def mid():
        nonlocal x
        x = 'mid'
        def inner():
            return x
        return inner()
    return mid(), x


def three_deep(int n):
    """
    >>> three_deep(2)
    [2, 3, 4]
    """
    def l1():
        cdef int a = n + 1
        def l2():
            cdef int b = a + 1
            def l3():
                return [n, a, b]
            return l3()
        return l2()
    return l1()
