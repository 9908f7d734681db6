# Top-level code that raises: the import fails with a traceback entry "init init_error".
VALUE = 1

def f():
    return VALUE

MISSING = {}['key']
