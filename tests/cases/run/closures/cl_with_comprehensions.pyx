# Closures and comprehensions together: a comprehension inside a nested def reading captured
# variables, lambdas made inside a comprehension (all see the comprehension variable's last
# value), and a comprehension reading a C int the closure updates via nonlocal.
# Expected outputs recorded from Cython 3.3.0.

def comprehension_in_closure(int n):
    """
    >>> comprehension_in_closure(3)
    [10, 11, 12]
    """
    base = 10
    def inner():
        return [base + i for i in range(n)]
    return inner()


def lambdas_in_comprehension():
    """
    >>> lambdas_in_comprehension()
    [2, 2, 2]
    """
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]


def lambdas_with_default_in_comprehension():
    """
    >>> lambdas_with_default_in_comprehension()
    [0, 1, 2]
    """
    fs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs]


def closure_updates_count():
    """
    >>> closure_updates_count()
    ([1, 2, 3], 3)
    """
    cdef int count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    seen = [bump() for _ in range(3)]
    return seen, count


def generator_expression_in_closure(int n):
    """
    >>> generator_expression_in_closure(4)
    14
    """
    cdef int offset = 2
    def total():
        return sum(i + offset for i in range(n))
    return total()
