"""pyxc: a compiler for a typed subset of Cython, with reference counting correct by construction.

This package carries the compiler (a Java 17 jar) and what runs it where Python code is built:
the `pyxc` command, `pyxc.build.cythonize` for setup.py, `pyxc.pyximport`, and the `%%pyxc`
IPython magic (`%load_ext pyxc`).
"""
__version__ = "0.1.0"


def load_ipython_extension(ipython):
    """`%load_ext pyxc`: registers the %%pyxc cell magic."""
    from .ipython import PyxcMagics
    ipython.register_magics(PyxcMagics)
