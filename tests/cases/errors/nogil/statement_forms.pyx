# Cython's errors for each statement form that needs the GIL: an object result discarded (a bare
# name is not looked up), imports, slices, truth tests, type tests of C arguments, parallel and
# item/attribute assignments, del, for-from with object bounds, f-strings with fields, a C
# array returned as a view, an object coerced into a C declaration.
cdef class C:
    pass

cdef object make() nogil:
    pass

cdef void takes_c(C c) noexcept nogil:
    pass

cdef object m():
    cdef object x, y = 0, obj
    cdef int i = 0, j = 1, k = 1
    global fred
    with nogil:
        make()
        obj
        <object>7j
        import fred
        from fred import obj
        obj[i:j]
        obj[i:j:k]
        (x, y)
        {x: y}
        obj and x
        takes_c(obj)
        -obj
        x, y = y, x
        obj[i] = x
        obj.fred = x
        del fred
        for x <= obj <= y:
            pass

cdef int fstrings(int x) except -1 nogil:
    f"a"
    f"{x}"

cdef int[:] as_view() noexcept nogil:
    cdef int[4] a = [1, 2, 3, 4]
    return a

cdef void coerced() noexcept nogil:
    with gil:
        b = [1, 2, 3, 4]
    cdef int[4] a = b[:]

_ERRORS = """
8:0: Function with Python return type cannot be declared nogil
19:12: Discarding owned Python object not allowed without gil
21:16: Constructing complex number not allowed without gil
22:15: Assignment of Python object not allowed without gil
22:15: Python import not allowed without gil
23:13: Python import not allowed without gil
24:11: Slicing Python object not allowed without gil
24:11: Discarding owned Python object not allowed without gil
25:11: Constructing Python slice object not allowed without gil
25:12: Converting to Python object not allowed without gil
25:14: Converting to Python object not allowed without gil
25:16: Converting to Python object not allowed without gil
25:11: Indexing Python object not allowed without gil
25:11: Discarding owned Python object not allowed without gil
26:9: Constructing Python tuple not allowed without gil
26:9: Discarding owned Python object not allowed without gil
27:9: Constructing Python dict not allowed without gil
27:9: Discarding owned Python object not allowed without gil
28:12: Truth-testing Python object not allowed without gil
28:12: Discarding owned Python object not allowed without gil
29:16: Python type test not allowed without gil
30:8: Operation not allowed without gil
30:8: Discarding owned Python object not allowed without gil
31:15: Creating temporary Python reference not allowed without gil
31:18: Creating temporary Python reference not allowed without gil
31:8: Assignment of Python object not allowed without gil
31:11: Assignment of Python object not allowed without gil
32:11: Indexing Python object not allowed without gil
32:11: Assignment of Python object not allowed without gil
33:11: Assignment of Python object not allowed without gil
33:11: Accessing Python attribute not allowed without gil
34:8: Deleting Python object not allowed without gil
35:8: For-loop using object bounds or target not allowed without gil
35:12: Coercion from Python not allowed without the GIL
35:24: Coercion from Python not allowed without the GIL
20:8: local variable 'obj' referenced before assignment
26:9: local variable 'x' referenced before assignment
27:9: local variable 'x' referenced before assignment
28:16: local variable 'x' referenced before assignment
31:18: local variable 'x' referenced before assignment
40:6: String formatting not allowed without gil
40:4: Discarding owned Python object not allowed without gil
44:11: Operation not allowed without gil
49:21: Slicing Python object not allowed without gil
49:21: Coercion from Python not allowed without the GIL
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.
