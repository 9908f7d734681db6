s = u'\N{NO SUCH CHARACTER NAME}'

_ERRORS = """
1:6: Unknown Unicode character name 'NO SUCH CHARACTER NAME'
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3).
