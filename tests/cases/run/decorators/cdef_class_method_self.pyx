# A decorated method's function object called with an instance of another class: pyxc checks
# self as a typed argument (TypeError); Cython 3.3.0 does not check it and reads the other
# object's memory as the class's fields (a known Cython defect, see the .known file).
def keep(func):
    return func

class Other:
    pass

cdef class Holder:
    """
    >>> Holder(4).get()
    4
    >>> f = Holder.__dict__['get']
    >>> f(Holder(5))
    5
    >>> f(Other())
    Traceback (most recent call last):
    TypeError: Argument 'self' has incorrect type (expected cdef_class_method_self.Holder, got Other)
    >>> f(None)
    Traceback (most recent call last):
    TypeError: Argument 'self' has incorrect type (expected cdef_class_method_self.Holder, got NoneType)
    """
    cdef long value

    def __init__(self, value):
        self.value = value

    @keep
    def get(self):
        return self.value
