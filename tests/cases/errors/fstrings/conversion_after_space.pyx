def f(x):
    return f"{x! r}"

_ERRORS = """
2:17: f-string: conversion type must come right after the exclamation mark
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
