package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Diagnostics;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The C types a module declares: structs and unions, enums and their constants, and
 * {@code ctypedef} names, its own and those of its {@code cdef extern} blocks. Names are declared
 * first and defined after, so that types may refer to each other in any order.
 */
final class TypeDeclarations {
  /** An enum's constant: its C spelling, its type (the enum's integer type), and its value when known. */
  record EnumConstant(String name, String cName, CType type, BigInteger value) {}

  /** Every type name: a struct's type, an enum's integer type, a typedef's target. */
  final Map<String, CType> names = new LinkedHashMap<>();
  /** Enum constants by name; a named enum's also as {@code Enum.MEMBER}, which Cython 3 allows. */
  final Map<String, EnumConstant> constants = new LinkedHashMap<>();
  /** Where each type name and enum constant was declared, for "Previous declaration is here". */
  private final Map<String, dev.pyxc.diag.Pos> declaredAt = new java.util.HashMap<>();
  /** Whether each struct was first declared with {@code ctypedef} (its other declarations must say the same). */
  private final Map<String, Boolean> structTypedef = new java.util.HashMap<>();
  /** Type names a cimport brought along without naming them: a declaration of the module's own replaces them. */
  final java.util.Set<String> implicit = new java.util.HashSet<>();
  /** The C spelling of each type name a header declares. */
  private final Map<String, String> externSpellings = new java.util.HashMap<>();
  /** How Cython spells each ctypedef name in a capsule's signature (see CapiSignatures). */
  final Map<String, String> cythonSpellings = new java.util.HashMap<>();
  /** The named enums ({@code cdef enum E}, {@code ctypedef enum E}): cython.typeof names their variables so. */
  final java.util.Set<String> enumNames = new java.util.HashSet<>();
  /**
   * A cpdef (or public) enum made a Python class, or module ints when {@code name} is null: its
   * members, their values as C expressions, its docstring.
   */
  record CpdefEnum(String name, List<String> members, List<String> values, String doc) {}

  final List<CpdefEnum> cpdefEnums = new ArrayList<>();

  /** Every struct and union (the module's own, which its C defines, and its headers'), in declaration order. */
  final List<StructType> structs = new ArrayList<>();

  private final Checker module;
  private final Diagnostics diags;
  /** A declaration waiting for its definition; {@code extern} when a header defines the type. */
  private record Pending(Stmt stmt, boolean extern) {}

  private final List<Pending> pending = new ArrayList<>();

  TypeDeclarations(Checker module, Diagnostics diags) {
    this.module = module;
    this.diags = diags;
  }

  /** Declares a type statement's name; {@code externCName} is its C spelling when a header defines it (null for the module's own). */
  void declare(Stmt s, String externCName, boolean extern) {
    String name = s instanceof Stmt.StructDef sd ? sd.name() : s instanceof Stmt.EnumDef ed ? ed.name()
        : s instanceof Stmt.FusedTypeDef fd ? fd.name() : ((Stmt.TypeDef) s).name();
    if (name != null && implicit.remove(name)) {
      names.remove(name);
      declaredAt.remove(name);
    }
    // Two headers' declarations of one C type (time_t in libc.time and posix.types) are that type.
    String spelled = externCName != null ? externCName : name;
    if (extern && name != null && names.containsKey(name) && spelled.equals(externSpellings.get(name))) return;
    if (extern && name != null && !names.containsKey(name)) externSpellings.put(name, spelled);
    if (name != null && (names.containsKey(name) || module.classes.named.containsKey(name))) {
      // A struct declared twice in a header (an opaque one, then with its fields) is one type.
      if (!(s instanceof Stmt.StructDef && names.get(name) instanceof CType.Struct)) {
        diags.error(s.pos(), "'" + name + "' redeclared ");
        if (declaredAt.containsKey(name)) diags.error(declaredAt.get(name), "Previous declaration is here");
        return;
      }
      Boolean typedefBefore = structTypedef.get(name);
      if (typedefBefore != null && typedefBefore != ((Stmt.StructDef) s).typedef()) {
        diags.error(s.pos(), "'" + name + "' previously declared using '" + (typedefBefore ? "ctypedef" : "cdef") + "'");
      }
    }
    if (s instanceof Stmt.StructDef sd && name != null) structTypedef.putIfAbsent(name, sd.typedef());
    if (name != null) declaredAt.putIfAbsent(name, s.pos());
    // (a header's type may be declared with no fields or members; the module's own may not)
    if (!extern && s instanceof Stmt.StructDef sd && sd.fields() != null && sd.fields().isEmpty()) {
      diags.error(s.pos(), "Empty struct or union definition not allowed outside a 'cdef extern from' block");
    } else if (!extern && s instanceof Stmt.EnumDef ed && ed.members().isEmpty()) {
      diags.error(s.pos(), "Empty enum definition not allowed outside a 'cdef extern from' block");
    }
    if (s instanceof Stmt.TypeDef td && name != null) {
      cythonSpellings.put(name, extern || td.linkage().exported() ? spelled
          : CapiSignatures.typedefName(module.declaredModule != null ? module.declaredModule : module.files.moduleName(), name));
    }
    if (s instanceof Stmt.StructDef sd && !names.containsKey(name)) {
      // A cimported .pxd's struct is named after its module too: two modules may each have a Point.
      String own = module.declaredModule == null ? dev.pyxc.ir.CSymbols.ident(name)
          : dev.pyxc.ir.CSymbols.classPart(module.declaredModule) + "_" + dev.pyxc.ir.CSymbols.ident(name);
      // A public or api struct is spelled as declared: MODULE.h declares it for C outside the module.
      boolean exported = !extern && sd.linkage().exported();
      String cName = extern ? externCName
          : (sd.union() ? "union " : "struct ") + (sd.cname() != null ? sd.cname() : exported ? name : "pyxc_s_" + own);
      StructType t = new StructType(name, cName, sd.union(), sd.packed(), extern, exported, sd.fieldCNames(), sd.pos());
      names.put(name, new CType.Struct(t));
      structs.add(t);
    } else if (s instanceof Stmt.EnumDef ed && ed.cpdef() && name != null) {
      names.put(name, CType.INT); // until defined
      module.moduleNames.add(name); // its class is a module attribute
    } else if (name != null && !(s instanceof Stmt.StructDef)) {
      names.put(name, CType.INT); // until defined
    }
    pending.add(new Pending(s, extern));
  }

