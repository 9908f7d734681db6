ctypedef fused number:
    int
    double

def f():
    return t"x"
