# The borrowing rule for views (compiler/.../refcount/BorrowedViews.java): a slice of a parameter
# the function never reassigns borrows the caller's acquisition, so `r = X[i, :]` in a loop
# updates no count. A slice of a view the function owns (a reassigned parameter, a copy) still
# takes and releases its own. Contiguous axes (::1) index the element pointer directly.

def rows(const double[:, :] X):
    cdef const double[:] r
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(X.shape[0]):
        r = X[i, :]
        s += r[0]
    return s


def columns_of_transpose(double[:, ::1] X):
    cdef double[:] c
    cdef double s = 0
    cdef Py_ssize_t j
    for j in range(X.shape[1]):
        c = X.T[j, :]
        s += c[0]
    return s


def rows_of_reassigned(double[:, :] X, double[:, :] Y):
    cdef double[:] r
    cdef double s = 0
    cdef Py_ssize_t i
    X = Y
    for i in range(X.shape[0]):
        r = X[i, :]
        s += r[0]
    return s


def row_returned(double[:, :] X):
    return X[0, :]


def row_or_copy(double[:, :] X, bint copy):
    cdef double[:] r = X[0, :]
    if copy:
        r = X[0, :].copy()
    return r[0]
