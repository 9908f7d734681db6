# Calls of a nested def by its name in the function that defines it (compiled as direct calls of
# its body when the name is bound only by the def): closures over objects and C values, typed
# parameters with their conversion errors, a name rebound later, a call before the def runs.
# Expected outputs recorded from Cython 3.3.0.

def closure_calls(long n):
    """
    >>> closure_calls(10)
    30
    """
    k = 3
    def add(a):
        return a + k
    s = 0
    cdef long i
    for i in range(n):
        s = add(s)
    return s

def typed(double x):
    """
    >>> typed(2.0)
    (5.0, 'must be real number, not str')
    """
    def scale(double v, w):
        return v * x + w
    bad = 'a'
    try:
        scale(bad, 1)
    except TypeError as e:
        msg = str(e)
    return scale(2, 1), msg

def rebound(flag):
    """
    >>> rebound(False)
    ('first', 'first')
    >>> rebound(True)
    ('first', 'second')
    """
    def pick():
        return 'first'
    a = pick()
    if flag:
        pick = lambda: 'second'
    return a, pick()

def before_def():
    """
    >>> before_def()
    'UnboundLocalError'
    """
    for i in range(2):
        if i == 1:
            def late():
                return 1
        else:
            try:
                late()
            except UnboundLocalError:
                return 'UnboundLocalError'

def counter():
    """
    >>> counter()
    [1, 2, 3]
    """
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return [bump(), bump(), bump()]
