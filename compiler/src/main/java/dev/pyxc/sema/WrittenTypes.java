package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import java.util.List;

/**
 * What a written type stands for: the names of C types, typedefs, extension types and Cython's
 * own ({@code cython.int}), and the pointers, arrays, function types and memoryviews built from
 * them, with Cython's message for each that names nothing. (The checker binds fused types.)
 */
final class WrittenTypes {
  private final Checker c;
  private final BufferTypes buffers;

  WrittenTypes(Checker c) {
    this.c = c;
    this.buffers = new BufferTypes(c);
  }

  /** The type a bare name stands for ({@code sizeof(Point)}), or null when it names none. */
  CType named(String name) {
    ClassInfo cls = c.classes.named(name);
    if (cls != null) return cls.type();
    CType declared = c.types.lookup(name);
    if (declared == null && name.contains(".")) declared = cythonType(name);
    if (declared == null) declared = Types.named(name);
    return declared == null ? null : c.fusedScope.specialize(declared);
  }

  /**
   * {@code cython.int}, {@code cy.double}: Cython's names for C types, or null. (Other modules'
   * dotted types come from their .pxd files, bound under those names by their cimports.)
   */
  /** The C types Cython's Shadow module names in one word ({@code cython.ulonglong}). */
  private static final java.util.Map<String, String> SHADOW_NAMES = java.util.Map.ofEntries(
      java.util.Map.entry("schar", "signed char"), java.util.Map.entry("uchar", "unsigned char"),
      java.util.Map.entry("sshort", "signed short"), java.util.Map.entry("ushort", "unsigned short"),
      java.util.Map.entry("sint", "signed int"), java.util.Map.entry("uint", "unsigned int"),
      java.util.Map.entry("slong", "signed long"), java.util.Map.entry("ulong", "unsigned long"),
      java.util.Map.entry("longlong", "long long"), java.util.Map.entry("slonglong", "signed long long"),
      java.util.Map.entry("ulonglong", "unsigned long long"), java.util.Map.entry("longdouble", "long double"),
      java.util.Map.entry("floatcomplex", "float complex"), java.util.Map.entry("doublecomplex", "double complex"),
      java.util.Map.entry("longdoublecomplex", "long double complex"));

  private CType cythonType(String dotted) {
    String q = c.cythonNames.qualify(dotted);
    if (q == null || !q.startsWith("cython.") || q.indexOf('.', 7) >= 0) return null;
    String name = q.substring(7);
    CType.Fused fusedType = FusedTypes.builtin(name);
    if (fusedType != null) return fusedType;
    if (name.equals("pymutex")) return new CType.Struct(StructType.PYMUTEX);
    if (name.equals("pythread_type_lock")) return new CType.Struct(StructType.PYTHREAD_LOCK);
    // cython.p_int, cython.pp_double: pointers to Cython's C types, as its Shadow module names them.
    int stars = name.startsWith("pp_") ? 2 : name.startsWith("p_") ? 1 : 0;
    String base = name.substring(stars == 2 ? 3 : stars == 1 ? 2 : 0);
    CType t = Types.named(SHADOW_NAMES.getOrDefault(base, base));
    if (t == null || stars == 0) return stars == 0 ? t : null;
    for (int i = 0; i < stars; i++) t = new CType.Pointer(t);
    return t;
  }

  /**
   * The type a name or dotted name stands for where it is read as one (a type test's operands,
   * a fused function's parameters), or null; nothing is reported.
   */
  CType namedQuietly(String name) {
    ClassInfo cls = c.classes.named(name);
    if (cls != null) return cls.type();
    CType t = c.types.lookup(name);
    if (t == null) t = Types.named(name);
    if (t == null) t = cythonType(name);
    return t;
  }

