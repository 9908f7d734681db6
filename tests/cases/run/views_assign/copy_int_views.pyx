# Copies between int views of other strides; the destination sees every element.
def gather_even(int[:] dst, int[:] src):
    """
    >>> import array
    >>> dst = array.array('i', [0] * 4)
    >>> gather_even(dst, array.array('i', range(8))); list(dst)
    [0, 2, 4, 6]
    """
    dst[:] = src[::2]

def scatter(int[:] dst, int[:] src):
    """
    >>> import array
    >>> dst = array.array('i', [0] * 6)
    >>> scatter(dst, array.array('i', [7, 8, 9])); list(dst)
    [0, 9, 0, 8, 0, 7]
    """
    dst[1::2] = src[::-1]
