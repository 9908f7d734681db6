ctypedef fused number:
    int
    double

def f():
    with nogil:
        pass
    return 1
