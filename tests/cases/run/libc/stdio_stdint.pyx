# libc.stdio (FILE, fopen, fgets, snprintf with varargs, EOF) and libc.stdint (typedefs and limits)
# through pyxc's own declaration files. Expected outputs recorded from Cython 3.3.0.
from libc.stdio cimport FILE, fopen, fclose, fputs, fgets, snprintf, EOF as C_EOF
from libc.stdint cimport int8_t, uint32_t, INT8_MAX, UINT32_MAX

def roundtrip(bytes path, bytes text):
    """
    >>> import os, tempfile
    >>> p = os.path.join(tempfile.mkdtemp(), 'x.txt').encode()
    >>> roundtrip(p, b'hello')
    b'hello'
    """
    cdef FILE *f = fopen(path, b"w")
    if f == NULL:
        raise OSError("open")
    fputs(text, f)
    fclose(f)
    f = fopen(path, b"r")
    cdef char buf[64]
    fgets(buf, 64, f)
    fclose(f)
    return buf

def formatted(int n):
    """
    >>> formatted(42)
    (b'n=42 x=1.50', -1)
    """
    cdef char buf[32]
    snprintf(buf, 32, b"n=%d x=%.2f", n, 1.5)
    return buf, C_EOF

def ints():
    """
    >>> ints()
    (127, 4294967295, -1, 4294967295)
    """
    cdef int8_t a = -1
    cdef uint32_t b = UINT32_MAX
    return INT8_MAX, UINT32_MAX, a, b
