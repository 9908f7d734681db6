cdef struct Point:
    int x
    int y

cdef int area(int w, int h)
cdef Point origin()
