cimport cython

def f():
    o = object()
    with cython.critical_section():
        pass
    with cython.critical_section(o, o, o):
        pass
    with cython.critical_section(please_ensure_thread_safety=True):
        pass
    with cython.critical_section(1):
        pass
    with cython.critical_section(<void*>o):
        pass
    with nogil:
        with cython.critical_section(o):
            pass

@cython.critical_section
def crit_sec_func():
    pass

@cython.critical_section
def crit_sec_func2(*args):
    pass

@cython.critical_section(True)
def crit_sec_func4(arg):
    pass

@cython.critical_section
def has_int_arg(int arg):
    pass

@cython.critical_section
cdef void some_nogil_function(a) noexcept nogil:
    pass

def mixed_critical_section():
    o = object()
    cdef cython.pymutex m
    with cython.critical_section(&m, o):
        pass

def no_yield():
    o = object()
    with cython.critical_section(o):
        yield

_ERRORS = """
5:9: critical_section directive accepts one or two positional arguments
7:9: critical_section directive accepts one or two positional arguments
9:9: critical_section directive accepts one or two positional arguments
11:33: Arguments to cython.critical_section must be Python objects, pymutex, or pymutex*.
13:33: Arguments to cython.critical_section must be Python objects, pymutex, or pymutex*.
16:13: Critical sections require the GIL
16:37: Creating temporary Python reference not allowed without gil
19:0: critical_section directive can only be applied to a function with one or more positional arguments
23:0: critical_section directive can only be applied to a function with one or more positional arguments
27:0: critical_section decorator does not take arguments
31:0: Arguments to cython.critical_section must be Python objects, pymutex, or pymutex*.
35:0: Critical sections require the GIL
35:0: Creating temporary Python reference not allowed without gil
42:9: Arguments to cython.critical_section must not mix objects and pymutexes.
47:9: Cannot yield while in a cython.critical_section.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3); Cython's errors/critical_sections.pyx without its async function.
