# shape and strides of a 3-D view, indexed and as Python lists, match numpy's.
def geometry(float[:, :, :] t):
    """
    >>> import numpy as np
    >>> a = np.zeros((4, 5, 6), dtype=np.float32)
    >>> geometry(a) == (a.shape, a.strides)
    True
    >>> geometry(a[::2, ::-1, 1:]) == (a[::2, ::-1, 1:].shape, a[::2, ::-1, 1:].strides)
    True
    """
    return (t.shape[0], t.shape[1], t.shape[2]), (t.strides[0], t.strides[1], t.strides[2])

def as_lists(float[:, :, :] t):
    """
    >>> import numpy as np
    >>> as_lists(np.zeros((4, 5, 6), dtype=np.float32))
    ([4, 5, 6, 0, 0, 0, 0, 0], [120, 24, 4, 0, 0, 0, 0, 0])
    """
    return t.shape, t.strides
