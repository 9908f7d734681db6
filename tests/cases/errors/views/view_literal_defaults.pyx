# A view parameter's literal default: None, or bytes (a buffer); a str or a number is refused.
def from_bytes(const unsigned char[:] b=b'xyz'):
    return b[0]

def from_str(const unsigned char[:] b='xyz'):
    return b[0]

def from_int(int[:] b=5):
    return b[0]

def from_float(double[:] b=1.5):
    return b[0]

_ERRORS = """
5:38: Unicode literals do not support coercion to C types other than Py_UCS4/Py_UNICODE (for characters), Py_UNICODE* (for strings) or char*/void* (for auto-encoded strings).
8:22: Cannot convert 'long' to memoryviewslice
8:13: Cannot convert 'long' to memoryviewslice
11:27: Cannot convert 'double' to memoryviewslice
11:15: Cannot convert 'double' to memoryviewslice
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
