"""Top-level assignments run at import and become module globals that functions read.

>>> N, SCALE, NAMES, table_sum()
(3, 2.5, ('a', 'b'), 13)
"""
N = 3
SCALE = 2.5
NAMES = ('a', 'b')
TABLE = []
for _i in range(N):
    TABLE.append(_i * 5 // 3 + 3)

def table_sum():
    s = 0
    for v in TABLE:
        s += v
    return s
