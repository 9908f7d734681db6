package dev.pyxc.analysis;

import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.FuncIr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Predecessor lists of a function's blocks, computed once from the terminators. */
public final class Cfg {
  private final Map<BasicBlock, List<BasicBlock>> preds = new HashMap<>();

  public Cfg(FuncIr fn) {
    for (BasicBlock b : fn.blocks) preds.put(b, new ArrayList<>());
    for (BasicBlock b : fn.blocks) {
      for (BasicBlock s : b.terminator.successors()) preds.get(s).add(b);
    }
  }

  public List<BasicBlock> predecessors(BasicBlock b) {
    return preds.get(b);
  }
}
