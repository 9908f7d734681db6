package dev.pyxc.ir;

import dev.pyxc.ast.Stmt;
import java.util.List;

/** A lowered module: its functions in source order, each with the {@code def} it came from. */
public record ModuleIr(String name, String docstring, String sourceFile, List<Function> functions) {
  /** A Python-visible function: its IR and its signature for the wrapper. */
  public record Function(Stmt.FuncDef def, FuncIr ir) {}
}
