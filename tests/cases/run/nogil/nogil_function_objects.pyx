# A nogil function's Python variables (assigned in its `with gil:` blocks) and a reassigned object
# parameter: referenced and released with the GIL taken for the moment at its entry and exits,
# as Cython does; a return from `with gil:` inside a nogil try/finally drops the pending
# exception with the GIL held. Expected outputs: Cython 3.3.0.
cdef void keeps_objects(list out) nogil:
    cdef int c = 123
    with gil:
        obj1 = [c]
        obj2 = [456]
        out.append(obj1 + obj2)

cdef void reassigns(x, list out) nogil:
    with gil:
        x = [x, 1]
        out.append(x)

cdef int fails_after(list out) except -1 nogil:
    with gil:
        tmp = ["kept"]
        out.append(tmp)
        raise ValueError("after")

def run():
    """
    >>> run()
    [[123, 456], [7, 1]]
    """
    out = []
    with nogil:
        keeps_objects(out)
        reassigns(7, out)
    return out

def run_failing():
    """
    >>> run_failing()
    (['kept'], 'after')
    """
    out = []
    try:
        with nogil:
            fails_after(out)
    except ValueError as e:
        return out[0], str(e)

def return_in_finally(x):
    """
    >>> return_in_finally(10)
    10
    """
    with nogil:
        try:
            with gil:
                raise Exception("swallowed")
        finally:
            with gil:
                return x