  /** Defines what was declared: typedef targets, struct fields, enum values. */
  void defineAll() {
    boolean outer = module.resolvingExtern;
    try {
      for (Pending p : pending) {
        // (a header's function types are noexcept unless declared otherwise, as in its functions)
        module.resolvingExtern = p.extern();
        define(p.stmt(), p.extern());
      }
    } finally {
      module.resolvingExtern = outer;
    }
    pending.clear();
  }

  private static String lastPart(String dotted) {
    return dotted.substring(dotted.lastIndexOf('.') + 1);
  }

  /** A fused type: its members, each written once, with fused members' members in their place. */
  private void fusedType(Stmt.FusedTypeDef fd) {
    List<CType> members = new ArrayList<>();
    List<String> written = new ArrayList<>();
    if (fd.members().isEmpty()) diags.error(fd.pos(), "Need at least one type");
    for (dev.pyxc.ast.TypeRef m : fd.members()) {
      CType t = module.resolveAllowingFused(m);
      // A typedef is named as written (a cimported module's without the module: `cnp.float32_t` is
      // `float32_t`); Cython's own names (cython.double) by the type's.
      // (`const int` is a member of its own, which pyxc compiles as int: a call is then ambiguous, as in Cython)
      // (`complex` is C's double complex: named so, as Cython's signatures name it)
      String name = m instanceof dev.pyxc.ast.TypeRef.Named n && !n.name().contains(".") && !n.name().equals("complex") ? n.name()
          : m instanceof dev.pyxc.ast.TypeRef.Named n && !n.name().startsWith("cython.") && Types.named(lastPart(n.name())) == null
              ? lastPart(n.name())
          : m instanceof dev.pyxc.ast.TypeRef.Const ? "const " + t.name() : t.name();
      if (written.contains(name)) {
        diags.error(m.pos(), "Type specified multiple times");
      } else {
        members.add(t);
        written.add(name);
      }
    }
    names.put(fd.name(), FusedTypes.flattened(fd.name(), members, written));
  }

  private void define(Stmt s, boolean extern) {
    if (s instanceof Stmt.FusedTypeDef fd) {
      List<CType> members = new ArrayList<>();
      fusedType(fd);
    } else if (s instanceof Stmt.TypeDef td) {
      CType t = module.resolveAllowingFused(td.type());
      if (Types.bufferOf(t) != null) {
        module.moduleScopeBuffer(td.pos());
        t = ((CType.PyObject) t).withoutBuffer();
      }
      // A header's integer typedef keeps its C name for Cython's conversion errors and sizeof (see CInt.typedefName).
      if (extern && t instanceof CType.CInt i && i.cpdefEnum() == null) {
        t = new CType.CInt(i.kind(), null, externSpellings.getOrDefault(td.name(), td.name()));
      }
      if (extern && t instanceof CType.CFloat f) t = new CType.CFloat(f.kind(), externSpellings.getOrDefault(td.name(), td.name()));
      names.put(td.name(), t);
      // Cython makes no C typedef of a complex or fused type: the name is the type itself.
      if (t instanceof CType.CComplex || t instanceof CType.Fused) cythonSpellings.remove(td.name());
    } else if (s instanceof Stmt.StructDef sd && sd.fields() != null) {
      StructType st = ((CType.Struct) names.get(sd.name())).type();
      if (!st.isOpaque()) return; // the header's second declaration of it
      LinkedHashMap<String, CType> fields = new LinkedHashMap<>();
      Map<String, dev.pyxc.diag.Pos> fieldAt = new java.util.HashMap<>();
      for (Stmt.CDef cd : sd.fields()) {
        for (Stmt.Declarator d : cd.names()) {
          CType t = module.withFusedMisuse("Fused types not allowed here", cd.pos(), () -> module.resolve(d.typeIn(cd)));
          if (fields.containsKey(d.name())) {
            diags.error(d.pos(), "'" + d.name() + "' redeclared ");
            diags.error(fieldAt.get(d.name()), "Previous declaration is here");
            continue;
          }
          fieldAt.put(d.name(), d.pos());
          if (IncompleteTypes.reportVariable(t, d, diags)) continue;
          if (Types.bufferOf(t) != null) diags.error(d.pos(), BufferTypes.LOCAL_ONLY);
          if (t instanceof CType.PyObject || t instanceof CType.MemView) {
            diags.error(d.pos(), "C struct/union member cannot be a Python object");
            continue;
          }
          if (t instanceof CType.Struct inner && inner.type() == st) {
            diags.error(d.pos(), "Struct '" + st.name + "' contains itself");
            continue;
          }
          fields.put(d.name(), t);
        }
      }
      st.define(fields, sd.pos());
    } else if (s instanceof Stmt.EnumDef ed) {
      defineEnum(ed, extern);
    }
  }

