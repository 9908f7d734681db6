# Acquisitions end with the views: a bytearray resizes after calls, not while a returned view lives.
def touch(unsigned char[:] b):
    """
    >>> b = bytearray(b'xyz')
    >>> [touch(b) for _ in range(1000)][-1], bytes(b)
    (3, b'Ayz')
    >>> b.extend(b'!'); len(b)
    4
    """
    b[0] = 65
    return b.shape[0]

def keep(unsigned char[:] b):
    """
    >>> b = bytearray(b'xyz')
    >>> v = keep(b)
    >>> b.extend(b'!')
    Traceback (most recent call last):
    BufferError: Existing exports of data: object cannot be re-sized
    >>> del v
    >>> b.extend(b'!!'); len(b)
    5
    """
    return b[1:]
