def f(a, a):
    pass

def g(*args, args):
    pass

def h(*args, **args):
    pass


_ERRORS = """
1:9: 'a' redeclared 
1:6: Previous declaration is here
4:7: 'args' redeclared 
4:13: Previous declaration is here
7:15: 'args' redeclared 
7:7: Previous declaration is here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