  /**
   * An enum's constants, numbered as C numbers them. Its type is {@code unsigned int} when no
   * value is negative and {@code int} otherwise, as gcc makes it (Cython converts through it).
   */
  private void defineEnum(Stmt.EnumDef ed, boolean extern) {
    if (ed.name() != null) enumNames.add(ed.name());
    List<BigInteger> values = new ArrayList<>();
    Map<String, BigInteger> earlier = new java.util.HashMap<>();
    BigInteger next = BigInteger.ZERO;
    boolean known = true;
    for (Stmt.EnumMember m : ed.members()) {
      // A value may name the enum's earlier members (M = N * 2) and other enums' constants.
      BigInteger v = m.value() == null ? next
          : ConstantExpressions.intValue(m.value(), n -> earlier.containsKey(n) ? earlier.get(n) : constantValue(n));
      if (v != null) earlier.put(m.name(), v);
      if (v == null) {
        if (!extern) diags.error(m.value().pos(), "Not allowed in a constant expression");
        known = false;
      }
      values.add(v);
      next = v == null ? null : v.add(BigInteger.ONE);
      if (next == null) next = BigInteger.ZERO;
    }
    boolean negative = values.stream().anyMatch(v -> v != null && v.signum() < 0);
    // (An extern enum's values are its header's, which may be negative whatever Cython counts.)
    CType.IntKind kind = negative || !known || extern ? CType.IntKind.INT : CType.IntKind.UINT;
    // A named cpdef enum's values keep their enum: as objects they are its members. Read from a
    // cimported .pxd, it is named after its module (the class a cimporting module imports).
    String enumName = !ed.cpdef() || ed.name() == null ? null : module.declaredModule == null ? ed.name()
        : module.declaredModule + "." + ed.name();
    CType t = new CType.CInt(kind, enumName);
    // (For the same reason its Python values are read from the header's constants.)
    List<String> cValues = new ArrayList<>();
    for (int i = 0; i < ed.members().size(); i++) {
      Stmt.EnumMember m = ed.members().get(i);
      cValues.add(extern || values.get(i) == null ? "(long long)(" + (m.cname() != null ? m.cname() : m.name()) + ")" : values.get(i) + "LL");
    }
    List<String> memberNames = ed.members().stream().map(Stmt.EnumMember::name).toList();
    if (ed.cpdef()) {
      cpdefEnums.add(new CpdefEnum(ed.name(), memberNames, List.copyOf(cValues), ed.doc()));
      if (ed.name() == null) ed.members().forEach(m -> module.moduleNames.add(m.name()));
    } else if (ed.linkage().isPublic() && !extern && !values.contains(null)) {
      // As Cython: a public enum's values are also module attributes (ints), as an anonymous cpdef enum's are.
      cpdefEnums.add(new CpdefEnum(null, memberNames, List.copyOf(cValues), null));
      ed.members().forEach(m -> module.moduleNames.add(m.name()));
    }
    if (ed.name() != null) names.put(ed.name(), t);
    for (int i = 0; i < ed.members().size(); i++) {
      Stmt.EnumMember m = ed.members().get(i);
      if (constants.containsKey(m.name()) || names.containsKey(m.name())) {
        diags.error(m.pos(), "'" + m.name() + "' redeclared ");
        if (declaredAt.containsKey(m.name())) diags.error(declaredAt.get(m.name()), "Previous declaration is here");
        continue;
      }
      declaredAt.put(m.name(), m.pos());
      EnumConstant c = new EnumConstant(m.name(), extern ? m.cname() : null, t, values.get(i));
      constants.put(m.name(), c);
      if (ed.name() != null) constants.put(ed.name() + "." + m.name(), c);
    }
  }

  /** The value of an enum constant named in a constant expression, or null. */
  BigInteger constantValue(String name) {
    EnumConstant c = constants.get(name);
    return c == null ? null : c.value();
  }

  CType lookup(String name) {
    return names.get(name);
  }
}
