package dev.pyxc.ast;

import java.util.List;
import java.util.stream.Collectors;

/** A compact, stable S-expression form of the AST for parser tests (positions omitted). */
public final class AstPrinter {
  private AstPrinter() {}

  public static String module(Module m) {
    StringBuilder sb = new StringBuilder();
    if (m.docstring() != null) sb.append("(doc ").append(quote(m.docstring())).append(")\n");
    for (Stmt s : m.body()) stmt(s, 0, sb);
    return sb.toString();
  }

  private static void stmt(Stmt s, int depth, StringBuilder sb) {
    String ind = "  ".repeat(depth);
    if (s instanceof Stmt.FuncDef f) {
      sb.append(ind).append("(def ").append(f.name()).append(f.returnType() == null ? "" : " -> " + type(f.returnType())).append(" (")
          .append(f.params().stream().map(AstPrinter::param).collect(Collectors.joining(" "))).append(")");
      if (f.docstring() != null) sb.append(" (doc ").append(quote(f.docstring())).append(")");
      for (Stmt.Decorator d : f.decorators()) sb.append(" (@ ").append(expr(d.expr())).append(")");
      sb.append('\n');
      block(f.body(), depth + 1, sb);
      sb.append(ind).append(")\n");
    } else if (s instanceof Stmt.ClassDef c) {
      sb.append(ind).append(c.extensionType() ? "(cdef-class " : "(class ").append(c.name());
      if (!c.bases().isEmpty()) {
        sb.append(" (").append(c.bases().stream().map(AstPrinter::expr).collect(Collectors.joining(" "))).append(")");
      }
      for (Expr.Arg k : c.keywords()) sb.append(" (").append(k.keyword()).append("= ").append(expr(k.value())).append(")");
      if (c.docstring() != null) sb.append(" (doc ").append(quote(c.docstring())).append(")");
      for (Stmt.Decorator d : c.decorators()) sb.append(" (@ ").append(expr(d.expr())).append(")");
      sb.append('\n');
      block(c.body(), depth + 1, sb);
      sb.append(ind).append(")\n");
    } else if (s instanceof Stmt.If i) {
      String kw = "if";
      for (Stmt.Branch b : i.branches()) {
        sb.append(ind).append("(").append(kw).append(" ").append(expr(b.cond())).append('\n');
        block(b.body(), depth + 1, sb);
        sb.append(ind).append(")\n");
        kw = "elif";
      }
      if (!i.orElse().isEmpty()) {
        sb.append(ind).append("(else\n");
        block(i.orElse(), depth + 1, sb);
        sb.append(ind).append(")\n");
      }
    } else if (s instanceof Stmt.While w) {
      sb.append(ind).append("(while ").append(expr(w.cond())).append('\n');
      block(w.body(), depth + 1, sb);
      elseBlock(w.orElse(), depth, sb);
      sb.append(ind).append(")\n");
    } else if (s instanceof Stmt.For f) {
      if (f.from() == null) {
        sb.append(ind).append("(for ").append(expr(f.target())).append(" ").append(expr(f.iter())).append('\n');
      } else {
        Stmt.FromBounds b = f.from();
        String rel = b.upward() ? "<" : ">";
        Expr step = Stmt.FromBounds.step(f.iter());
        sb.append(ind).append("(for-from ").append(expr(Stmt.FromBounds.first(f.iter()))).append(' ').append(rel)
            .append(b.firstStrict() ? "" : "=").append(' ').append(expr(f.target())).append(' ').append(rel)
            .append(b.boundStrict() ? "" : "=").append(' ').append(expr(Stmt.FromBounds.bound(f.iter())))
            .append(step == null ? "" : " by " + expr(step)).append('\n');
      }
      block(f.body(), depth + 1, sb);
      elseBlock(f.orElse(), depth, sb);
      sb.append(ind).append(")\n");
    } else if (s instanceof Stmt.Try t) {
      sb.append(ind).append("(try\n");
      block(t.body(), depth + 1, sb);
      for (Stmt.Handler h : t.handlers()) {
        sb.append(ind).append("  (except").append(h.type() == null ? "" : " " + expr(h.type()))
            .append(h.name() == null ? "" : " as " + h.name()).append('\n');
        block(h.body(), depth + 2, sb);
        sb.append(ind).append("  )\n");
      }
      elseBlock(t.orElse(), depth, sb);
      if (!t.finalBody().isEmpty()) {
        sb.append(ind).append("  (finally\n");
        block(t.finalBody(), depth + 2, sb);
        sb.append(ind).append("  )\n");
      }
      sb.append(ind).append(")\n");
    } else if (s instanceof Stmt.With w) {
      sb.append(ind).append("(with").append(w.items().stream()
          .map(it -> " " + expr(it.context()) + (it.target() == null ? "" : " as " + expr(it.target()))).collect(Collectors.joining()))
          .append('\n');
      block(w.body(), depth + 1, sb);
      sb.append(ind).append(")\n");
    } else {
      sb.append(ind).append(simple(s)).append('\n');
    }
  }

