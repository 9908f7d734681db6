# pyxc's declarations of C's <setjmp.h> (ISO C11 7.13, and POSIX's sigsetjmp), for
# `from libc.setjmp cimport ...`. Written from the C and POSIX standards.
# jmp_buf is an array type in C: declared as an opaque type, a variable of it is the buffer and
# a parameter of it is the buffer's address, as C makes them.
cdef extern from "<setjmp.h>" nogil:
    ctypedef struct jmp_buf:
        pass
    ctypedef struct sigjmp_buf:
        pass
    int setjmp(jmp_buf state)
    void longjmp(jmp_buf state, int value)
    int sigsetjmp(sigjmp_buf state, int savesigs)
    void siglongjmp(sigjmp_buf state, int value)
