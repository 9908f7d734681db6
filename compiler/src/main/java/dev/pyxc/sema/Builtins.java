package dev.pyxc.sema;

import java.util.Set;

/** Names that resolve to Python's builtins module when no local or module name shadows them. */
public final class Builtins {
  private Builtins() {}

  public static final Set<String> NAMES = Set.of(
      "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes",
      "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod",
      "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr", "globals",
      "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len",
      "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow",
      "print", "property", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
      "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip", "__import__", "__build_class__",
      "BaseException", "BaseExceptionGroup", "Exception", "ExceptionGroup", "ArithmeticError", "AssertionError",
      "AttributeError", "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
      "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
      "DeprecationWarning", "EOFError", "EnvironmentError", "FileExistsError", "FileNotFoundError",
      "FloatingPointError", "FutureWarning", "GeneratorExit", "IOError", "ImportError", "ImportWarning",
      "IndentationError", "IndexError", "InterruptedError", "IsADirectoryError", "KeyError",
      "KeyboardInterrupt", "LookupError", "MemoryError", "ModuleNotFoundError", "NameError",
      "NotADirectoryError", "NotImplemented", "NotImplementedError", "OSError", "OverflowError",
      "PendingDeprecationWarning", "PermissionError", "ProcessLookupError", "RecursionError",
      "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning", "StopAsyncIteration",
      "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError",
      "TimeoutError", "TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError",
      "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError", "Warning",
      "ZeroDivisionError", "Ellipsis", "__debug__", "__name__", "__doc__", "__file__", "__test__");

  /**
   * The builtins Cython's own scope declares, which {@code from m cimport name} finds when module
   * m's {@code .pxd} does not declare the name (statsmodels: {@code from libc.math cimport abs as
   * dabs}): the name cimported is then that builtin, under the name the cimport gives. The others
   * (print, min, max, ...) are looked for as modules, Cython's "'m/name.pxd' not found".
   */
  public static final Set<String> CIMPORTABLE = Set.of(
      "abs", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr", "complex", "delattr", "dict", "dir", "divmod",
      "exec", "float", "format", "frozenset", "getattr", "hasattr", "hash", "hex", "int", "isinstance", "issubclass", "iter",
      "len", "list", "locals", "memoryview", "next", "oct", "ord", "pow", "range", "repr", "set", "setattr", "slice", "str",
      "tuple", "type",
      "BaseException", "Exception", "ArithmeticError", "AssertionError", "AttributeError", "BlockingIOError",
      "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
      "ConnectionRefusedError", "ConnectionResetError", "DeprecationWarning", "EOFError", "EnvironmentError",
      "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning", "GeneratorExit", "IOError",
      "ImportError", "ImportWarning", "IndentationError", "IndexError", "InterruptedError", "IsADirectoryError", "KeyError",
      "KeyboardInterrupt", "LookupError", "MemoryError", "ModuleNotFoundError", "NameError", "NotADirectoryError",
      "NotImplementedError", "OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError",
      "ProcessLookupError", "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
      "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError",
      "TimeoutError", "TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError",
      "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError");

  /**
   * Builtins Cython knows that this Python lacks, each as the object it stands for ({@code
   * module.name}): Python 2's renamed ones ({@code unicode} is {@code str}) and legacy functions,
   * and Python 3.15's {@code frozendict}, which Cython makes a {@code dict} before 3.15.
   */
  public static final java.util.Map<String, String> LEGACY = java.util.Map.of(
      "unicode", "builtins.str", "basestring", "builtins.str", "xrange", "builtins.range", "raw_input", "builtins.input",
      "getattr3", "builtins.getattr", "intern", "sys.intern", "reload", "importlib.reload", "frozendict", "builtins.dict");
}
