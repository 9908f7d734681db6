# next(it) and next(it, default) as Cython computes them: an object that is no iterator is
# Cython's TypeError naming its type (module-qualified, builtins by their name alone; a Python
# class's instance CPython's own, from its type's slot), the end
# of the iterator StopIteration or the default, an exception the iterator raises passed on.
# Expected outputs recorded from Cython 3.3.0.
class NotIter:
    pass

cdef class Ext:
    pass

class Failing:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("inside")

def one(it):
    return next(it)

def with_default(it, d):
    return next(it, d)

def test():
    """
    >>> test()
    (1, 2, 'end', 'end')
    >>> one(123)
    Traceback (most recent call last):
    TypeError: int object is not an iterator
    >>> one(NotIter())
    Traceback (most recent call last):
    TypeError: 'NotIter' object is not iterable
    >>> with_default(Ext(), 0)
    Traceback (most recent call last):
    TypeError: next_builtin.Ext object is not an iterator
    >>> one(iter([]))
    Traceback (most recent call last):
    StopIteration
    >>> with_default(Failing(), 0)
    Traceback (most recent call last):
    KeyError: 'inside'
    """
    it = iter([1, 2])
    g = (x for x in ())
    return one(it), with_default(it, 'end'), with_default(it, 'end'), with_default(g, 'end')
