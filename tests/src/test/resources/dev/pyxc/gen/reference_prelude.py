# The pure-Python side of a generated program (dev.pyxc.gen.ProgramGenerator): what a typed
# memoryview means, spelt with Python's own memoryview. A `double[:]` is a 1-D memoryview of
# doubles (slices with any step are views; negative indices wrap; out of range is IndexError);
# a `double[:, :]` is a Grid, a strided 2-D window over a flat memoryview whose rows and columns
# are again real memoryview slices of it.
from array import array


class Grid:
    def __init__(self, buf, off, shape, strides):
        self.buf, self.off, self.shape, self.strides = buf, off, tuple(shape), tuple(strides)

    @property
    def T(self):
        return Grid(self.buf, self.off, self.shape[::-1], self.strides[::-1])

    def _index(self, axis, i):
        n = self.shape[axis]
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(f"Out of bounds on buffer access (axis {axis})")
        return i

    def _range(self, axis, s):
        r = range(self.shape[axis])[s]
        return r.start, len(r), r.step

    def _line(self, start, n, step):
        if n == 0:
            return self.buf[0:0]
        stop = start + n * step
        return self.buf[start:(None if stop < 0 else stop):step]

    def __getitem__(self, key):
        i, j = key if isinstance(key, tuple) else (key, slice(None))
        (s0, s1), off = self.strides, self.off
        if isinstance(i, slice) and isinstance(j, slice):
            a, n, st = self._range(0, i)
            b, m, st1 = self._range(1, j)
            return Grid(self.buf, off + a * s0 + b * s1, (n, m), (st * s0, st1 * s1))
        if isinstance(i, slice):
            j = self._index(1, j)
            a, n, st = self._range(0, i)
            return self._line(off + j * s1 + a * s0, n, st * s0)
        if isinstance(j, slice):
            i = self._index(0, i)
            b, m, st = self._range(1, j)
            return self._line(off + i * s0 + b * s1, m, st * s1)
        return self.buf[off + self._index(0, i) * s0 + self._index(1, j) * s1]

    def __setitem__(self, key, value):
        i, j = key
        self.buf[self.off + self._index(0, i) * self.strides[0] + self._index(1, j) * self.strides[1]] = value

    def tolist(self):
        return [self[i, :].tolist() for i in range(self.shape[0])]


def v1(vals):
    return memoryview(array('d', vals))


def v2(vals, rows, cols):
    return Grid(memoryview(array('d', vals)), 0, (rows, cols), (cols, 1))


def fill(view, value):
    """`view[...] = value` for a scalar: every element gets it."""
    for k in range(len(view)):
        view[k] = value


def copy_into(view, value):
    """`view[...] = value` of views, as Cython copies: equal extents copy (as if all at once), a
    source of extent 1 repeats its element, any other difference is a ValueError."""
    if len(value) == len(view):
        view[:] = value
    elif len(value) == 1:
        fill(view, value[0])
    else:
        raise ValueError(f"got differing extents in dimension 0 (got {len(view)} and {len(value)})")


def call(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return type(e).__name__
