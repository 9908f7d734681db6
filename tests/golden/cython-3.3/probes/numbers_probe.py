# module: examples/numbers.pyx
# Calls every function of the module with ordinary and bad arguments and prints each result or
# exception; the expected output was recorded from a Cython 3.3.0 build of the same module.
import numbers as m  # noqa: the compiled module shadows the stdlib name on sys.path[0]

def show(label, f, *args, **kw):
    try:
        print(label, "->", repr(f(*args, **kw)))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

show("poly(2.0)", m.poly, 2.0)
show("poly(2.0, 1)", m.poly, 2.0, 1)
show("poly(1.5, n=4)", m.poly, 1.5, n=4)
show("poly(3)", m.poly, 3)
show("poly('x')", m.poly, "x")
show("poly(2.0, 2**31)", m.poly, 2.0, 2**31)
show("poly(2.0, 1.5)", m.poly, 2.0, 1.5)
show("poly()", m.poly)
show("poly(1, 2, 3)", m.poly, 1, 2, 3)
show("poly(x=1, y=2)", m.poly, x=1, y=2)
show("fact(0)", m.fact, 0)
show("fact(20)", m.fact, 20)
show("fact(40)", m.fact, 40)
show("fact(5.0)", m.fact, 5.0)
show("fact('a')", m.fact, "a")
show("safe_div(7, 2)", m.safe_div, 7, 2)
show("safe_div(-7, 2)", m.safe_div, -7, 2)
show("safe_div(7, -2)", m.safe_div, 7, -2)
show("safe_div(1, 0)", m.safe_div, 1, 0)
show("safe_div(-2**63, -1)", m.safe_div, -2**63, -1)
show("safe_div(2**63, 1)", m.safe_div, 2**63, 1)
show("safe_div(7.9, 2)", m.safe_div, 7.9, 2)
show("safe_div(None, 2)", m.safe_div, None, 2)
show("safe_div(a=9, b=4)", m.safe_div, a=9, b=4)
show("safe_div(9)", m.safe_div, 9)
show("running_max([3,1,4,1,5,9,2,6])", m.running_max, [3, 1, 4, 1, 5, 9, 2, 6])
show("running_max([])", m.running_max, [])
show("running_max(5)", m.running_max, 5)
show("running_max(['a', 1])", m.running_max, ["a", 1])
print("doc:", m.__doc__.splitlines()[0])
print("poly doc:", m.poly.__doc__.splitlines()[0])
