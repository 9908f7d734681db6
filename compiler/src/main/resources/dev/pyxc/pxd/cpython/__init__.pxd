# pyxc's declarations of CPython's C API as one module, for `cimport cpython` and
# `from cpython cimport ...`: everything the cpython.* files declare.
from cpython.object cimport *
from cpython.ref cimport *
from cpython.mem cimport *
from cpython.type cimport *
from cpython.bool cimport *
from cpython.long cimport *
from cpython.float cimport *
from cpython.bytes cimport *
from cpython.unicode cimport *
from cpython.list cimport *
from cpython.tuple cimport *
from cpython.dict cimport *
from cpython.set cimport *
from cpython.exc cimport *
from cpython.number cimport *
from cpython.sequence cimport *
from cpython.mapping cimport *
from cpython.iterator cimport *
from cpython.module cimport *
from cpython.pycapsule cimport *
from cpython.buffer cimport *
