package dev.pyxc.ast;

import dev.pyxc.diag.Pos;
import java.util.List;

/** Types as written in the source; sema resolves them to {@code CType}. */
public sealed interface TypeRef {
  Pos pos();

  /** A base type name such as {@code double}, {@code unsigned long long}, {@code Py_ssize_t}, {@code object}. */
  record Named(String name, Pos pos) implements TypeRef {}

  /**
   * A class named by a def parameter's annotation ({@code x: MyExtType}): that extension type
   * where there is one, any object otherwise (a Python class, a name Cython cannot type).
   */
  record ClassAnnotation(String name, Pos pos) implements TypeRef {}

  /**
   * {@code volatile T}: the variable declared with it is read and written in memory every time
   * (another thread may change it); its type is {@code T}.
   */
  record Volatile(TypeRef target, Pos pos) implements TypeRef {}

  /** {@code const T} of a C type (a const memoryview is {@link MemoryView#isConst}). */
  record Const(TypeRef target, Pos pos) implements TypeRef {}

  /**
   * A C function type, which only a pointer to it makes a value of: {@code int (*f)(int, double)
   * except -1} is a {@link Pointer} to this.
   */
  record Function(TypeRef result, List<dev.pyxc.ast.Stmt.Param> params, dev.pyxc.ast.Stmt.ExceptSpec except, boolean nogil, Pos pos)
      implements TypeRef {}

  /** A C tuple type {@code (int, double)}: a struct of its items, which converts to and from a Python tuple. */
  record CTuple(List<TypeRef> items, Pos pos) implements TypeRef {}

  /** A C pointer {@code target*}; {@code pos} is where its base type starts. */
  record Pointer(TypeRef target, Pos pos) implements TypeRef {}

  /**
   * A C array {@code elem[size]} ({@code cdef int a[5]}, {@code cdef int[5] a}); {@code size} is
   * a constant expression, null for {@code []} (a parameter, which is a pointer).
   */
  record Array(TypeRef elem, Expr size, Pos pos) implements TypeRef {}

  /**
   * A buffer type, Cython's older way to index arrays fast: {@code object[double, ndim=2]},
   * {@code np.ndarray[np.float64_t, ndim=1, mode="c"]}. A variable of it holds the object and an
   * acquisition of its buffer; {@code args} are the options as written, checked by sema.
   */
  record Buffer(Named base, List<BufferArg> args, Pos pos, Pos bracket) implements TypeRef {}

  /**
   * One option of a buffer type: positional ({@code keyword} null) or {@code name=value}; the
   * dtype (the first positional option, or {@code dtype=}) is a {@code type}, the others a {@code value}.
   */
  record BufferArg(String keyword, TypeRef type, Expr value, Pos pos) {}

  /** A typed memoryview such as {@code const double[:, ::1]}; {@code bracket} is where its axes open. */
  record MemoryView(Named dtype, List<Axis> axes, boolean isConst, Pos pos, Pos bracket) implements TypeRef {}

  /**
   * One memoryview axis: {@code :} (strided), {@code ::1} (contiguous), or {@code ::spec} with a
   * (possibly dotted) name such as {@code view.contiguous} that sema resolves; {@code specPos} is
   * where the step slot's content starts. {@code length}: in a cast making a cython.array
   * ({@code <int[:n, :m]> p}), the axis's length, else null.
   */
  record Axis(boolean contiguous, String spec, Pos pos, Pos specPos, Expr length) {
    public Axis(boolean contiguous, String spec, Pos pos, Pos specPos) {
      this(contiguous, spec, pos, specPos, null);
    }
  }
}
