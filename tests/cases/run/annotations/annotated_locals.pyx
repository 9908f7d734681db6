# A local annotated with a name: an extension type's name declares it of that type, a fused
# type's name (in a fused function) of the specialization's member, any other name an object.
import cython

number_or_object = cython.fused_type(cython.int, cython.float, object)

cdef class Point:
    cdef public double x

def fused_local(x: number_or_object):
    """
    >>> fused_local(1), fused_local(1.5), fused_local('a')
    (('int', 2), ('float', 2.5), ('Python object', 'a1'))
    """
    res: number_or_object = x
    if number_or_object is object:
        res = x + '1'
    else:
        res = x + 1
    return cython.typeof(res), res

class Plain:
    pass

def class_locals(value):
    """
    >>> class_locals(3)
    ('Point', 'Python object', 'Python object', 3)
    >>> class_locals(None)
    ('Point', 'Python object', 'Python object', None)
    >>> class_locals('s')
    Traceback (most recent call last):
    TypeError: Cannot convert str to annotated_locals.Point
    """
    p: Point = Point()
    q: Plain = value
    r: SomethingUndefinedButAnnotated = value
    if value is None or isinstance(value, str):
        p = value
    return cython.typeof(p), cython.typeof(q), cython.typeof(r), q
