# f-strings: literal text, escapes, {{ }}, raw and triple-quoted forms, concatenation with plain
# literals, quotes reused inside fields (PEP 701, as Cython 3.3 reads them).
# Expected outputs recorded from Cython 3.3.0.
def plain():
    """
    >>> plain()
    ('', 'no fields', '{braces}', '{}', 'a}b{c')
    """
    return f"", f"no fields", f"{{braces}}", f"{{}}", f"a}}b{{c"

def fields(x, y):
    """
    >>> fields(1, "two")
    '1 and two'
    >>> fields([1, 2], None)
    '[1, 2] and None'
    >>> fields(1.5, (3,))
    '1.5 and (3,)'
    """
    return f"{x} and {y}"

def adjacent(x):
    """
    >>> adjacent(7)
    'x is 7, {not a field} and 7 again'
    """
    return f"x is {x}, " "{not a field}" f' and {x}' " again"

def escapes(x):
    """
    >>> escapes(5)
    'tab\\t5\\nnewline \\\\ backslash é \\x01'
    >>> escapes('v').split('\\t')
    ['tab', 'v\\nnewline \\\\ backslash é \\x01']
    """
    return f"tab\t{x}\nnewline \\ backslash \N{LATIN SMALL LETTER E WITH ACUTE} \x01"

def raw(x):
    """
    >>> raw(3)
    ('\\\\d{3}\\\\n', '3\\\\t', '\\\\{x}3')
    """
    return rf"\d{{{x}}}\n", Rf"{x}\t", fR"\{{x}}{x}"

def backslash_before_field(x):
    """
    >>> backslash_before_field(1)
    '\\\\1'
    """
    return f"\{x}"

def triple(x, y):
    """
    >>> print(triple(1, 2))
    first line 1
      second {line} 2
    third 3
    """
    return f"""first line {x}
  second {{line}} {y}
third {x +
y}"""

def triple_single(x):
    """
    >>> triple_single("q")
    'it\\'s "q"'
    """
    return f'''it's "{x}"'''

def reused_quotes(d):
    """
    >>> reused_quotes({"k": 1, 'it''s': 2})
    '1 2 x'
    """
    return f"{d["k"]} {d['it''s']} {"x"}"

def unicode_text(x):
    """
    >>> unicode_text("ü")
    'α ü β 😀'
    >>> len(unicode_text("x"))
    7
    """
    return f"α {x} β 😀"

def wide_values(x, y):
    """
    >>> wide_values("😀", "a")
    'a😀a'
    >>> wide_values("é", "ß")
    'ßéß'
    """
    return f"{y}{x}{y}"

def many_fields(a, b, c):
    """
    >>> many_fields(1, 2, 3)
    '1,2,3,1,2,3,1,2,3,1,2,3,1,2,3,1,2,3,1,2,3,1,2,3,1,2,3,1,2,3,1,2,3,1,2,3!'
    """
    return f"{a},{b},{c},{a},{b},{c},{a},{b},{c},{a},{b},{c},{a},{b},{c},{a},{b},{c},{a},{b},{c},{a},{b},{c},{a},{b},{c},{a},{b},{c},{a},{b},{c},{a},{b},{c}!"

def only_field(x):
    """
    >>> only_field("s"), only_field(12), type(only_field(1.0)).__name__
    ('s', '12', 'str')
    """
    return f"{x}"

def in_a_loop(n):
    """
    >>> in_a_loop(4)
    ['item 0', 'item 1', 'item 2', 'item 3']
    """
    out = []
    for i in range(n):
        out.append(f"item {i}")
    return out

LABEL = f"module {len('abc')}"

def module_level():
    """
    >>> module_level()
    'module 3'
    """
    return LABEL
