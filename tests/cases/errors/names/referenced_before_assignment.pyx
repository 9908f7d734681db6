# An object local that no path assigns before the read: an error in Cython 3.3.0 (not a
# run-time UnboundLocalError), recorded with python3 cython.py -3.
def k(int a):
    print(x)
    x = 1

def ok(int a):
    if a:
        y = 1
    return y

_ERRORS = """
4:10: local variable 'x' referenced before assignment
"""
