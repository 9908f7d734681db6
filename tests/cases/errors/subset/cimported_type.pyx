def f(np.ndarray a):
    pass

_ERRORS = """
1:6: types from cimported modules are not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
