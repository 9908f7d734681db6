package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import java.util.ArrayList;
import java.util.List;

/**
 * One compiled function: parameters, every register, and the CFG. {@code blocks.get(0)} is the
 * entry. {@code qualifiedName} is what tracebacks show ({@code mod.f}).
 */
public final class FuncIr {
  public final String name;
  public final String qualifiedName;
  public final int line;
  public final CType returnType;
  public final List<Register> params = new ArrayList<>();
  public final List<Register> registers = new ArrayList<>();
  public final List<BasicBlock> blocks = new ArrayList<>();
  /** For a cdef function, what callers rely on; null for a def. */
  public final dev.pyxc.sema.CFunction cdef;

  public FuncIr(String name, String qualifiedName, int line, CType returnType) {
    this(name, qualifiedName, line, returnType, null);
  }

  public FuncIr(String name, String qualifiedName, int line, CType returnType, dev.pyxc.sema.CFunction cdef) {
    this.name = name;
    this.qualifiedName = qualifiedName;
    this.line = line;
    this.returnType = returnType;
    this.cdef = cdef;
  }

  public Register newRegister(String regName, CType type, Register.Kind kind) {
    Register r = new Register(registers.size(), regName, type, kind);
    registers.add(r);
    return r;
  }

  public BasicBlock newBlock() {
    BasicBlock b = new BasicBlock(blocks.size());
    blocks.add(b);
    return b;
  }

  public BasicBlock entry() {
    return blocks.get(0);
  }

  /** Renumbers blocks in list order so printed labels are dense and stable. */
  public void relabel() {
    for (int i = 0; i < blocks.size(); i++) blocks.get(i).label = i;
  }
}
