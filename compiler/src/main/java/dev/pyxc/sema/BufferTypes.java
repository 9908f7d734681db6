package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.TypeRef;
import dev.pyxc.diag.Pos;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Buffer types ({@code object[double, ndim=2]}, {@code np.ndarray[np.float64_t, mode="c"]}): their
 * options checked with Cython's messages, in its order (positional options, then duplicates and
 * unknown names, then each value), and the {@link CType.Buffer} a variable of one holds.
 */
final class BufferTypes {
  /** Cython's options in its order: only the first may be given by position. */
  private static final List<String> OPTIONS = List.of("dtype", "ndim", "mode", "negative_indices", "cast");
  /** Cython's limit (Options.buffer_max_dims), which pyxc's views share. */
  static final int MAX_DIMS = 8;
  static final String LOCAL_ONLY = "Buffer types only allowed as function local variables";

  private final Checker c;

  BufferTypes(Checker c) {
    this.c = c;
  }

  /**
   * {@code T[double]} as the parser reads it (an array of {@code double} elements of T) is a buffer
   * type when T is an object type: its one dtype option is the name the size is written as.
   */
  static TypeRef.Buffer fromArray(TypeRef.Array a, TypeRef.Named base) {
    String dotted = dev.pyxc.ast.Exprs.dottedName(a.size());
    if (dotted == null || a.elem() != base) return null;
    TypeRef dtype = new TypeRef.Named(dotted, a.size().pos());
    return new TypeRef.Buffer(base, List.of(new TypeRef.BufferArg(null, dtype, null, a.size().pos())), base.pos(), a.pos());
  }

  /** The buffer type's object type, carrying its buffer; reports what Cython reports for bad options. */
  CType resolve(TypeRef.Buffer b, CType base) {
    if (!(base instanceof CType.PyObject obj)) {
      c.diags.error(b.bracket(), "invalid array declaration");
      return CType.OBJECT;
    }
    if (obj.builtin() != null) {
      // Cython 3 reads `list[int]`, `dict[str, float]` as a builtin type with its items' types.
      c.diags.error(b.pos(), "'" + obj.builtin() + "[...]' (a builtin type with its items' types) is not supported by pyxc");
      return obj;
    }
    Map<String, TypeRef.BufferArg> options = new LinkedHashMap<>();
    List<TypeRef.BufferArg> positional = b.args().stream().filter(x -> x.keyword() == null).toList();
    if (positional.size() > 1) return fail(positional.get(positional.size() - 1).pos(), "Too many buffer options", obj);
    for (TypeRef.BufferArg x : b.args()) {
      if (x.keyword() == null) continue;
      if (!OPTIONS.contains(x.keyword())) {
        return fail(x.value() != null ? x.value().pos() : x.type().pos(), "\"" + x.keyword() + "\" is not a buffer option", obj);
      }
      options.put(x.keyword(), x);
    }
    if (!positional.isEmpty()) {
      if (options.containsKey("dtype")) return fail(positional.get(0).pos(), "\"dtype\" buffer option already supplied", obj);
      options.put("dtype", positional.get(0));
    }
    ClassInfo cls = obj.extType() != null ? c.classes.named(obj.extType()) : null;
    if (cls != null && cls.bufferDefaults != null) {
      // The class's __cythonbufferdefaults__ stand for the options not written.
      Expr.DictExpr d = cls.bufferDefaults;
      for (int i = 0; i < d.keys().size(); i++) {
        if (!(d.keys().get(i) instanceof Expr.StrLit k) || !OPTIONS.contains(k.value()) || k.value().equals("dtype")) {
          return fail(d.keys().get(i).pos(), "Invalid buffer defaults specification (see docs)", obj);
        }
        options.putIfAbsent(k.value(), new TypeRef.BufferArg(k.value(), null, d.values().get(i), d.values().get(i).pos()));
      }
    }
    if (!options.containsKey("dtype")) return fail(b.bracket(), "\"dtype\" missing", obj);
    TypeRef dtypeRef = options.get("dtype").type();
    if (dtypeRef instanceof TypeRef.Pointer) return fail(layoutAt(b), "Buffers with pointer types not yet supported.", obj);
    CType dtype = dtypeRef instanceof TypeRef.Named n && c.typeNamedQuietly(n.name()) == null && Types.named(n.name()) == null
        ? null : c.resolve(dtypeRef);
    if (dtype == null) return reported(dtypeRef.pos(), "Invalid type.", obj);
    if (dtype instanceof CType.PyObject p && p.isExtType()) return fail(b.bracket(), "dtype must be \"object\", numeric type or a struct", obj);
    Integer ndim = 1;
    if (options.containsKey("ndim")) {
      ndim = ndim(options.get("ndim").value());
      if (ndim == null) return fail(b.bracket(), "ndim must be a non-negative integer", obj);
    }
    String mode = "full";
    if (options.containsKey("mode")) {
      mode = options.get("mode").value() instanceof Expr.StrLit s ? s.value() : null;
      if (mode == null || !List.of("full", "strided", "c", "fortran").contains(mode)) {
        return fail(b.bracket(), "Only allowed buffer modes are: \"c\", \"fortran\", \"full\", \"strided\" (as a compile-time string)", obj);
      }
    }
    Boolean negativeIndices = flag(options.get("negative_indices"), true);
    if (negativeIndices == null) return fail(b.bracket(), "\"negative_indices\" must be a boolean", obj);
    Boolean cast = flag(options.get("cast"), false);
    if (cast == null) return fail(b.bracket(), "\"cast\" must be a boolean", obj);
    if (ndim > MAX_DIMS) return fail(layoutAt(b), "Buffer ndims exceeds Options.buffer_max_dims = " + MAX_DIMS, obj);
    if (ndim == 0) return reported(b.bracket(), "0-dimensional buffers are not supported by pyxc", obj);
    if (!Types.isBufferDtype(dtype) && !Types.isObjectDtype(dtype) && !Types.isStructDtype(dtype)) {
      return reported(dtypeRef.pos(), "'" + dtype.name() + "' as a buffer's item type is not supported by pyxc", obj);
    }
    // (a typedef's name is kept; a fused type's member is named as itself)
    String written = dtypeRef instanceof TypeRef.Named n && Types.named(n.name()) == null
        && !(c.typeNamedQuietly(n.name()) instanceof CType.Fused) ? n.name().substring(n.name().lastIndexOf('.') + 1) : null;
    return new CType.PyObject(obj.builtin(), obj.extType(), new CType.Buffer(dtype, written, ndim, mode, negativeIndices, cast));
  }