  private static void elseBlock(List<Stmt> orElse, int depth, StringBuilder sb) {
    if (orElse.isEmpty()) return;
    sb.append("  ".repeat(depth + 1)).append("(else\n");
    block(orElse, depth + 2, sb);
    sb.append("  ".repeat(depth + 1)).append(")\n");
  }

  private static void block(List<Stmt> body, int depth, StringBuilder sb) {
    for (Stmt s : body) stmt(s, depth, sb);
  }

  private static String param(Stmt.Param p) {
    String s = p.type() == null ? p.name() : "(" + type(p.type()) + " " + p.name() + ")";
    s = switch (p.kind()) {
      case POSITIONAL_ONLY -> s + "/";
      case KEYWORD_ONLY -> ":" + s;
      case STAR -> "*" + s;
      case DSTAR -> "**" + s;
      case POSITIONAL -> s;
    };
    if (p.notNone()) s += " not-None";
    if (p.defaultValue() != null) s += "=" + expr(p.defaultValue());
    return s;
  }

  public static String type(TypeRef t) {
    if (t instanceof TypeRef.Named n) return n.name();
    if (t instanceof TypeRef.ClassAnnotation c) return c.name() + "?";
    if (t instanceof TypeRef.Pointer p) return type(p.target()) + "*";
    if (t instanceof TypeRef.CTuple c) {
      return "(" + c.items().stream().map(AstPrinter::type).collect(Collectors.joining(", ")) + (c.items().size() == 1 ? ",)" : ")");
    }
    if (t instanceof TypeRef.Const c) return "const " + type(c.target());
    if (t instanceof TypeRef.Volatile v) return "volatile " + type(v.target());
    if (t instanceof TypeRef.Array a) {
      // Dimensions in declaration order: `int v[3][4]` is an array of 3 arrays of 4.
      StringBuilder dims = new StringBuilder();
      TypeRef e = a;
      while (e instanceof TypeRef.Array x) {
        dims.append('[').append(x.size() == null ? "" : expr(x.size())).append(']');
        e = x.elem();
      }
      return type(e) + dims;
    }
    if (t instanceof TypeRef.Buffer b) {
      return b.base().name() + "[" + b.args().stream()
          .map(a -> (a.keyword() == null ? "" : a.keyword() + "=") + (a.type() != null ? type(a.type()) : expr(a.value())))
          .collect(Collectors.joining(", ")) + "]";
    }
    if (t instanceof TypeRef.MemoryView mv) {
      return (mv.isConst() ? "const " : "") + mv.dtype().name() + "["
          + mv.axes().stream().map(a -> a.contiguous() ? "::1" : a.spec() != null ? "::" + a.spec() : ":").collect(Collectors.joining(", ")) + "]";
    }
    throw new AssertionError(t);
  }