  /** A written type as it reads, its fused types unbound; reports Cython's message when it names none. */
  CType resolve(TypeRef ref) {
    if (ref instanceof TypeRef.Named n) {
      ClassInfo cls = c.classes.named(n.name());
      if (cls != null) return cls.type();
      if (n.name().equals("void")) return CType.VOID;
      CType t = c.types.lookup(n.name());
      if (t == null) t = Types.named(n.name());
      if (t == null && !n.name().contains(".")) t = cythonType(n.name());
      if (t == null && n.name().contains(".")) {
        t = cythonType(n.name());
        int dot = n.name().lastIndexOf('.');
        if (t == null && c.userCimports.namespaces.contains(n.name().substring(0, dot))) {
          c.diags.error(n.pos(), "'" + n.name().substring(dot + 1) + "' is not a type identifier");
          return CType.OBJECT;
        }
        if (t == null) {
          // As Cython's lookup of the path: its first name must be bound, and a cimported module.
          String first = n.name().substring(0, n.name().indexOf('.'));
          c.diags.error(n.pos(), c.boundAtTopLevel.contains(first) || Builtins.NAMES.contains(first)
              ? "'" + n.name().substring(0, dot) + "' is not a cimported module" : "'" + first + "' is not declared");
          return CType.OBJECT;
        }
      }
      if (t == null) {
        c.diags.error(n.pos(), Types.KNOWN_TO_CYTHON.contains(n.name()) ? "'" + n.name() + "' as a declared type is not supported by pyxc"
            : "'" + n.name() + "' is not a type identifier");
        return CType.OBJECT;
      }
      return t;
    } else if (ref instanceof TypeRef.ClassAnnotation a) {
      ClassInfo cls = c.classes.named(a.name());
      if (cls == null && c.types.lookup(a.name()) instanceof CType.Fused f) return f; // `x: number` of a fused type
      return cls != null ? cls.type() : CType.OBJECT;
    } else if (ref instanceof TypeRef.Volatile v) {
      // A storage qualifier of the variable (its C declaration says it), not part of the type.
      return qualified(c.resolve(v.target()), v.pos());
    } else if (ref instanceof TypeRef.Const k) {
      // pyxc's types carry no const: only a const variable's own assignments are refused (FunctionChecker).
      return qualified(c.resolve(k.target()), k.pos());
    } else if (ref instanceof TypeRef.CTuple t) {
      List<CType> items = new java.util.ArrayList<>();
      for (TypeRef item : t.items()) {
        CType it = c.resolve(item);
        if (it instanceof CType.PyObject || it instanceof CType.MemView) {
          c.diags.error(item.pos(), "'C tuple types with Python object items' is not supported by pyxc");
          return CType.OBJECT;
        }
        items.add(it);
      }
      return CTuples.of(items);
    } else if (ref instanceof TypeRef.Pointer p) {
      int before = c.diags.errors().size();
      CType target = c.resolve(p.target());
      if (target instanceof CType.PyObject || target == CType.ERROR) {
        // (a name that is no type was reported: its pointer is refused quietly, as in Cython)
        if (c.diags.errors().size() == before && target != CType.ERROR) {
          c.diags.error(p.pos(), "Pointer base type cannot be a Python object");
        }
        return CType.ERROR;
      }
      // `const T *`: writes through it are refused, and it does not become a `T *` without a cast.
      return new CType.Pointer(target, p.target() instanceof TypeRef.Const);
    } else if (ref instanceof TypeRef.Function f) {
      // A C function's type: its exception convention by Cython's rules for cdef functions, none by default in an extern block.
      boolean implicit = f.except().kind() == Stmt.ExceptSpec.Kind.DEFAULT && !c.resolvingExtern
          && c.directives.get("legacy_implicit_noexcept") && !LegacyNoexcept.returnsObject(c, f.result());
      if (implicit) c.diags.warning(f.pos(), LegacyNoexcept.WARNING);
      Stmt.ExceptSpec except = f.except().kind() == Stmt.ExceptSpec.Kind.DEFAULT && (c.resolvingExtern || implicit)
          ? new Stmt.ExceptSpec(Stmt.ExceptSpec.Kind.NOEXCEPT, null, f.pos()) : f.except();
      // A lone name that names a type is that type, as Cython reads `int (*f)(Node, int)`; any
      // other is an object parameter of that name (the parser cannot tell them apart).
      List<Stmt.Param> params = f.params().stream().map(p -> p.type() instanceof TypeRef.Named n && n.name().equals("object")
          && n.pos().equals(p.pos()) && c.typeNamedQuietly(p.name()) != null
          ? new Stmt.Param(p.name(), new TypeRef.Named(p.name(), p.pos()), p.defaultValue(), p.notNone(), p.orNone(), p.pos()) : p).toList();
      Stmt.FuncDef def = new Stmt.FuncDef("<function type>", params, f.result(), null, List.of(), List.of(),
          new Stmt.CSignature(false, except, false, null), f.pos());
      CFunction sig = CSignatures.of(def, c::resolve, c.diags, true);
      // (parameters written with names may be given by keyword in a call through a pointer)
      List<String> names = params.stream().map(p -> p.type() instanceof TypeRef.Named n && n.name().equals(p.name()) ? null : p.name()).toList();
      return new CType.Function(sig.returnType(), sig.params(), sig.propagation(), sig.errorValue(), sig.except(), f.nogil(),
          names.stream().allMatch(n -> n != null && !n.isEmpty()) ? names : null);
    } else if (ref instanceof TypeRef.Buffer b) {
      return buffers.resolve(b, c.resolve(b.base()));
    } else if (ref instanceof TypeRef.Array a) {
      CType elem = c.resolve(a.elem());
      TypeRef.Buffer buffer = elem instanceof CType.PyObject && a.elem() instanceof TypeRef.Named n ? BufferTypes.fromArray(a, n) : null;
      if (buffer != null) return buffers.resolve(buffer, elem);
      if (IncompleteTypes.isIncomplete(elem)) {
        c.diags.error(a.pos(), "Array element type '" + elem.name() + "' is incomplete");
        return CType.ERROR;
      }
      if (a.size() == null) {
        // An extern array of unknown length is used as the pointer it decays to; any other
        // declaration of one is incomplete (reported where it declares a variable).
        return c.resolvingExtern ? new CType.Pointer(elem) : CType.CArray.incomplete(elem);
      }
      if (a.size() instanceof Expr.Name n && c.constVariables.containsKey(n.id())) {
        // A module's const variable is a C object, not a constant C can size an array with (an
        // extern const, a header's constant, is).
        CType dim = c.resolve(c.constTypes.get(n.id()));
        if (!(dim instanceof CType.CInt)) c.diags.error(n.pos(), "Array dimension not integer, got 'const " + dim.name() + "'");
        c.diags.error(n.pos(), "Array dimension cannot be const variable");
        return CType.ERROR;
      }
      // As Cython: a size written with names is C's to know (see CType.CArray).
      String cSize = ConstantExpressions.namesAny(a.size())
          ? ConstantExpressions.cText(a.size(), this::cConstant, t -> dev.pyxc.ir.CSpelling.bare(c.resolve(t))) : null;
      java.math.BigInteger size = cSize != null ? java.math.BigInteger.ZERO : ConstantExpressions.intValue(a.size(), c.types::constantValue);
      if (size == null) {
        c.diags.error(a.size().pos(), "Not allowed in a constant expression");
        return CType.ERROR;
      }
      if (size.signum() < 0 || size.bitLength() > 31) {
        c.diags.error(a.size().pos(), "Array dimension out of range");
        return CType.OBJECT;
      }
      if (elem instanceof CType.PyObject || elem instanceof CType.MemView) {
        c.diags.error(a.pos(), "Array element cannot be a Python object");
        return CType.OBJECT;
      }
      return cSize != null ? new CType.CArray(elem, -1, cSize) : new CType.CArray(elem, size.intValue());
    } else if (ref instanceof TypeRef.MemoryView mv) {
      CType dtype = Types.named(mv.dtype().name());
      CType named = dtype == null ? namedQuietly(mv.dtype().name()) : null;
      if (named instanceof CType.Fused f) dtype = c.fusedScope.specialize(f);
      // A typedef of a C number (`ctypedef double real`, numpy's `float64_t`): a view of that number.
      else if (named != null) dtype = named;
      if (dtype == null) {
        c.diags.error(mv.dtype().pos(), "'" + mv.dtype().name() + "' is not a type identifier");
        return CType.OBJECT;
      }
      if (dtype instanceof CType.Pointer || dtype instanceof CType.CComplex z && !(z.real() instanceof CType.CFloat)) {
        // (Cython's own refusal: no pointers, no complex numbers over integers; named as written
        // at the '[', or for a fused type's member at the type)
        boolean fused = named instanceof CType.Fused;
        String written = mv.dtype().name();
        String name = named != null && !fused && !written.startsWith("cython.") ? written.substring(written.lastIndexOf('.') + 1) : dtype.name();
        c.diags.error(fused ? mv.dtype().pos() : mv.bracket(), "Invalid base type for memoryview slice: " + name);
        return CType.OBJECT;
      }
      if (!Types.isBufferDtype(dtype) && !Types.isStructDtype(dtype) && !Types.isObjectDtype(dtype)) {
        // (views of objects, extension types, unions and structs a format cannot describe)
        c.diags.error(mv.dtype().pos(), "'" + dtype.name() + "[:]' memoryviews are not supported by pyxc");
        return CType.OBJECT;
      }
      List<CType.Packing> packing = new ViewAxes(c.diags, c.cythonNames).packing(mv);
      if (packing == null) return CType.OBJECT;
      String written = mv.dtype().name().substring(mv.dtype().name().lastIndexOf('.') + 1);
      return new CType.MemView(dtype, mv.axes().size(), packing, mv.isConst(), named != null && !(named instanceof CType.Fused) ? written : null);
    } else {
      throw new AssertionError(ref);
    }
  }

  /**
   * A constant's C in an array size: an enum's constant, or a const extern variable (only a const
   * one, as Cython allows; the module's own are declared after its types).
   */
  private String cConstant(Expr e) {
    String name = dev.pyxc.ast.Exprs.dottedName(e);
    ExternDeclarations.Variable v = name == null ? null : c.externs.variables.get(name);
    if (v != null) return v.isConst() ? v.cName() : null;
    String known = c.cConstant(e);
    return known == null && e instanceof Expr.Name n ? c.externNamesAhead.get(n.id()) : known;
  }

  /** A const or volatile type: a Python object cannot be one, as Cython says. */
  private CType qualified(CType t, dev.pyxc.diag.Pos at) {
    if (t instanceof CType.PyObject) c.diags.error(at, "Const/volatile/restrict base type cannot be a Python object");
    return t;
  }
}
