# Typed parameters of every C scalar kind, for recording Cython's conversion errors.
def f_int(int x):
    return x
def f_uint(unsigned int x):
    return x
def f_char(char x):
    return x
def f_uchar(unsigned char x):
    return x
def f_short(short x):
    return x
def f_long(long x):
    return x
def f_longlong(long long x):
    return x
def f_ulong(unsigned long x):
    return x
def f_ulonglong(unsigned long long x):
    return x
def f_ssize(Py_ssize_t x):
    return x
def f_size(size_t x):
    return x
def f_double(double x):
    return x
def f_float(float x):
    return x
def f_bint(bint x):
    return x
