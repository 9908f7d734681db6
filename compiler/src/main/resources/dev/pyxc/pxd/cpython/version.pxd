# pyxc's declarations of CPython's version macros (patchlevel.h: the version of the headers a
# module is compiled with, which may be older than the interpreter it runs in), for
# `from cpython.version cimport ...`. Written from CPython's documentation ("API and ABI
# Versioning"). PY_VERSION_HEX packs the others as sys.hexversion does: 0x030B07F0 for 3.11.7.
cdef extern from "Python.h":
    enum:
        PY_MAJOR_VERSION
        PY_MINOR_VERSION
        PY_MICRO_VERSION
        PY_RELEASE_LEVEL
        PY_RELEASE_SERIAL
        PY_VERSION_HEX

    # The values of PY_RELEASE_LEVEL.
    enum:
        PY_RELEASE_LEVEL_ALPHA
        PY_RELEASE_LEVEL_BETA
        PY_RELEASE_LEVEL_GAMMA
        PY_RELEASE_LEVEL_FINAL

    # "3.11.7", as sys.version begins.
    const char *PY_VERSION
