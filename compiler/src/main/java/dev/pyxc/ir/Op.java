package dev.pyxc.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * One IR instruction. Every op answers three ownership questions: which registers it reads
 * ({@link #operands()}), which of those it steals (takes over the reference of), and whether
 * its result is a new reference or borrowed. Nothing else about refcounts is implied anywhere:
 * only the refcount pass creates {@link IncRef} and {@link DecRef}.
 */
public sealed interface Op {
  /** The register this op defines, or null. */
  Register dest();

  List<Register> operands();

  default List<Register> stolen() {
    return List.of();
  }

  /** Whether the result is borrowed (valid while its owner lives) rather than a new reference. */
  default boolean borrowedResult() {
    return false;
  }

  default ErrorKind errorKind() {
    return ErrorKind.NEVER;
  }

  /** A variable this op leaves holding no value (only {@link Unbind}), or null. */
  default Register killed() {
    return null;
  }

  /**
   * Loads a literal. Python constants are borrowed from the module's constant table, which
   * outlives every call.
   */
  record LoadConst(Register dest, Const value) implements Op {
    @Override
    public List<Register> operands() {
      return List.of();
    }

    @Override
    public boolean borrowedResult() {
      return value.isPython();
    }
  }

  /** Looks a name up in the module globals, then builtins: a new reference; NameError if absent. */
  record LoadGlobal(Register dest, String name) implements Op {
    @Override
    public List<Register> operands() {
      return List.of();
    }

    @Override
    public ErrorKind errorKind() {
      return ErrorKind.NULL;
    }
  }

  /** A call described by a {@link Primitive}; its contract is the table's. */
  record Call(Register dest, Primitive prim, List<Register> args) implements Op {
    @Override
    public List<Register> operands() {
      return args;
    }

    @Override
    public List<Register> stolen() {
      if (prim.steals().isEmpty()) return List.of();
      List<Register> out = new ArrayList<>();
      for (int i : prim.steals()) out.add(args.get(i));
      return out;
    }

    @Override
    public boolean borrowedResult() {
      return prim.borrowedResult();
    }

    @Override
    public ErrorKind errorKind() {
      return prim.error();
    }
  }

  /** Calls a Python object with positional then keyword arguments (vectorcall): new reference. */
  record CallPy(Register dest, Register callable, List<Register> args, List<String> kwNames) implements Op {
    @Override
    public List<Register> operands() {
      List<Register> all = new ArrayList<>();
      all.add(callable);
      all.addAll(args);
      return all;
    }

    @Override
    public ErrorKind errorKind() {
      return ErrorKind.NULL;
    }
  }

  /** C arithmetic or comparison on scalars; {@code op} is the C operator. */
  record CBinary(Register dest, String op, Register left, Register right) implements Op {
    @Override
    public List<Register> operands() {
      return List.of(left, right);
    }
  }

  /** C unary operator on a scalar. */
  record CUnary(Register dest, String op, Register operand) implements Op {
    @Override
    public List<Register> operands() {
      return List.of(operand);
    }
  }

  /** C conversion between scalar types (the destination's type). */
  record Cast(Register dest, Register src) implements Op {
    @Override
    public List<Register> operands() {
      return List.of(src);
    }
  }

  /**
   * Stores a value into a variable. For refcounted values it steals the source: the variable
   * must own what it holds, so a borrowed or still-needed source gets an inc_ref first.
   */
  record Assign(Register dest, Register src) implements Op {
    @Override
    public List<Register> operands() {
      return List.of(src);
    }

    @Override
    public List<Register> stolen() {
      return src.isRefcounted() ? List.of(src) : List.of();
    }
  }

  /**
   * Makes a view variable hold a borrowed view: no acquisition of its own, valid while the
   * buffer its source borrows from stays acquired. Only {@code BorrowedViews} creates it, for
   * variables that only ever hold views borrowed from the caller's arguments.
   */
  record Borrow(Register dest, Register src) implements Op {
    @Override
    public List<Register> operands() {
      return List.of(src);
    }

    @Override
    public boolean borrowedResult() {
      return true;
    }
  }

  /**
   * Raises UnboundLocalError when a variable that may be unassigned is read. {@code dest} is a
   * C int status (0, or -1 on error).
   */
  record CheckBound(Register dest, Register variable) implements Op {
    @Override
    public List<Register> operands() {
      return List.of();
    }

    @Override
    public ErrorKind errorKind() {
      return ErrorKind.NEG_ONE;
    }
  }

  /**
   * Whether a variable that may be unassigned holds a value ({@code dest}, a C bint), without
   * raising: a {@code Branch} on it that ends the block knows the variable holds its value on the
   * true edge. A region's returned object is read this way after its threads, where no path
   * proves the assignment but the region's reason for stopping does.
   */
  record IsBound(Register dest, Register variable) implements Op {
    @Override
    public List<Register> operands() {
      return List.of();
    }
  }

  /**
   * Leaves a variable without a value, as Python 3 does with an {@code except ... as e} name at the
   * end of its clause, or {@code del e}: a later read raises UnboundLocalError. The value it held
   * must already be released; the refcount pass does that right before (a variable's value is
   * replaced here):
   * <pre>
   *   e = steal %3
   *   dec_ref e        # variable's value is replaced by unbind: release the old one
   *   unbind e
   * </pre>
   * For definedness the variable is unassigned after it, so a join with a path where it holds a
   * value releases it with {@code xdec_ref}. With {@code releases} false the value it held has
   * moved elsewhere already (into a generator's frame, which keeps it while suspended), and only
   * the register is cleared.
   */
  record Unbind(Register variable, boolean releases) implements Op {
    public Unbind(Register variable) {
      this(variable, true);
    }

    @Override
    public Register dest() {
      return null;
    }

    @Override
    public List<Register> operands() {
      return List.of();
    }

    @Override
    public Register killed() {
      return variable;
    }
  }

  /** Takes a new reference. Created only by the refcount pass. */
  record IncRef(Register value) implements Op {
    @Override
    public Register dest() {
      return null;
    }

    @Override
    public List<Register> operands() {
      return List.of(value);
    }
  }

  /**
   * Releases a reference. {@code maybeNull} when the variable may be unassigned on some path
   * (an {@code Py_XDECREF}). Created only by the refcount pass.
   */
  record DecRef(Register value, boolean maybeNull) implements Op {
    @Override
    public Register dest() {
      return null;
    }

    @Override
    public List<Register> operands() {
      return List.of(value);
    }
  }
}
