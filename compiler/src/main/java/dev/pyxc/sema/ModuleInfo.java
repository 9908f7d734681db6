package dev.pyxc.sema;

import dev.pyxc.ast.Module;
import java.util.List;
import java.util.Set;

/**
 * Sema's result for a module: its functions (methods included) in source order, module names,
 * directives, cdef signatures, its extension types in declaration order, its Python classes
 * by their statements, its module-level cdef variables in declaration order, the C variables and
 * constants its {@code cdef extern} blocks declare, and the C those blocks need before the module's
 * own ({@code #include} lines, verbatim code), and its def fused functions.
 */
public record ModuleInfo(Module module, List<FunctionInfo> functions, Set<String> moduleNames, Directives directives,
    java.util.Map<String, CFunction> cfunctions, java.util.Map<String, ClassInfo> classes, java.util.Map<String, ClassInfo> classNames,
    java.util.Map<dev.pyxc.ast.Stmt.ClassDef, PyClassInfo> pyClasses, java.util.Map<String, ModuleVariable> variables,
    java.util.Map<String, ExternVariable> externVariables, List<String> preamble, List<StructType> structs,
    java.util.Map<String, EnumConstant> enumConstants, List<CpdefEnum> cpdefEnums, Capi capi, Exports exports,
    List<FusedFunctions.Group> fusedDefs, boolean autoImportArray, java.util.Map<String, String> builtinAliases) {
  /**
   * A public or api type declaration and what it declares: the struct, the typedef's target, or
   * (type null) an enum's values in member order (null where not constant).
   */
  public record ExportedType(dev.pyxc.ast.Stmt decl, CType type, List<java.math.BigInteger> enumValues) {}

  /**
   * What C code outside the module sees ({@code public}: in {@code MODULE.h}, linked by name;
   * {@code api}: through {@code MODULE_api.h}'s import function): functions, variables, the
   * struct, enum and typedef declarations they use ({@code types}, in source order), classes.
   */

  public record Exports(List<CFunction> publicFunctions, List<CFunction> apiFunctions, List<ModuleVariable> publicVariables,
      List<ModuleVariable> apiVariables, List<ExportedType> types, List<ClassInfo> publicClasses, List<ClassInfo> apiClasses) {
    /** Whether there is anything for {@code MODULE.h}: any public or api declaration. */
    public boolean any() {
      return !publicFunctions.isEmpty() || !apiFunctions.isEmpty() || !publicVariables.isEmpty() || !apiVariables.isEmpty()
          || !types.isEmpty() || !publicClasses.isEmpty() || !apiClasses.isEmpty();
    }

    /** Whether {@code c}'s type object has external linkage, under the name its declaration gives. */
    public boolean isPublic(ClassInfo c) {
      return publicClasses.contains(c);
    }

    /** Whether there is anything for {@code MODULE_api.h}. */
    public boolean anyApi() {
      return !apiFunctions.isEmpty() || !apiVariables.isEmpty() || !apiClasses.isEmpty();
    }
  }

  /**
   * What the module shares with other modules at the C level, as Cython does through each
   * module's {@code __pyx_capi__} dict of capsules: the functions and variables its own
   * {@code .pxd} declares (exports), and those of cimported modules it calls and reaches
   * (imports, taken at import time).
   */
  public record Capi(List<CapiExport> exports, List<CapiImport> imports, List<EnumImport> enums) {}

  /** The class of cpdef enum {@code name} of module {@code module}, which a cimporting module imports at init. */
  public record EnumImport(String module, String name) {
    /** The enum's name in C types ({@code CType.CInt#cpdefEnum}). */
    public String qualified() {
      return module + "." + name;
    }
  }

  /**
   * A function (or variable) of this module that its {@code .pxd} declares; {@code signature}
   * names its capsule (CapiSignatures).
   */
  public record CapiExport(String name, CFunction function, ModuleVariable variable, DefaultSlot slot, String signature) {}

  /**
   * The slot (DefaultSlots) of a parameter its {@code .pxd} declares {@code =*}: shared so that
   * another module's call leaving the argument out reads the value this module's definition gives.
   */
  public record DefaultSlot(String cName, CType type) {}

  /** The C names of the default slots the module shares, which its definitions fill whatever their defaults. */
  public static java.util.Set<String> sharedSlots(Capi capi) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (CapiExport e : capi.exports()) if (e.slot() != null) out.add(e.slot().cName());
    return out;
  }

  /**
   * A function (or variable) of module {@code module}, reached through the C static {@code cPointer};
   * {@code function} is its signature as this module calls it, {@code signature} the name of the
   * capsule it must be in (CapiSignatures).
   */
  public record CapiImport(String module, String name, String cPointer, CFunction function, ModuleVariable variable, String signature,
      String legacyName) {
    public CapiImport(String module, String name, String cPointer, CFunction function, ModuleVariable variable, String signature) {
      this(module, name, cPointer, function, variable, signature, null);
    }

    /** The same, looked up as {@code name} first, and as {@code legacy} when the module exports no such name. */
    public CapiImport named(String name, String legacy) {
      return new CapiImport(module, name, cPointer, function, variable, signature, legacy);
    }
  }

  /** A cpdef enum: its members' names and values (C expressions), its docstring (or null). */
  public record CpdefEnum(String name, List<String> members, List<String> values, String doc) {}

  /** An enum's constant: its C spelling (null for the module's own, written as its value), type and value. */
  public record EnumConstant(String cName, CType type, java.math.BigInteger value) {}

  /** A C variable or constant a {@code cdef extern} block declares: its C name and type. */
  public record ExternVariable(String cName, CType type) {}

  /** The type of parameter {@code i} of the function {@code f} defines, as its check resolved it. */
  public CType paramType(dev.pyxc.ast.Stmt.FuncDef f, int i) {
    for (FunctionInfo fi : functions) if (fi.def() == f) return fi.params().get(i).type();
    return CType.OBJECT;
  }

  /** The extension type a type is an instance of, or null. */
  public ClassInfo classOf(CType t) {
    return t instanceof CType.PyObject o && o.isExtType() ? classes.get(o.extType()) : null;
  }
}
