# In[1]:
%load_ext pyxc

# In[2]:
%%pyxc -X boundscheck=False
def dot(double[:] a, double[:] b):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s

# In[3]:
from array import array
dot(array('d', [1, 2, 3]), array('d', [4, 5, 6]))
