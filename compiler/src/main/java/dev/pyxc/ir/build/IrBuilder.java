package dev.pyxc.ir.build;

import dev.pyxc.ir.ModuleIr;
import dev.pyxc.ir.Terminator;
import dev.pyxc.sema.FunctionInfo;
import dev.pyxc.sema.ModuleInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers checked AST to the ownership IR. It states what each value is (its type, and through
 * the ops it uses, whether it is a new or borrowed reference) and never says how references
 * are balanced: it creates no IncRef or DecRef. Every op that can fail ends its block with a
 * {@link Terminator.Check} whose error edge leads to the function's error exit.
 *
 * <p>Each function is lowered by a {@link FunctionBuilder}, which holds the state, and one
 * lowering class per kind of construct (statements, expressions, operators, conditions,
 * assignments, loops, exceptions, views, calls, module names) that shares it.
 */
public final class IrBuilder {
  final ModuleInfo info;
  final String moduleName;
  final String sourceFile;

  private IrBuilder(ModuleInfo info, String moduleName, String sourceFile) {
    this.info = info;
    this.moduleName = moduleName;
    this.sourceFile = sourceFile;
  }

  public static ModuleIr build(ModuleInfo info, String moduleName, String sourceFile) {
    IrBuilder b = new IrBuilder(info, moduleName, sourceFile);
    List<ModuleIr.Function> fns = new ArrayList<>();
    for (FunctionInfo f : info.functions()) {
      fns.add(new ModuleIr.Function(f.def(), new FunctionBuilder(b, f).build()));
    }
    return new ModuleIr(moduleName, info.module().docstring(), sourceFile, List.copyOf(fns), info.classes(), info.variables(), info.preamble(),
        withCTuples(info, fns), info.cpdefEnums(), info.capi(),
        info.exports(), info.fusedDefs(), info.autoImportArray(), info.directives().get("freethreading_compatible"));
  }

  /** The module's structs, then the C tuple types its functions, signatures and declarations use (nothing declares them). */
  private static List<dev.pyxc.sema.StructType> withCTuples(ModuleInfo info, List<ModuleIr.Function> fns) {
    java.util.Set<dev.pyxc.sema.StructType> ctuples = new java.util.LinkedHashSet<>();
    for (ModuleIr.Function f : fns) for (dev.pyxc.ir.Register r : f.ir().registers) dev.pyxc.sema.CTuples.collect(r.type(), ctuples);
    List<dev.pyxc.sema.CFunction> signatures = new ArrayList<>(info.cfunctions().values());
    for (dev.pyxc.sema.ClassInfo c : info.classes().values()) {
      signatures.addAll(c.ownCMethods().values());
      for (dev.pyxc.sema.ClassInfo.Field field : c.ownFields().values()) dev.pyxc.sema.CTuples.collect(field.type(), ctuples);
    }
    for (dev.pyxc.sema.CFunction f : signatures) {
      dev.pyxc.sema.CTuples.collect(f.returnType(), ctuples);
      dev.pyxc.sema.CTuples.collectAll(f.params(), ctuples);
    }
    for (dev.pyxc.sema.ModuleVariable v : info.variables().values()) dev.pyxc.sema.CTuples.collect(v.type(), ctuples);
    for (dev.pyxc.sema.StructType st : info.structs()) dev.pyxc.sema.CTuples.collectAll(st.fields().values(), ctuples);
    if (ctuples.isEmpty()) return info.structs();
    List<dev.pyxc.sema.StructType> all = new ArrayList<>(info.structs());
    all.addAll(ctuples);
    return List.copyOf(all);
  }
}
