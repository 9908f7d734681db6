# A `with gil` function called without the GIL: it owns its object arguments for its whole run
# (the caller may pass an attribute's value that the function itself replaces), and its own
# Python variables are released before it gives the GIL back. Expected outputs: Cython 3.3.0.
cdef class Owner:
    cdef object x

cdef void replace_and_use(Owner owner, x) with gil:
    owner.x = "def"          # drops the only other reference to x
    y = [x, x]
    print(x, len(y))

cdef int count_items(object seq) except -1 with gil:
    items = list(seq)
    return len(items)

cdef int failing(object o) except -1 with gil:
    tmp = [o]
    raise ValueError(tmp)

def attribute_argument():
    """
    >>> attribute_argument()
    abc5 2
    'def'
    """
    owner = Owner()
    owner.x = ''.join(["abc", str(5)])   # a fresh string, referenced only by the attribute
    with nogil:
        replace_and_use(owner, owner.x)
    return owner.x

def counted(seq):
    """
    >>> counted((1, 2, 3))
    3
    >>> counted('ab')
    2
    """
    cdef int n
    with nogil:
        n = count_items(seq)
    return n

def raising():
    """
    >>> raising()
    Traceback (most recent call last):
    ValueError: [1]
    """
    with nogil:
        failing(1)
