try:
    pass
except:
    pass
except:
    pass
except KeyError:
    pass

_ERRORS = """
5:0: default 'except:' must be last
7:0: default 'except:' must be last
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3).
