# Type tests in fused functions are decided in each specialization: the branches it does not take
# are not compiled (code valid only for another member is allowed there).
cimport cython

ctypedef fused T:
    int
    double

ctypedef double mydouble

cdef int takes_int_ptr(int *p):
    return p[0] + 1

cdef str kind(T a):
    if T is int:
        return "int"
    elif T is not double:
        return "neither"
    else:
        return "double"

cdef int bump(T a):
    if T is int:
        return takes_int_ptr(&a)
    return <int>(a * 10)

def branches():
    """
    >>> branches()
    ('int', 'double', 3, 25)
    """
    return kind(1), kind(1.0), bump(2), bump(2.5)

def forms(T a, cython.floating b):
    """
    >>> forms(1, 1.0)
    (True, False, True, False, True, True, False)
    >>> forms(1.0, 1.0)
    (False, True, False, True, False, False, True)
    >>> forms(1, 2.5)
    (True, False, True, False, True, True, False)
    """
    cdef list out = []
    if T in cython.floating:
        out.append(False)
    else:
        out.append(True)
    if T not in cython.floating:
        out.append(False)
    else:
        out.append(True)
    if T == int:
        out.append(True)
    else:
        out.append(False)
    if T != int:
        out.append(True)
    else:
        out.append(False)
    if T is int and a > 0:
        out.append(True)
    else:
        out.append(False)
    if not (T is double):
        out.append(True)
    else:
        out.append(False)
    if T is mydouble or cython.floating is float:
        out.append(True)
    else:
        out.append(False)
    return tuple(out)

def integral_branch(cython.integral x):
    """
    >>> integral_branch(5)
    'long 5'
    """
    if cython.integral is int:
        return "int %d" % x
    elif cython.integral is long:
        return "long %d" % x
    return "short"
