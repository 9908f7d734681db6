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
    return new ModuleIr(moduleName, info.module().docstring(), sourceFile, List.copyOf(fns), info.classes(), info.variables(), info.preamble(), info.structs(), info.cpdefEnums(), info.capi(),
        info.exports(), info.fusedDefs(), info.autoImportArray(), info.directives().get("freethreading_compatible"));
  }
}
