from setuptools import setup

from pyxc.build import cythonize

setup(
    name="stats",
    version="1.0",
    ext_modules=cythonize("stats/*.pyx", compiler_directives={"boundscheck": False, "wraparound": False}),
)
