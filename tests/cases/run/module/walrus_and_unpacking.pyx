"""Top-level unpacking and assignment expressions bind globals too.

>>> A, B, C, limit()
(1, 2, 3, 6)
"""
A, (B, C) = 1, (2, 3)
if (TOTAL := A + B + C) > 5:
    LIMIT = TOTAL
else:
    LIMIT = 0

def limit():
    return LIMIT
