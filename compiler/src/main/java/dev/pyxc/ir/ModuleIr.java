package dev.pyxc.ir;

import dev.pyxc.ast.Stmt;
import java.util.List;

/**
 * A lowered module: its functions (methods included) in source order, each with the {@code def}
 * it came from, its extension types in declaration order, its module-level cdef variables, and the
 * C its {@code cdef extern} blocks need first ({@code #include} lines, verbatim code); {@code
 * fusedDefs} the def fused functions, whose names the module binds to dispatching objects;
 * {@code autoImportArray}: the module cimports numpy without calling import_array(), which its
 * init then calls (see {@code NumpyImport}).
 */
public record ModuleIr(String name, String docstring, String sourceFile, List<Function> functions,
    java.util.Map<String, dev.pyxc.sema.ClassInfo> classes, java.util.Map<String, dev.pyxc.sema.ModuleVariable> variables,
    List<String> preamble, List<dev.pyxc.sema.StructType> structs, List<dev.pyxc.sema.ModuleInfo.CpdefEnum> cpdefEnums,
    dev.pyxc.sema.ModuleInfo.Capi capi, dev.pyxc.sema.ModuleInfo.Exports exports,
    List<dev.pyxc.sema.FusedFunctions.Group> fusedDefs, boolean autoImportArray, boolean freethreadingCompatible) {
  /** A Python-visible function: its IR and its signature for the wrapper. */
  public record Function(Stmt.FuncDef def, FuncIr ir) {}
}
