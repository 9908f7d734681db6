# The unraisable_tracebacks directive: a noexcept function's lost exception is printed with its
# traceback first (the default) or only given to sys.unraisablehook (off, module-wide or on one
# function by decorator).
# Expected outputs recorded from Cython 3.3.0.
cimport cython
import sys

cdef int fails(int x) noexcept:
    raise ValueError("lost %d" % x)

@cython.unraisable_tracebacks(False)
cdef int fails_quietly(int x) noexcept:
    raise ValueError("quiet %d" % x)

@cython.unraisable_tracebacks(False)
cdef int fails_quietly_nogil(int x) noexcept nogil:
    with gil:
        raise ValueError("quiet nogil %d" % x)

def run():
    """
    >>> run()
    printed: ValueError: lost 1
    hook: ValueError lost 1
    printed: None
    hook: ValueError quiet 2
    printed: None
    hook: ValueError quiet nogil 3
    """
    import io
    cdef int f, x
    seen = []
    old_hook, old_err = sys.unraisablehook, sys.stderr
    sys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, str(u.exc_value)))
    try:
        for f, x in ((0, 1), (1, 2), (2, 3)):
            sys.stderr = io.StringIO()
            if f == 0:
                fails(x)
            elif f == 1:
                fails_quietly(x)
            else:
                with nogil:
                    fails_quietly_nogil(x)
            printed = sys.stderr.getvalue()
            sys.stderr = old_err
            print("printed:", printed.strip().splitlines()[-1] if printed else None)
            print("hook:", *seen.pop())
    finally:
        sys.unraisablehook, sys.stderr = old_hook, old_err