  private static String simple(Stmt s) {
    if (s instanceof Stmt.ExprStmt e) return "(expr " + expr(e.expr()) + ")";
    if (s instanceof Stmt.Assign a) {
      return "(= " + a.targets().stream().map(AstPrinter::expr).collect(Collectors.joining(" ")) + " " + expr(a.value()) + ")";
    }
    if (s instanceof Stmt.AugAssign a) return "(" + a.op().symbol + "= " + expr(a.target()) + " " + expr(a.value()) + ")";
    if (s instanceof Stmt.CDef c) {
      String vis = c.visibility() == Stmt.Visibility.PRIVATE ? "" : c.visibility().name().toLowerCase() + " ";
      return "(cdef " + vis + type(c.type()) + " " + c.names().stream()
          .map(d -> (d.type() == null ? "" : "(" + type(d.type()) + ")") + (d.init() == null ? d.name() : d.name() + "=" + expr(d.init())))
          .collect(Collectors.joining(" ")) + ")";
    }
    if (s instanceof Stmt.CImport c) {
      return "(cimport " + c.module() + (c.alias() == null ? "" : " as " + c.alias()) + c.names().stream()
          .map(a -> " " + a.name() + (a.asName() == null ? "" : " as " + a.asName())).collect(Collectors.joining()) + ")";
    }
    if (s instanceof Stmt.Assert a) return "(assert " + expr(a.test()) + (a.msg() == null ? "" : " " + expr(a.msg())) + ")";
    if (s instanceof Stmt.Import i) {
      return "(import" + (i.fromModule() == null ? "" : " from " + i.fromModule()) + i.names().stream()
          .map(a -> " " + a.name() + (a.asName() == null ? "" : " as " + a.asName())).collect(Collectors.joining()) + ")";
    }
    if (s instanceof Stmt.ImportStar i) return "(import from " + i.fromModule() + " *)";
    if (s instanceof Stmt.Global g) return "(global " + String.join(" ", g.names()) + ")";
    if (s instanceof Stmt.ComprehensionItem c) return "(comprehension-item)";
    if (s instanceof Stmt.Nonlocal g) return "(nonlocal " + String.join(" ", g.names()) + ")";
    if (s instanceof Stmt.ClassForward f) return "(cdef-class-forward " + f.name() + ")";
    if (s instanceof Stmt.Del d) return "(del " + d.targets().stream().map(AstPrinter::expr).collect(java.util.stream.Collectors.joining(" ")) + ")";
    if (s instanceof Stmt.Break) return "(break)";
    if (s instanceof Stmt.Continue) return "(continue)";
    if (s instanceof Stmt.Pass) return "(pass)";
    if (s instanceof Stmt.Return r) return r.value() == null ? "(return)" : "(return " + expr(r.value()) + ")";
    if (s instanceof Stmt.Raise r) {
      return "(raise" + (r.exc() == null ? "" : " " + expr(r.exc())) + r.legacy().stream().map(e -> ", " + expr(e)).collect(java.util.stream.Collectors.joining())
          + (r.cause() == null ? "" : " from " + expr(r.cause())) + ")";
    }
    throw new AssertionError(s);
  }

