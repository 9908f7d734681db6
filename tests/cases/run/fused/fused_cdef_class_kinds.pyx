# Fused def methods of a cdef class declared @staticmethod and @classmethod, and the dispatch of
# a fused type whose members are extension types (tested before a plain object member).
cimport cython

cdef class Base:
    @staticmethod
    def smethod(cython.integral arg1):
        return cython.typeof(arg1), arg1

    @classmethod
    def cmethod(cls, cython.integral arg1):
        return cls.__name__, cython.typeof(arg1), arg1

cdef class Sub(Base):
    pass

def test_kinds():
    """
    >>> test_kinds()
    (('long', 10), ('long', 10))
    (('short', 10), ('short', 10))
    (('Base', 'long', 10), ('Base', 'long', 10))
    (('Base', 'short', 10), ('Base', 'short', 10))
    (('Sub', 'long', 3), ('Sub', 'int', 4))
    """
    print((Base.smethod(10), Base().smethod(10)))
    print((Base.smethod['short'](10), Base().smethod['short'](10)))
    print((Base.cmethod(10), Base().cmethod(10)))
    print((Base.cmethod['short'](10), Base().cmethod['short'](10)))
    print((Sub.cmethod(3), Sub().cmethod['int'](4)))

cdef class A:
    pass

cdef class B:
    pass

ctypedef fused thing:
    B
    object
    A
    long

def which(thing x):
    """
    >>> which(A()), which(B()), which(3), which('s')
    ('A', 'B', 'long', 'Python object')
    """
    return cython.typeof(x)
