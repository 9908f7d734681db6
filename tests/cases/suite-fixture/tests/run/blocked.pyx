async def g():
    pass

def f():
    return t"x"
