package dev.pyxc.emit;

import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.Const;
import dev.pyxc.ir.ErrorKind;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.Terminator;
import dev.pyxc.sema.CType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * C for one IR function. It prints what the IR says and decides nothing: an inc_ref becomes
 * one {@code Py_INCREF}, a check becomes one test and a goto.
 */
final class FunctionEmitter {
  private final FuncIr fn;
  private final ConstTable consts;
  private final String sourceFile;
  private final StringBuilder out = new StringBuilder();
  private final List<CSpan> spans = new ArrayList<>();
  private final boolean recordSpans;
  private final LineDirectives directives;

  FunctionEmitter(FuncIr fn, ConstTable consts, String sourceFile, boolean recordSpans, LineDirectives directives) {
    this.fn = fn;
    this.consts = consts;
    this.sourceFile = sourceFile;
    this.recordSpans = recordSpans;
    this.directives = directives;
  }

  /**
   * {@code pyxc_pf_f} implements def f (its wrapper calls it), {@code pyxc_pm5Point_f} the def
   * method f of Point; cdef functions and methods are named by {@link dev.pyxc.ir.CSymbols}.
   */
  static String implName(FuncIr fn) {
    if (fn.cdef != null) return dev.pyxc.ir.CSymbols.cdefBodyName(fn.cdef);
    if (fn.classBody) return "pyxc_cb" + fn.pyClassPart;
    if (fn.closure != null && (fn.closure.isNested() || fn.closure.redefinition)) return "pyxc_pf_" + fn.closure.cPart;
    return fn.owner != null ? "pyxc_pm" + dev.pyxc.ir.CSymbols.classPart(fn.owner) + "_" + CNames.ident(fn.name)
        : "pyxc_pf_" + CNames.ident(fn.name);
  }

  String prototype() {
    // A generator's body: resumed with its frame and the value sent in (see FrameEmitter).
    if (fn.isGenerator()) return "static PyObject *" + FrameEmitter.bodyName(fn) + "(PyObject *pyxc_frame, PyObject *pyxc_sent)";
    return callablePrototype();
  }

  /** The C function callers call: for a generator, the one that makes the generator. */
  String callablePrototype() {
    String params = fn.params.isEmpty() ? "void" : fn.params.stream()
        .map(p -> dev.pyxc.ir.CSpelling.declare(p.type(), CNames.reg(p))).collect(Collectors.joining(", "));
    // C varargs: passed by callers, never read (Cython's functions cannot read them either).
    if (fn.cdef != null && fn.cdef.takesVarargs()) params += ", ...";
    String inline = fn.cdef != null && fn.cdef.inline() ? "inline " : "";
    String ret = fn.returnType instanceof CType.Void ? "void " : CNames.type(fn.returnType);
    return "static " + inline + ret + implName(fn) + "(" + params + ")";
  }

  /** The C of {@link #emit}, piece by piece with the source line each piece is for. */
  List<CSpan> spans() {
    return spans;
  }

  /**
   * Records that the C written since {@code mark} was generated for source line {@code line}: a
   * span for the annotated page, and the line's directives before that C.
   */
  private void span(int line, int mark) {
    if (out.length() == mark || !recordSpans && !directives.active()) return;
    String c = out.substring(mark);
    if (directives.active()) {
      out.setLength(mark);
      out.append(directives.attribute(c, line));
    }
    if (!recordSpans) return;
    CSpan last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
    if (last != null && last.line() == line) {
      spans.set(spans.size() - 1, new CSpan(line, last.function(), last.c() + c));
    } else {
      spans.add(new CSpan(line, implName(fn), c));
    }
  }

  /** Writes {@code c}, generated for source line {@code at}. */
  private void write(int at, String c) {
    int mark = out.length();
    out.append(c);
    span(at, mark);
  }

  /**
   * A block's label (and the function's closing brace): no C of its own for the annotated page,
   * but under the current line's directive, which C written after another line's would misnumber.
   */
  private void label(String c) {
    out.append(directives.attribute(c, line));
  }

  /** Each global read of the function and its cache (a static of the function, see pyxc_get_global_cached). */
  private final java.util.IdentityHashMap<Op, Integer> globalCaches = new java.util.IdentityHashMap<>();