  private Pos layoutAt(TypeRef.Buffer b) {
    return c.bufferLayoutAt != null ? c.bufferLayoutAt : b.pos();
  }

  /** An error of the buffer type's options: Cython raises it, which ends the compile there. */
  private CType fail(Pos at, String message, CType.PyObject base) {
    c.diags.fatal(at, message);
    return base;
  }

  /** An error Cython reports and goes on after. */
  private CType reported(Pos at, String message, CType.PyObject base) {
    c.diags.error(at, message);
    return base;
  }

  private Integer ndim(Expr e) {
    if (e instanceof Expr.BoolLit bl) return bl.value() ? 1 : 0;
    BigInteger v = e instanceof Expr.IntLit || e instanceof Expr.Name ? ConstantExpressions.intValue(e, c.types::constantValue) : null;
    return v == null || v.signum() < 0 || v.bitLength() > 31 ? null : v.intValue();
  }

  /** A boolean option's value ({@code default} when absent), or null when it is not {@code True} or {@code False}. */
  private static Boolean flag(TypeRef.BufferArg option, boolean absent) {
    if (option == null) return absent;
    return option.value() instanceof Expr.BoolLit bl ? bl.value() : null;
  }

  /** How {@code cython.typeof} names a buffer variable's type: {@code ndarray[double,ndim=2]}. */
  static String typeofName(CType.PyObject t) {
    CType.Buffer b = t.buffer();
    String dtype = b.dtypeName() != null ? b.dtypeName() : b.dtype().name();
    return t.withoutBuffer().name() + "[" + dtype + ",ndim=" + b.ndim() + "]";
  }
}
