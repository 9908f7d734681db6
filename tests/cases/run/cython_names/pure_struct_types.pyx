# Pure Python mode's module-level type declarations: cython.struct, cython.union and cython.typedef
# (of an array of a struct too), used by cython.declare, struct constructors and dict coercion.
import cython

MyUnion = cython.union(n=cython.int, x=cython.double)
MyStruct = cython.struct(is_integral=cython.bint, data=MyUnion)
MyStruct2 = cython.typedef(MyStruct[2])
Index = cython.typedef(cython.Py_ssize_t)

def test_struct(n, x):
    """
    >>> test_struct(389, 1.64493)
    (389, 1.64493)
    """
    a = cython.declare(MyStruct2)
    a[0] = MyStruct(True, data=MyUnion(n=n))
    a[1] = MyStruct(is_integral=False, data={'x': x})
    return a[0].data.n, a[1].data.x

def test_typedef(n):
    """
    >>> test_typedef(3)
    (4, True)
    """
    i = cython.declare(Index, n)
    return i + 1, sizeof(i) == sizeof(cython.Py_ssize_t)