  public static String expr(Expr e) {
    if (e instanceof Expr.Name n) return n.id();
    if (e instanceof Expr.IntLit i) return i.value().toString();
    if (e instanceof Expr.FloatLit f) return f.text();
    if (e instanceof Expr.ImagLit i) return i.text();
    if (e instanceof Expr.StrLit s) return quote(s.value());
    if (e instanceof Expr.BytesLit b) return "b" + quote(b.value());
    if (e instanceof Expr.BoolLit b) return b.value() ? "True" : "False";
    if (e instanceof Expr.NoneLit) return "None";
    if (e instanceof Expr.EllipsisLit) return "...";
    if (e instanceof Expr.NullLit) return "NULL";
    if (e instanceof Expr.CharLit c) return "c" + quote(String.valueOf((char) c.value()));
    if (e instanceof Expr.AddressOf a) return "(& " + expr(a.operand()) + ")";
    if (e instanceof Expr.ThreadId) return "(threadid)";
    if (e instanceof Expr.SizeOf so) return "(sizeof " + (so.type() != null ? type(so.type()) : expr(so.operand())) + ")";
    if (e instanceof Expr.BinOp b) return "(" + b.op().symbol + " " + expr(b.left()) + " " + expr(b.right()) + ")";
    if (e instanceof Expr.UnaryOp u) return "(" + u.op().symbol + " " + expr(u.operand()) + ")";
    if (e instanceof Expr.BoolOp b) return "(" + (b.isAnd() ? "and" : "or") + " " + expr(b.left()) + " " + expr(b.right()) + ")";
    if (e instanceof Expr.Not n) return "(not " + expr(n.operand()) + ")";
    if (e instanceof Expr.Compare c) {
      StringBuilder sb = new StringBuilder("(cmp " + expr(c.first()));
      for (int i = 0; i < c.ops().size(); i++) sb.append(" ").append(c.ops().get(i).symbol).append(" ").append(expr(c.rest().get(i)));
      return sb.append(")").toString();
    }
    if (e instanceof Expr.IfExp i) return "(if " + expr(i.cond()) + " " + expr(i.then()) + " " + expr(i.orElse()) + ")";
    if (e instanceof Expr.Call c) {
      return "(call " + expr(c.func()) + c.args().stream()
          .map(a -> " " + "*".repeat(a.stars()) + (a.keyword() == null ? "" : a.keyword() + "=") + expr(a.value()))
          .collect(Collectors.joining()) + ")";
    }
    if (e instanceof Expr.Attribute a) return "(. " + expr(a.obj()) + " " + a.name() + ")";
    if (e instanceof Expr.Subscript s) return "([] " + expr(s.obj()) + " " + expr(s.index()) + ")";
    if (e instanceof Expr.Slice s) {
      return "(slice " + opt(s.lo()) + " " + opt(s.hi()) + " " + opt(s.step()) + ")";
    }
    if (e instanceof Expr.TupleExpr t) return "(tuple" + t.elts().stream().map(x -> " " + expr(x)).collect(Collectors.joining()) + ")";
    if (e instanceof Expr.ListExpr l) return "(list" + l.elts().stream().map(x -> " " + expr(x)).collect(Collectors.joining()) + ")";
    if (e instanceof Expr.SetExpr s) return "(set" + s.elts().stream().map(x -> " " + expr(x)).collect(Collectors.joining()) + ")";
    if (e instanceof Expr.DictExpr d) {
      StringBuilder sb = new StringBuilder("(dict");
      for (int i = 0; i < d.keys().size(); i++) sb.append(" ").append(expr(d.keys().get(i))).append(":").append(expr(d.values().get(i)));
      return sb.append(")").toString();
    }
    if (e instanceof Expr.NamedExpr n) return "(:= " + n.target().id() + " " + expr(n.value()) + ")";
    if (e instanceof Expr.Cast c) return "(<" + type(c.type()) + (c.checked() ? "?" : "") + "> " + expr(c.operand()) + ")";
    if (e instanceof Expr.Yield y) return "(yield" + (y.from() ? "-from" : "") + (y.value() == null ? "" : " " + expr(y.value())) + ")";
    if (e instanceof Expr.Lambda l) {
      return "(lambda (" + l.params().stream().map(AstPrinter::param).collect(Collectors.joining(" ")) + ") " + expr(l.body()) + ")";
    }
    if (e instanceof Expr.Comprehension c) {
      StringBuilder sb = new StringBuilder("(" + c.kind().name().toLowerCase() + "-comp " + expr(c.element()));
      if (c.value() != null) sb.append(":").append(expr(c.value()));
      for (Expr.ComprehensionFor f : c.clauses()) {
        sb.append(" (for ").append(expr(f.target())).append(" ").append(expr(f.iter()));
        for (Expr cond : f.conditions()) sb.append(" (if ").append(expr(cond)).append(")");
        sb.append(")");
      }
      return sb.append(")").toString();
    }
    if (e instanceof Expr.JoinedStr j) return "(f" + j.values().stream().map(x -> " " + expr(x)).collect(Collectors.joining()) + ")";
    if (e instanceof Expr.FormattedValue f) {
      return "(fmt " + expr(f.value()) + (f.conversion() == 0 ? "" : " !" + f.conversion())
          + (f.spec() == null ? "" : " " + expr(f.spec())) + ")";
    }
    throw new AssertionError(e);
  }

  private static String opt(Expr e) {
    return e == null ? "_" : expr(e);
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("'");
    for (char c : s.toCharArray()) {
      if (c == '\'' || c == '\\') sb.append('\\').append(c);
      else if (c == '\n') sb.append("\\n");
      else if (c == '\t') sb.append("\\t");
      else if (c < 32 || c > 126) sb.append(String.format("\\u%04x", (int) c));
      else sb.append(c);
    }
    return sb.append("'").toString();
  }
}
