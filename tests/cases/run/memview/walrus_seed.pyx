# The seed: the walrus copies a view into y, which takes its own acquisition (Cython 3.0.x
# crashed here with "Acquisition count is -1"; Cython 3.3.0 and pyxc balance it).
def f(double[:] x):
    """
    >>> import array, sys
    >>> a = array.array('d', [1.0, 2.0])
    >>> before = sys.getrefcount(a)
    >>> for _ in range(100000): f(a)
    >>> sys.getrefcount(a) - before
    0
    >>> b = bytearray(16)
    >>> m = memoryview(b).cast('d')
    >>> for _ in range(1000): f(m)
    >>> m.release()
    >>> b.extend(b'x'); len(b)
    17
    """
    (y := x)
