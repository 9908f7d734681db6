x = 1


def f():
    return x

nonlocal x

_ERRORS = """
7:0: nonlocal declaration not allowed at module level
"""
# Cython 3.3.0 crashes on this file (Compiler crash in AnalyseDeclarationsTransform:
# 'ModuleScope' object has no attribute 'declare_nonlocal'); the expected diagnostic is
# CPython 3.11's SyntaxError for the same source (line 7, offset 1).
