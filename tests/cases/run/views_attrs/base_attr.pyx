# .base of a view is the object that exported its buffer.
def base_of(double[:] x):
    """
    >>> import array
    >>> a = array.array('d', [1.0])
    >>> base_of(a) is a
    True
    >>> import numpy as np
    >>> n = np.zeros(3)
    >>> base_of(n) is n, base_of(n[1:]) is n
    (True, False)
    """
    return x.base

def base_of_slice(double[:] x):
    """
    >>> import array
    >>> a = array.array('d', [1.0, 2.0])
    >>> base_of_slice(a) is a
    True
    """
    return x[1:].base
