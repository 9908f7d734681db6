def f():
    try:
        pass
    except:
        pass
    except ValueError:
        pass

_ERRORS = """
6:4: default 'except:' must be last
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
