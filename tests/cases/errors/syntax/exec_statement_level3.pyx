# Language level 3 has no exec statement (level 2's is compiled: run/module/exec_statement_level2).
def f(ns):
    exec "x = 1" in ns

_ERRORS = """
3:9: Syntax error in simple statement list
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
