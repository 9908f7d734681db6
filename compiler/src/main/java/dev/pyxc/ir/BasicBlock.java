package dev.pyxc.ir;

import java.util.ArrayList;
import java.util.List;

/** A straight-line run of ops ending in one terminator. Mutable while the IR is built and rewritten. */
public final class BasicBlock {
  public int label;
  public final List<Op> ops = new ArrayList<>();
  public Terminator terminator;

  public BasicBlock(int label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return "L" + label;
  }
}
