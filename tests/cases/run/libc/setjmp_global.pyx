# A module-level jmp_buf (an array type in C): setjmp fills the variable itself, and a nogil
# cdef function deep below longjmps back through it with a message in a module char array (called
# with the GIL held: a longjmp out of a `with nogil` block would leave the GIL released).
# Expected outputs recorded from Cython 3.3.0.

from libc.setjmp cimport jmp_buf, setjmp, longjmp
from libc.string cimport strcpy

cdef char[64] message
cdef jmp_buf on_error
cdef int depth_reached = 0

cdef void fail(const char *text) noexcept nogil:
    strcpy(message, text)
    longjmp(on_error, 1)

cdef void descend(int depth, int limit) noexcept nogil:
    global depth_reached
    depth_reached = depth
    if depth == limit:
        fail(b"limit reached")
    descend(depth + 1, limit)

def run(int limit):
    """
    >>> run(3)
    (3, b'limit reached')
    >>> run(0)
    (0, b'limit reached')
    """
    if setjmp(on_error) == 0:
        descend(0, limit)
        return None
    return depth_reached, message
