# \N{NAME} escapes in str literals; in bytes literals they stay as written. Recorded from Cython 3.3.0.


def named():
    """
    >>> named()
    ('ä', '☃', 'a-b', b'\\\\N{SNOWMAN}')
    >>> [len(s) for s in named()]
    [1, 1, 3, 11]
    """
    return "\N{LATIN SMALL LETTER A WITH DIAERESIS}", u"\N{snowman}", "a\N{HYPHEN-MINUS}b", b"\N{SNOWMAN}"
