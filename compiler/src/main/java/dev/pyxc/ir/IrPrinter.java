package dev.pyxc.ir;

import dev.pyxc.refcount.RefcountPass;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The IR's stable text form, used by {@code --dump-ir}, golden tests and the docs. Ownership is
 * visible: borrowed results say {@code borrow}, stolen operands are marked {@code steal}, and
 * ops inserted by the refcount pass carry the rule that inserted them.
 */
public final class IrPrinter {
  private IrPrinter() {}

  public static String print(FuncIr fn) {
    return print(fn, Map.of());
  }

  public static String print(FuncIr fn, Map<Op, RefcountPass.Reason> reasons) {
    StringBuilder sb = new StringBuilder();
    sb.append("def ").append(fn.qualifiedName).append('(');
    sb.append(fn.params.stream().map(p -> p + ": " + p.type().name()).collect(Collectors.joining(", ")));
    sb.append(") -> ").append(fn.returnType.name()).append('\n');
    for (BasicBlock b : fn.blocks) {
      sb.append("  L").append(b.label).append(":\n");
      for (Op op : b.ops) {
        String line = op(op);
        RefcountPass.Reason why = reasons.get(op);
        sb.append("    ").append(line);
        if (why != null) sb.append("  # ").append(why.text());
        sb.append('\n');
      }
      sb.append("    ").append(terminator(b.terminator)).append('\n');
    }
    return sb.toString();
  }

  private static String def(Register d, String rhs) {
    return d == null ? rhs : d + " = " + rhs;
  }

  public static String op(Op op) {
    if (op instanceof Op.LoadConst c) {
      return def(c.dest(), (c.borrowedResult() ? "borrow " : "") + "const " + constant(c.value()));
    } else if (op instanceof Op.LoadGlobal g) {
      return def(g.dest(), "load_global '" + g.name() + "'");
    } else if (op instanceof Op.Call c) {
      return def(c.dest(), (c.borrowedResult() ? "borrow " : "") + c.prim().name()
          + (c.args().isEmpty() ? "" : " " + args(c.args(), c.stolen())));
    } else if (op instanceof Op.CallPy c) {
      return def(c.dest(), "call " + c.callable() + "(" + c.args().stream().map(Register::toString)
          .collect(Collectors.joining(", ")) + ")" + (c.kwNames().isEmpty() ? "" : " kw=" + c.kwNames()));
    } else if (op instanceof Op.CBinary b) {
      return def(b.dest(), b.left() + " " + b.op() + " " + b.right());
    } else if (op instanceof Op.CUnary u) {
      return def(u.dest(), u.op() + u.operand());
    } else if (op instanceof Op.Cast c) {
      return def(c.dest(), "(" + c.dest().type().name() + ") " + c.src());
    } else if (op instanceof Op.Assign a) {
      return a.dest() + " = " + (a.src().isRefcounted() ? "steal " : "") + a.src();
    } else if (op instanceof Op.Borrow b) {
      return b.dest() + " = borrow " + b.src();
    } else if (op instanceof Op.CheckBound c) {
      return def(c.dest(), "check_bound " + c.variable());
    } else if (op instanceof Op.IsBound ib) {
      return def(ib.dest(), "is_bound " + ib.variable());
    } else if (op instanceof Op.Unbind u) {
      return "unbind " + u.variable() + (u.releases() ? "" : "  # its value is in the frame");
    } else if (op instanceof Op.IncRef i) {
      return "inc_ref " + i.value();
    } else if (op instanceof Op.DecRef d) {
      return (d.maybeNull() ? "xdec_ref " : "dec_ref ") + d.value();
    } else {
      throw new AssertionError(op);
    }
  }

  private static String args(java.util.List<Register> args, java.util.List<Register> stolen) {
    return args.stream().map(r -> (stolen.contains(r) ? "steal " : "") + r).collect(Collectors.joining(", "));
  }

  public static String terminator(Terminator t) {
    if (t instanceof Terminator.Goto g) {
      return "goto " + g.target();
    } else if (t instanceof Terminator.Branch b) {
      return "if " + b.cond() + " goto " + b.ifTrue() + " else " + b.ifFalse();
    } else if (t instanceof Terminator.Check c) {
      return "check " + (c.result() == null ? "raise" : c.result() + " " + c.kind().name().toLowerCase())
          + " ok " + c.ok() + " error " + c.onError() + " @" + c.pos();
    } else if (t instanceof Terminator.Yield y) {
      return "yield steal " + y.value() + " resume " + y.resume();
    } else if (t instanceof Terminator.Return r) {
      return "return steal " + r.value();
    } else if (t instanceof Terminator.ReturnError e) {
      return "return_error";
    } else if (t instanceof Terminator.ParallelFor p) {
      return "parallel_for " + p.loop().id + " n " + p.loop().nsteps + " counter " + p.loop().counter + " body " + p.loop().body
          + " exit " + p.exit();
    } else if (t instanceof Terminator.ParallelNext p) {
      return "parallel_next " + p.loop().id + " body " + p.loop().body + " exit " + p.exit();
    } else if (t instanceof Terminator.Unreachable u) {
      return "unreachable";
    } else {
      throw new AssertionError(t);
    }
  }

  public static String constant(Const c) {
    if (c instanceof Const.PyInt i) {
      return i.value().toString();
    } else if (c instanceof Const.PyFloat f) {
      return Double.toString(f.value());
    } else if (c instanceof Const.PyComplex z) {
      return Double.toString(z.imag()) + "j";
    } else if (c instanceof Const.PyStr s) {
      return "'" + escape(s.value()) + "'";
    } else if (c instanceof Const.PyBytes b) {
      return "b'" + escape(b.value()) + "'";
    } else if (c instanceof Const.PyNone n) {
      return "None";
    } else if (c instanceof Const.PyBool b) {
      return b.value() ? "True" : "False";
    } else if (c instanceof Const.PyEllipsis e) {
      return "Ellipsis";
    } else if (c instanceof Const.PyKwNames k) {
      return k.names().toString();
    } else if (c instanceof Const.PyTuple t) {
      return t.items().stream().map(IrPrinter::constant).collect(java.util.stream.Collectors.joining(", ", "(", t.items().size() == 1 ? ",)" : ")"));
    } else if (c instanceof Const.CInt i) {
      return i.value() + " (C)";
    } else if (c instanceof Const.CFloat f) {
      return f.text() + " (C)";
    } else if (c instanceof Const.CImag z) {
      return z.text() + "j (C)";
    } else if (c instanceof Const.CString cs) {
      return "b'" + escape(cs.bytes()) + "' (C)";
    } else {
      throw new AssertionError(c);
    }
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (ch == '\\' || ch == '\'') sb.append('\\').append(ch);
      else if (ch == '\n') sb.append("\\n");
      else if (ch < 32 || ch > 126) sb.append(String.format("\\x%02x", (int) ch));
      else sb.append(ch);
    }
    return sb.toString();
  }
}
