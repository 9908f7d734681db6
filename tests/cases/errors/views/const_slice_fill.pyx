def f(const unsigned char[:] x):
    x[:] = 65

_ERRORS = """
2:5: Assignment to const dereference
"""
# Cython 3.3.0 accepts this file and then writes C that gcc rejects (assignment of read-only
# location; see tests/golden/cython-3.3/KNOWN_DIFFERENCES.md). The message is the one Cython 3.3.0
# gives for storing an element of a const view (const_2d_store.pyx).
