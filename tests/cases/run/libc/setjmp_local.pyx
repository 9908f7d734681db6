# libc.setjmp: a jmp_buf local passed to a nogil cdef function that longjmps back (pyxc's own
# declarations of <setjmp.h>), and sigsetjmp/siglongjmp.
# Expected outputs recorded from Cython 3.3.0.

from libc.setjmp cimport jmp_buf, setjmp, longjmp, sigjmp_buf, sigsetjmp, siglongjmp


cdef void check_nonzero(jmp_buf ctx, int x) noexcept nogil:
    if x == 0:
        longjmp(ctx, 1)


def nonzero(int x):
    """
    >>> [nonzero(x) for x in (-1, 0, 1, 2)]
    [True, False, True, True]
    """
    cdef jmp_buf ctx
    if setjmp(ctx) == 0:
        check_nonzero(ctx, x)
        return True
    else:
        return False


cdef void jump_with(sigjmp_buf ctx, int value) noexcept nogil:
    siglongjmp(ctx, value)


def jumped(int value):
    """
    >>> jumped(7), jumped(42)
    (7, 42)
    """
    cdef sigjmp_buf ctx
    cdef int got = sigsetjmp(ctx, 1)
    if got == 0:
        jump_with(ctx, value)
    return got
