cdef const int N = 4
N = 5
cdef const int M
M = 6
M = 7
cdef const int K = N
cdef const long SUM = 1 + 2 * 3
cdef const int[2] PAIR = [1, 2]
cdef const int FROM_TUPLE = (1, 2)
cdef const object OBJ = None
cdef double grid[N]

cdef struct S:
    int x

cdef int *restrict pick(int *restrict a, int *const b):
    b = a
    return a

cdef f(const S s, int *const p, int *const *q):
    global N
    N = 1
    s.x = 2
    p = NULL
    q[0] = NULL
    q[0][0] = 3
    cdef const int local = 1
    cdef const int[2] arr = [1, 2]
    cdef int t = (1, 2)
    cdef int u = [1, 2]

_ERRORS = """
16:10: Restrict qualifier cannot be applied to function type
10:5: Const/volatile/restrict base type cannot be a Python object
11:17: Array dimension cannot be const variable
17:8: Assignment to const 'b'
22:8: Assignment to const 'N'
23:5: Assignment to const attribute 'x'
24:8: Assignment to const 'p'
25:5: Assignment to const dereference
27:4: Assignment to const 'local'
28:4: Assignment to const array 'arr'. Assign to a pointer variable instead.
30:17: Cannot coerce list to type 'int'
2:4: Assignment to const 'N'
5:4: Assignment to const 'M'
6:0: Assignment to const 'K'
8:0: Assignment to const array 'PAIR'. Assign to a pointer variable instead.
9:0: Non-const assignment to const 'FROM_TUPLE'
10:0: Assignment to const 'OBJ'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.
