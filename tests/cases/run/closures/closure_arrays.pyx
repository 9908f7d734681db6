# C arrays shared with nested functions: the array lives in its function's scope object, so a
# nested function (or a generator, or a lambda) reads and writes the same elements, sees whole-
# array assignments, and keeps the array alive after the function returns.
# Expected outputs recorded from Cython 3.3.0.


def shared():
    """
    >>> get, put = shared()
    >>> get(), put(1, 50), get()
    ([1, 2, 3], None, [1, 50, 3])
    """
    cdef int arr[3]
    arr[0] = 1; arr[1] = 2; arr[2] = 3
    def get():
        return arr
    def put(int i, int v):
        arr[i] = v
    return get, put


def reassigned():
    """
    >>> reassigned()
    ([7, 8], [9, 10], 16)
    """
    cdef double[2] xs = [7, 8]
    read = lambda: [int(x) for x in xs]
    first = read()
    xs = [9, 10]
    return first, read(), sizeof(xs)


def generator_over_shared(int n):
    """
    >>> list(generator_over_shared(3))
    [0, 10, 20, 0, 10, 20]
    """
    cdef long buf[3]
    for i in range(3):
        buf[i] = i * 10
    def gen():
        for k in range(2):
            for v in buf:
                yield v
    return gen()


def chars_and_grid():
    """
    >>> chars_and_grid()
    (b'hey', [[1, 2], [3, 4]])
    """
    cdef char name[4]
    cdef int grid[2][2]
    def fill():
        name[0] = c'h'; name[1] = c'e'; name[2] = c'y'; name[3] = 0
        grid[0][0] = 1; grid[0][1] = 2; grid[1][0] = 3; grid[1][1] = 4
    fill()
    return name, grid
