package dev.pyxc.ir;

import dev.pyxc.diag.Pos;
import java.util.List;

/** How a basic block ends. */
public sealed interface Terminator {
  List<BasicBlock> successors();

  default List<Register> operands() {
    return List.of();
  }

  record Goto(BasicBlock target) implements Terminator {
    @Override
    public List<BasicBlock> successors() {
      return List.of(target);
    }
  }

  /** Branches on a C truth value. */
  record Branch(Register cond, BasicBlock ifTrue, BasicBlock ifFalse) implements Terminator {
    @Override
    public List<BasicBlock> successors() {
      return List.of(ifTrue, ifFalse);
    }

    @Override
    public List<Register> operands() {
      return List.of(cond);
    }
  }

  /**
   * Tests whether the op that defined {@code result} failed (per {@code kind}); on failure the
   * result is undefined and control goes to {@code onError}, recording {@code pos} for the
   * traceback. {@code result} is null for ops that always fail.
   */
  record Check(Register result, ErrorKind kind, BasicBlock ok, BasicBlock onError, Pos pos) implements Terminator {
    @Override
    public List<BasicBlock> successors() {
      return List.of(ok, onError);
    }
  }

  /**
   * Returns a value to the caller, stealing it: the caller receives an owned reference. {@code
   * value} is null in a void cdef function.
   */
  record Return(Register value) implements Terminator {
    @Override
    public List<BasicBlock> successors() {
      return List.of();
    }

    @Override
    public List<Register> operands() {
      return value == null ? List.of() : List.of(value);
    }
  }

  /**
   * A generator's {@code yield}: hands {@code value} (stolen) to whoever resumed the generator and
   * suspends; the next resumption continues at {@code resume}, the block numbered {@code label} in
   * the generator's dispatch. Nothing else may be owned here: what lives on is in the frame.
   */
  record Yield(Register value, BasicBlock resume, int label) implements Terminator {
    @Override
    public List<BasicBlock> successors() {
      return List.of(resume);
    }

    @Override
    public List<Register> operands() {
      return List.of(value);
    }
  }

  /** The function's error exit: adds a traceback entry and returns the error value. */
  record ReturnError() implements Terminator {
    @Override
    public List<BasicBlock> successors() {
      return List.of();
    }
  }

  /**
   * Starts the threads of a prange loop (see {@link ParallelLoop}): they run its iterations, from
   * {@code loop.body}; control goes on at {@code exit} once all have ended.
   */
  record ParallelFor(ParallelLoop loop, BasicBlock exit) implements Terminator {
    @Override
    public List<BasicBlock> successors() {
      return List.of(loop.body, exit);
    }

    @Override
    public List<Register> operands() {
      List<Register> out = new java.util.ArrayList<>();
      for (Register r : java.util.Arrays.asList(loop.nsteps, loop.why, loop.chunksize, loop.numThreads, loop.useThreadsIf)) {
        if (r != null) out.add(r);
      }
      return out;
    }
  }

  /** The end of one iteration of a prange loop: the next one, or {@code exit} after the last. */
  record ParallelNext(ParallelLoop loop, BasicBlock exit) implements Terminator {
    @Override
    public List<BasicBlock> successors() {
      return List.of(loop.body, exit);
    }

    @Override
    public List<Register> operands() {
      return List.of(loop.why);
    }
  }

  record Unreachable() implements Terminator {
    @Override
    public List<BasicBlock> successors() {
      return List.of();
    }
  }
}
