"""The module that started pyxc: Cython 3.0 compiled this walrus into a copy of the slice
without a new acquisition, so the first call aborted with "Acquisition count is -1" (Cython
issue 6434). Here the copy into y takes its own acquisition because y owns what it holds.

>>> import array
>>> a = array.array('d', [1.0, 2.0, 3.0])
>>> for _ in range(1000): f(a)
>>> b = bytearray(16)
>>> f(memoryview(b).cast('d'))
>>> b.extend(b'more')   # no acquisition left behind: the buffer can be resized
>>> len(b)
20
"""

def f(double[:] x):
    (y := x)
