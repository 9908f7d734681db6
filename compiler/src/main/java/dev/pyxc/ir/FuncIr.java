package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
  /** For a method that counts its optional arguments ({@code CFunction.countsOptional}), the parameter holding the count. */
  public Register optionalCount;
  public final List<Register> registers = new ArrayList<>();
  public final List<BasicBlock> blocks = new ArrayList<>();
  /**
   * The source line each op came from, for the annotated HTML and {@code pyxc explain}; ops the
   * refcount pass inserts take the line of the op (or edge) that made them necessary.
   */
  public final Map<Op, Integer> lines = new IdentityHashMap<>();
  /** The source line of each block's terminator (a return, a loop's jump back, a branch). */
  public final Map<BasicBlock, Integer> endLines = new IdentityHashMap<>();
  /** Source parameter {@code i}'s register (past the count of optional arguments, which the source does not name). */
  public Register sourceParam(int i) {
    return optionalCount != null && i >= params.indexOf(optionalCount) ? params.get(i + 1) : params.get(i);
  }

  /** For a cdef function, what callers rely on; null for a def. */
  public final dev.pyxc.sema.CFunction cdef;
  /** The extension type a method belongs to; null for a module-level function. */
  public final String owner;
  /** For a Python class's body, the C name part that makes it unique in the module; null otherwise. */
  public final String pyClassPart;
  /** Whether this function is a class body (its parameters: the class namespace, the closure of its statement). */
  public final boolean classBody;
  /**
   * The {@code binding} directive: a module-level def is a function object that binds as a method
   * (Cython's default), or with {@code binding=False} a builtin function of the module.
   */
  public boolean binding = true;
  /**
   * The {@code allow_none_for_extension_args} directive: with False, a typed extension type,
   * builtin type or view argument refuses None unless declared {@code or None} or defaulting to None.
   */
  public boolean allowNoneArgs = true;
  /**
   * The {@code always_allow_keywords} directive: with False, a function of at most one argument
   * (a method's besides its instance), without defaults, refuses keywords as CPython's METH_O
   * and METH_NOARGS functions do.
   */
  public boolean allowKeywords = true;
  /** The unraisable_tracebacks directive: a noexcept function's lost exception is printed with its traceback first. */
  public boolean unraisableTracebacks = true;
  /** The {@code c_string_encoding} directive (null: none), by which a str argument may be a {@code char *} one. */
  public String stringEncoding;
  /**
   * Whether the function's evaluated defaults are in the module's {@code DefaultSlots}, as those
   * of C-level functions are: a cdef or cpdef function (its Python wrapper too) or a method of an
   * extension type.
   */
  public boolean defaultsInSlots;
  /** A def in the module's body: its view parameters whose evaluated defaults live in module slots (EvaluatedDefaults.viewSlots). */
  public java.util.List<Integer> viewDefaultSlots = java.util.List.of();
  /**
   * Some of its code may run without the GIL (a nogil function, a {@code with nogil:} block): its
   * error checks that ask CPython whether an exception is set take the GIL for the question.
   */
  public boolean mayRunWithoutGil;
  /**
   * A {@code cdef ... with gil} function (or a nogil one whose whole body is {@code with gil:}):
   * callable without the GIL, it holds the GIL for its whole run, taken before its first op and
   * given back after its last (its variables' releases included), as Cython's are. Its object
   * parameters are its own from entry (see RefcountPass): a caller without the GIL may hold no
   * reference it can keep alive for the call.
   */
  public boolean takesGil;
  /** Locals declared {@code volatile}, whose C declarations say so. */
  public final java.util.Set<String> volatileLocals = new java.util.HashSet<>();
  /**
   * Hidden variables that keep their value as the function's Python variables do (released where
   * replaced, or where the function ends) rather than until their last use: each buffer
   * variable's acquisition of its object's buffer ({@code np.ndarray[double] a}), held while the
   * variable holds the object, as in Cython; a parallel region's slot for the object a thread
   * returns, held from the thread's return to the function's.
   */
  public final java.util.Set<Register> ownedHiddenVariables = new java.util.LinkedHashSet<>();
  /**
   * How the function nests with others: for a def or lambda made inside a function or a block of
   * module code, its C names come from {@link dev.pyxc.sema.Closure#cPart}, and when it closes
   * over a scope its first parameter is that scope. Set once by the IR builder.
   */
  public dev.pyxc.sema.Closure closure;
  /**
   * For a generator, the registers its frame keeps while it is suspended, in slot order (filled by
   * {@code refcount.GeneratorFrames}); empty otherwise.
   */
  public final java.util.Set<Register> frameSlots = new java.util.LinkedHashSet<>();
  /**
   * For a generator, its variables that code reaches by address (C arrays, locks): storage of its
   * frame for the generator's whole life (pointers into them stay valid across yields, a lock held
   * across a yield stays held), never copied in or out; empty otherwise.
   */
  public final java.util.Set<Register> frameStorage = new java.util.LinkedHashSet<>();
  /** For a generator, whether a StopIteration escaping its body becomes RuntimeError (PEP 479, see Directives.generatorStop). */
  public boolean generatorStop = true;
  /** The prange loops run by OpenMP threads, outermost ones only (a nested prange is an ordinary loop). */
  public final List<ParallelLoop> parallelLoops = new ArrayList<>();

  /** Whether calling this function makes a generator that runs it. */
  public boolean isGenerator() {
    return closure != null && closure.generator;
  }

  public FuncIr(String name, String qualifiedName, int line, CType returnType) {
    this(name, qualifiedName, line, returnType, null);
  }

  public FuncIr(String name, String qualifiedName, int line, CType returnType, dev.pyxc.sema.CFunction cdef) {
    this(name, qualifiedName, line, returnType, cdef, null);
  }

  public FuncIr(String name, String qualifiedName, int line, CType returnType, dev.pyxc.sema.CFunction cdef, String owner) {
    this(name, qualifiedName, line, returnType, cdef, owner, null, false);
  }

  public FuncIr(String name, String qualifiedName, int line, CType returnType, dev.pyxc.sema.CFunction cdef, String owner,
      String pyClassPart, boolean classBody) {
    this.pyClassPart = pyClassPart;
    this.classBody = classBody;
    this.owner = owner;
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

  /** The source line of {@code op}, or the function's own line when it has none. */
  public int lineOf(Op op) {
    return lines.getOrDefault(op, line);
  }

  /** The source line where {@code b} ends: its terminator's, else its last op's, else the function's. */
  public int lineOfEnd(BasicBlock b) {
    if (b.terminator instanceof Terminator.Check c && c.pos().line() > 0) return c.pos().line();
    Integer end = endLines.get(b);
    if (end != null) return end;
    return b.ops.isEmpty() ? line : lineOf(b.ops.get(b.ops.size() - 1));
  }

  public BasicBlock entry() {
    return blocks.get(0);
  }

  /** Renumbers blocks in list order so printed labels are dense and stable. */
  public void relabel() {
    for (int i = 0; i < blocks.size(); i++) blocks.get(i).label = i;
  }
}
