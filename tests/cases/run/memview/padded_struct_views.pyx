# Views of structs whose nested structs end in padding: the format a view exports for them is
# read back by a view of the same struct (a nested struct's items end at its aligned size).
# Expected outputs recorded from Cython 3.3.0.

cdef struct PaddedAtEnd:
    int a[3]
    char b[3]

cdef struct AlignedNested:
    PaddedAtEnd a
    char chars[1]

cdef struct A:
    double d
    char c

cdef struct B:
    char c1
    A a
    char c2

cdef struct C:
    A a
    char c1


def round_trips():
    """
    >>> round_trips()
    (20, 3, 7)
    (16, 2, 3)
    (32, 5, 6)
    (24, 8, 9)
    """
    cdef AlignedNested[4] n
    cdef AlignedNested[:] nv = n
    nv[3].a.b[2] = 3
    nv[3].chars[0] = 7
    cdef AlignedNested[:] back = <object>nv
    print((sizeof(AlignedNested), back[3].a.b[2], back[3].chars[0]))
    cdef A[2] x
    cdef A[:] xv = x
    xv[1].c = 3
    xv[1].d = 2
    cdef A[:] xback = <object>xv
    print((sizeof(A), <int>xback[1].d, xback[1].c))
    cdef B[2] y
    cdef B[:] yv = y
    yv[1].a.c = 5
    yv[1].c2 = 6
    cdef B[:] yback = <object>yv
    print((sizeof(B), yback[1].a.c, yback[1].c2))
    cdef C[2] z
    cdef C[:] zv = z
    zv[1].a.c = 8
    zv[1].c1 = 9
    cdef C[:] zback = <object>zv
    print((sizeof(C), zback[1].a.c, zback[1].c1))
