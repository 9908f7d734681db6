package dev.pyxc.ir;

import java.math.BigInteger;

/** Literal values: Python constants created once at module init, and C literals. */
public sealed interface Const {
  /** Python constants live in the module's constant table: borrowed, immortal for a call. */
  default boolean isPython() {
    return !(this instanceof CInt || this instanceof CFloat || this instanceof CImag || this instanceof CString);
  }

  record PyInt(BigInteger value) implements Const {}

  record PyFloat(double value) implements Const {}

  /** An imaginary literal ({@code 2j}): Python's complex with no real part. */
  record PyComplex(double imag) implements Const {}

  record PyStr(String value) implements Const {}

  record PyBytes(String value) implements Const {}

  record PyNone() implements Const {}

  record PyBool(boolean value) implements Const {}

  record PyEllipsis() implements Const {}

  /**
   * A tuple display of constants ({@code (0, False)}), made once as CPython and Cython make them;
   * items of different types stay different constants ({@code (0, 0) == (0, False)}, but they are not one object).
   */
  record PyTuple(java.util.List<Const> items) implements Const {}

  /** A tuple of interned strings, used as the keyword names of a vectorcall. */
  record PyKwNames(java.util.List<String> names) implements Const {}

  record CInt(BigInteger value) implements Const {}

  record CFloat(double value, String text) implements Const {}

  /** An imaginary literal wanted as a C complex ({@code text} as written, without its {@code j}). */
  record CImag(double value, String text) implements Const {}

  /** A C string literal ({@code char *}): a bytes literal, or an ASCII str literal, wanted as a char pointer; one char per byte. */
  record CString(String bytes) implements Const {}
}
