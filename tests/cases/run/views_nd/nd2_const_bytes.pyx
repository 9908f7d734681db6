# const 2-D views read read-only buffers: bytes reshaped through memoryview, a read-only array.
def checksum(const unsigned char[:, :] m):
    """
    >>> checksum(memoryview(b'abcdef').cast('B', (2, 3)))
    (597, 102)
    >>> import numpy as np
    >>> a = np.arange(6, dtype=np.uint8).reshape(3, 2)
    >>> a.setflags(write=False)
    >>> checksum(a)
    (15, 5)
    """
    cdef long s = 0
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j]
    return s, m[m.shape[0] - 1, m.shape[1] - 1]

def refuses_mutable_view_of_bytes(unsigned char[:, :] m):
    """
    >>> refuses_mutable_view_of_bytes(memoryview(b'abcdef').cast('B', (2, 3)))
    Traceback (most recent call last):
    BufferError: memoryview: underlying buffer is not writable
    """
    return m[0, 0]