  String emit() {
    int mark = out.length();
    out.append(prototype()).append(" {\n");
    Set<Register> used = new HashSet<>();
    for (BasicBlock b : fn.blocks) {
      for (Op op : b.ops) {
        if (op.dest() != null) used.add(op.dest());
        used.addAll(op.operands());
      }
      used.addAll(b.terminator.operands());
      if (b.terminator instanceof Terminator.Check c && c.result() != null) used.add(c.result());
    }
    StringBuilder noViews = new StringBuilder();
    for (BasicBlock b : fn.blocks) {
      for (Op op : b.ops) {
        if (op instanceof Op.Call c && isOpaqueRead(c)) placeAliases.put(c.dest(), c.prim().template());
      }
    }
    for (Register r : fn.registers) {
      if (r.kind() == Register.Kind.PARAM || !used.contains(r)) continue;
      if (fn.frameStorage.contains(r)) {
        out.append(FrameEmitter.storageMacro(fn, r));
        continue;
      }
      if (placeAliases.containsKey(r)) {
        out.append("#define ").append(CNames.reg(r)).append(" (").append(placeAliases.get(r)).append(")\n");
        continue;
      }
      // A C array is storage the program fills, uninitialised as in C. A view holds nothing until
      // its owner is set: only that word is cleared, not the whole struct (144 bytes a view, which
      // a function with many view temporaries would otherwise zero at every call).
      if (r.type() instanceof CType.MemView) noViews.append("    ").append(CNames.reg(r)).append(".owner = NULL;\n");
      String init = r.type() instanceof CType.Struct ? " = {0}" : r.type() instanceof CType.CArray || r.type() instanceof CType.MemView ? ""
          : r.kind() == Register.Kind.LOCAL ? (r.isRefcounted() ? " = NULL" : " = 0") : "";
      // A variable of array type is the array; a temp of one holds its address (C cannot copy arrays).
      CType declared = r.kind() == Register.Kind.TEMP && r.type() instanceof CType.CArray a ? a.decayed() : r.type();
      String decl = dev.pyxc.ir.CSpelling.declare(declared, CNames.reg(r));
      boolean isVolatile = r.kind() == Register.Kind.LOCAL && r.name() != null && fn.volatileLocals.contains(r.name());
      out.append("    ").append(isVolatile ? "volatile " : "").append(decl).append(init).append(";\n");
    }
    out.append(noViews);
    for (BasicBlock b : fn.blocks) {
      for (Op op : b.ops) {
        if (!(op instanceof Op.LoadGlobal)) continue;
        globalCaches.put(op, globalCaches.size());
        out.append("    static pyxc_global_cache pyxc_gc").append(globalCaches.size() - 1).append(";\n");
      }
    }
    hasErrors = fn.blocks.stream().anyMatch(b -> b.terminator instanceof Terminator.ReturnError || b.terminator instanceof Terminator.Check);
    if (hasErrors) out.append("    int pyxc_lineno = ").append(fn.line).append(";\n");
    for (dev.pyxc.ir.ParallelLoop loop : fn.parallelLoops) {
      out.append("    pyxc_parallel_error ").append(loop.errorSlot()).append(" = {0};\n");
    }
    if (fn.isGenerator()) out.append(FrameEmitter.bodyStart(fn));
    if (fn.takesGil) out.append("    PyGILState_STATE pyxc_gil = PyGILState_Ensure();\n");
    span(fn.line, mark);
    regions = ParallelRegions.of(fn);
    line = fn.line;
    emitBlocks(fn.blocks.stream().filter(b -> !regions.inAny(b)).toList());
    label("}\n");
    if (fn.isGenerator()) out.append(FrameEmitter.bodyEnd(fn));
    for (Register r : placeAliases.keySet()) out.append("#undef ").append(CNames.reg(r)).append('\n');
    return out.toString();
  }

  /**
   * Temporaries that name a module variable of an extern type declared without fields instead of
   * copying it: C may define such a type as an array ({@code jmp_buf}), which cannot be copied and,
   * passed on, must be the variable itself ({@code setjmp(ctx)} fills it). The read is the alias.
   */
  private final java.util.Map<Register, String> placeAliases = new java.util.LinkedHashMap<>();

