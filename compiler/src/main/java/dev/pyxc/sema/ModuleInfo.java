package dev.pyxc.sema;

import dev.pyxc.ast.Module;
import java.util.List;
import java.util.Set;

/**
 * Sema's result for a module: its functions (methods included) in source order, module names,
 * directives, cdef signatures, its extension types in declaration order, its Python classes
 * by their statements, its module-level cdef variables in declaration order, the C variables and
 * constants its {@code cdef extern} blocks declare, and the C those blocks need before the module's
 * own ({@code #include} lines, verbatim code).
 */
public record ModuleInfo(Module module, List<FunctionInfo> functions, Set<String> moduleNames, Directives directives,
    java.util.Map<String, CFunction> cfunctions, java.util.Map<String, ClassInfo> classes,
    java.util.Map<dev.pyxc.ast.Stmt.ClassDef, PyClassInfo> pyClasses, java.util.Map<String, ModuleVariable> variables,
    java.util.Map<String, ExternVariable> externVariables, List<String> preamble, List<StructType> structs,
    java.util.Map<String, EnumConstant> enumConstants, List<CpdefEnum> cpdefEnums) {
  /** A cpdef enum: its class (null name: anonymous, its members module attributes) and members. */
  public record CpdefEnum(String name, List<String> members, List<java.math.BigInteger> values) {}

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
