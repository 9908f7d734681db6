# When the second view argument cannot be acquired, the first one's acquisition is released:
# the bytearray behind it can still be resized.
def two(double[:] a, double[:] b):
    """
    >>> buf = bytearray(16)
    >>> m = memoryview(buf).cast('d')
    >>> two(m, 5)
    Traceback (most recent call last):
    TypeError: a bytes-like object is required, not 'int'
    >>> two(m, bytearray(3))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'double' but got 'unsigned char'
    >>> m.release(); buf.extend(b'x'); len(buf)
    17
    """
    return a[0] + b[0]

def conversion_after_view(double[:] a, int n):
    """
    >>> buf = bytearray(8)
    >>> m = memoryview(buf).cast('d')
    >>> conversion_after_view(m, "no")
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> m.release(); buf.extend(b'x'); len(buf)
    9
    """
    return a[0] * n