  private static boolean isOpaqueRead(Op.Call c) {
    return c.dest() != null && c.dest().kind() == Register.Kind.TEMP && c.args().isEmpty() && c.prim().name().startsWith("global_read_")
        && c.dest().type() instanceof CType.Struct st && st.type().extern && st.type().fields().isEmpty();
  }

  /** The source line the C being written is for. */
  private int line;

  private void ops(BasicBlock b) {
    for (Op op : b.ops) {
      line = fn.lineOf(op);
      int mark = out.length();
      out.append("    ").append(op(op)).append('\n');
      span(line, mark);
    }
  }

  /** Whether the function declares {@code pyxc_lineno} (it has an error path). */
  private boolean hasErrors;
  private ParallelRegions regions;

  /** Emits blocks in order, each falling through to the next where it can. */
  private void emitBlocks(List<BasicBlock> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      BasicBlock b = blocks.get(i);
      BasicBlock next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      label("  L" + b.label + ":;\n");
      ops(b);
      line = fn.lineOfEnd(b);
      if (b.terminator instanceof Terminator.ParallelFor p) {
        // (its pieces are written for the loop's line; the region's blocks inside for their own)
        parallelFor(p, line);
      } else {
        int mark = out.length();
        terminator(b.terminator, next);
        span(line, mark);
      }
    }
  }

  /**
   * A prange loop: {@code #pragma omp parallel} with the loop's clauses around {@code #pragma omp
   * for} over the iterations, the region's blocks as the body of one iteration (skipped once the
   * loop is stopped). Without OpenMP the pragmas vanish and the same C runs the iterations in
   * order. Each thread raises in a Python thread state of its own when the region can raise.
   */
  private void parallelFor(Terminator.ParallelFor p, int at) {
    dev.pyxc.ir.ParallelLoop loop = p.loop();
    if (loop.enclosingBlock != null) {
      worksharingFor(loop, at);
      write(at, "    goto L" + p.exit().label + ";\n");
      return;
    }
    ParallelRegions.Sharing s = regions.sharing(loop, hasErrors);
    StringBuilder parallel = new StringBuilder("#pragma omp parallel");
    if (loop.useThreadsIf != null) parallel.append(" if(").append(r(loop.useThreadsIf)).append(")");
    if (loop.numThreads != null) {
      String n = r(loop.numThreads);
      parallel.append(" num_threads(").append(n).append(" != 0 ? ").append(n).append(" : omp_get_max_threads())");
    }
    for (java.util.Map.Entry<Register, String> e : loop.reductions.entrySet()) {
      parallel.append(" reduction(").append(e.getValue()).append(":").append(r(e.getKey())).append(")");
    }
    if (!s.privates().isEmpty()) parallel.append(" private(").append(String.join(", ", s.privates())).append(")");
    if (!s.firstPrivates().isEmpty()) parallel.append(" firstprivate(").append(String.join(", ", s.firstPrivates())).append(")");
    write(at, "#ifdef _OPENMP\n" + parallel + "\n#endif\n    {\n");
    if (loop.canRaise) {
      write(at, "#ifdef _OPENMP\n    PyGILState_STATE pyxc_tgil = PyGILState_Ensure();\n"
          + "    PyThreadState *pyxc_tstate = PyEval_SaveThread();\n#endif\n");
    }
    if (loop.block) {
      // Every thread runs the block's blocks once.
      List<BasicBlock> inside = regions.blocks(loop);
      if (inside.get(0) != loop.body) write(at, "    goto L" + loop.body.label + ";\n");
      emitBlocks(inside);
      line = at;
      label("  L" + loop.next.label + ":;\n");
      ops(loop.next);
    } else {
      worksharingFor(loop, at);
    }
    if (loop.canRaise) {
      write(at, "#ifdef _OPENMP\n    PyEval_RestoreThread(pyxc_tstate);\n    PyGILState_Release(pyxc_tgil);\n#endif\n");
    }
    write(at, "    }\n    goto L" + p.exit().label + ";\n");
  }

  /**
   * {@code #pragma omp for} over a loop's iterations, in a team of threads already started (its
   * own, or the parallel() block's: then {@code nowait}, the block's end being the barrier).
   */
  private void worksharingFor(dev.pyxc.ir.ParallelLoop loop, int at) {
    StringBuilder forPragma = new StringBuilder("#pragma omp for");
    if (loop.enclosingBlock != null) forPragma.append(" nowait");
    if (!loop.lastPrivates.isEmpty()) {
      String names = loop.lastPrivates.stream().map(FunctionEmitter::r).collect(java.util.stream.Collectors.joining(", "));
      forPragma.append(" firstprivate(").append(names).append(") lastprivate(").append(names).append(")");
    }
    if (loop.schedule != null) {
      forPragma.append(" schedule(").append(loop.schedule).append(loop.chunksize == null ? "" : ", " + r(loop.chunksize)).append(")");
    }
    String k = r(loop.counter);
    write(at, "#ifdef _OPENMP\n" + forPragma + "\n#endif\n"
        + "    for (" + k + " = 0; " + k + " < " + r(loop.nsteps) + "; " + k + "++) {\n"
        // (a loop nothing can stop runs its bodies without testing `why`: the loop the optimiser sees is C's own)
        + (loop.stoppable ? "    if (__atomic_load_n(&" + r(loop.why) + ", __ATOMIC_RELAXED) < 2) {\n" : "    {\n"));
    List<BasicBlock> inside = regions.blocks(loop);
    if (inside.get(0) != loop.body) write(at, "    goto L" + loop.body.label + ";\n");
    emitBlocks(inside);
    line = at;
    write(at, "    }\n");
    label("  L" + loop.next.label + ":;\n");
    ops(loop.next);
    write(at, "    }\n");
  }

  private static String r(Register r) {
    return CNames.reg(r);
  }

  private String op(Op op) {
    if (op instanceof Op.LoadConst c) {
      return r(c.dest()) + " = " + constant(c.value(), c.dest().type()) + ";";
    } else if (op instanceof Op.LoadGlobal g) {
      Integer cache = globalCaches.get(op);
      String name = consts.ref(new Const.PyStr(g.name()));
      return r(g.dest()) + (cache == null ? " = pyxc_get_global(pyxc_m_dict, " + name + ");"
          : " = pyxc_get_global_cached(pyxc_m_dict, " + name + ", &pyxc_gc" + cache + ");");
    } else if (op instanceof Op.Call c && placeAliases.containsKey(c.dest())) {
      return "/* " + CNames.reg(c.dest()) + ": " + placeAliases.get(c.dest()) + " */";
    } else if (op instanceof Op.Call c) {
      String call = expand(c.prim().template(), c.args());
      return (c.dest() == null ? call : r(c.dest()) + " = " + call) + ";";
    } else if (op instanceof Op.CallPy c) {
      return callPy(c);
    } else if (op instanceof Op.CBinary b) {
      return r(b.dest()) + " = " + r(b.left()) + " " + b.op() + " " + r(b.right()) + ";";
    } else if (op instanceof Op.CUnary u) {
      return r(u.dest()) + " = " + u.op() + r(u.operand()) + ";";
    } else if (op instanceof Op.Cast c) {
      return r(c.dest()) + " = (" + CNames.type(c.dest().type()).strip() + ")" + r(c.src()) + ";";
    } else if (op instanceof Op.Assign a) {
      return r(a.dest()) + " = " + r(a.src()) + ";";
    } else if (op instanceof Op.Borrow b) {
      return r(b.dest()) + " = " + r(b.src()) + ";";
    } else if (op instanceof Op.CheckBound c) {
      return r(c.dest()) + " = " + r(c.variable()) + (c.variable().type() instanceof CType.MemView ? ".owner" : "")
          + " ? 0 : pyxc_unbound_local("
          + CNames.cString(c.variable().name()) + ");";
    } else if (op instanceof Op.IsBound ib) {
      return r(ib.dest()) + " = " + r(ib.variable()) + (ib.variable().type() instanceof CType.MemView ? ".owner" : "") + " != NULL;";
    } else if (op instanceof Op.Unbind u) {
      return r(u.variable()) + (u.variable().type() instanceof CType.MemView ? ".owner" : "") + " = NULL;";
    } else if (op instanceof Op.IncRef i) {
      return incRef(i.value());
    } else if (op instanceof Op.DecRef d) {
      return decRef(d.value(), d.maybeNull());
    } else {
      throw new AssertionError(op);
    }
  }

  /** A view's acquisition is its reference: one runtime call either way. */
  private static String incRef(Register v) {
    return v.type() instanceof CType.MemView ? "pyxc_mv_acquire(&" + r(v) + ");" : "Py_INCREF(" + r(v) + ");";
  }

  private static String decRef(Register v, boolean maybeNull) {
    if (v.type() instanceof CType.MemView) return (maybeNull ? "pyxc_mv_xrelease(&" : "pyxc_mv_release(&") + r(v) + ");";
    return (maybeNull ? "Py_XDECREF(" : "Py_DECREF(") + r(v) + ");";
  }

  private String callPy(Op.CallPy c) {
    int nkw = c.kwNames().size();
    int npos = c.args().size() - nkw;
    if (c.args().isEmpty()) return r(c.dest()) + " = PyObject_CallNoArgs(" + r(c.callable()) + ");";
    String arr = "{NULL, " + c.args().stream().map(FunctionEmitter::r).collect(Collectors.joining(", ")) + "}";
    String kw = nkw == 0 ? "NULL" : consts.ref(new Const.PyKwNames(c.kwNames()));
    return "{ PyObject *pyxc_args[] = " + arr + "; " + r(c.dest()) + " = PyObject_Vectorcall(" + r(c.callable())
        + ", pyxc_args + 1, " + npos + " | PY_VECTORCALL_ARGUMENTS_OFFSET, " + kw + "); }";
  }

  private static String expand(String template, List<Register> args) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c != '%' || i + 1 >= template.length()) {
        sb.append(c);
        continue;
      }
      char n = template.charAt(++i);
      if (n == 'n') sb.append(args.size());
      else if (n == '*') {
        if (args.isEmpty() && sb.toString().endsWith(", ")) sb.setLength(sb.length() - 2);
        sb.append(args.stream().map(FunctionEmitter::r).collect(Collectors.joining(", ")));
      }
      else {
        int k = n - '0';
        while (i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) k = k * 10 + (template.charAt(++i) - '0');
        sb.append(r(args.get(k)));
      }
    }
    return sb.toString();
  }

  private String constant(Const c, CType type) {
    if (c instanceof Const.CInt i) {
      return cInt(i.value(), type);
    } else if (c instanceof Const.CFloat f) {
      return cDouble(f.value());
    } else if (c instanceof Const.CImag z) {
      return "((" + CNames.type(type).strip() + ")__builtin_complex(0.0, " + cDouble(z.value()) + "))";
    } else if (c instanceof Const.CString str) {
      return "(" + CNames.type(type).strip() + ")" + CNames.cBytes(str.bytes());
    } else {
      return consts.ref(c);
    }
  }

  static String cInt(BigInteger v, CType type) {
    String ctype = CNames.type(type).strip();
    if (type instanceof CType.CInt ci && !ci.kind().signed) return "(" + ctype + ")" + v + "ULL";
    if (v.bitLength() >= 31) return "(" + ctype + ")" + v + "LL";
    return "(" + ctype + ")" + v;
  }

  static String cDouble(double d) {
    if (Double.isNaN(d)) return "Py_NAN";
    if (Double.isInfinite(d)) return d > 0 ? "Py_HUGE_VAL" : "(-Py_HUGE_VAL)";
    if (d == 0) return 1 / d < 0 ? "-0.0" : "0.0";
    if (d == Math.rint(d) && Math.abs(d) < 1e15) return (long) d + ".0";
    return Double.toHexString(d);
  }

  private void terminator(Terminator t, BasicBlock next) {
    if (t instanceof Terminator.Goto g) {
      if (g.target() != next) out.append("    goto L").append(g.target().label).append(";\n");
    } else if (t instanceof Terminator.Branch b) {
      out.append("    if (").append(r(b.cond())).append(") goto L").append(b.ifTrue().label)
          .append("; else goto L").append(b.ifFalse().label).append(";\n");
    } else if (t instanceof Terminator.Check c) {
      String failed = switch (c.kind()) {
        case NULL -> "!" + r(c.result()) + (c.result().type() instanceof CType.MemView ? ".owner" : "");
        case NEG_ONE -> r(c.result()) + " == -1";
        case NEG_ONE_AND_ERR -> r(c.result()) + " == (" + CNames.type(c.result().type()).strip() + ")-1 && " + errOccurred();
        case ERR_OCCURRED -> errOccurred();
        case ALWAYS -> "1";
        case NEVER -> "0";
    };
      String lineSet = c.pos().line() > 0 ? "pyxc_lineno = " + c.pos().line() + "; " : "";
      if (c.kind() == ErrorKind.ALWAYS) {
        out.append("    ").append(lineSet).append("goto L").append(c.onError().label).append(";\n");
        return;
    }
      out.append("    if (unlikely(").append(failed).append(")) { ").append(lineSet)
          .append("goto L").append(c.onError().label).append("; }\n");
      if (c.ok() != next) out.append("    goto L").append(c.ok().label).append(";\n");
    } else if (t instanceof Terminator.Yield y) {
      out.append("    ").append(dev.pyxc.ir.GeneratorPrimitives.frame(fn)).append("->label = ").append(y.label())
          .append(";\n    return ").append(r(y.value())).append(";\n");
    } else if (t instanceof Terminator.Return ret) {
      if (fn.isGenerator()) out.append("    ").append(dev.pyxc.ir.GeneratorPrimitives.frame(fn)).append("->label = -1;\n");
      if (fn.takesGil) out.append("    PyGILState_Release(pyxc_gil);\n");
      out.append(ret.value() == null ? "    return;\n" : "    return " + r(ret.value()) + ";\n");
    } else if (t instanceof Terminator.ReturnError e) {
      if (fn.isGenerator()) out.append("    ").append(dev.pyxc.ir.GeneratorPrimitives.frame(fn)).append("->label = -1;\n");
      String value = fn.cdef == null ? "NULL" : fn.cdef.errorValue();
      // A result with no error value (a struct, `except *`): the caller asks PyErr_Occurred(); the value returned is zeros.
      if (value == null && !(fn.returnType instanceof CType.Void)) value = "(" + CNames.type(fn.returnType).strip() + "){0}";
      // A nogil function may be called without the GIL: it takes it to report the exception.
      String thread = fn.cdef != null && fn.cdef.nogil() && !fn.takesGil ? "_any_thread" : "";
      if (fn.cdef != null && fn.cdef.propagation() == dev.pyxc.sema.CFunction.Propagation.NONE) {
        // As Cython reports it: printed first (unless unraisable_tracebacks is off), then given to sys.unraisablehook.
        String writer = fn.unraisableTracebacks ? (thread.isEmpty() ? "pyxc_write_unraisable_traceback" : "pyxc_write_unraisable_any_thread")
            : thread.isEmpty() ? "pyxc_write_unraisable" : "pyxc_write_unraisable_plain_any_thread";
        out.append("    ").append(writer).append("(").append(CNames.cString(fn.qualifiedName)).append(");\n");
      } else {
        out.append("    pyxc_add_traceback").append(thread).append("(").append(CNames.cString(fn.qualifiedName))
            .append(", pyxc_lineno, ").append(CNames.cString(sourceFile)).append(");\n");
      }
      if (fn.takesGil) out.append("    PyGILState_Release(pyxc_gil);\n");
      out.append(value == null ? "    return;\n" : "    return " + value + ";\n");
    } else if (t instanceof Terminator.Unreachable u) {
      out.append("    Py_UNREACHABLE();\n");
    } else {
      throw new AssertionError(t);
    }
  }

  /** Whether an exception is set, asked with the GIL where the function may run without it. */
  private String errOccurred() {
    return fn.mayRunWithoutGil ? "pyxc_err_occurred_any_thread()" : "PyErr_Occurred()";
  }
}
