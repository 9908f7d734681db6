package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Exprs;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.Stmts;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.Const;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.ViewPrimitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.Types;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Buffer variables ({@code np.ndarray[double, ndim=2] a}): each is its object's variable and a
 * hidden view local holding that object's buffer acquired. No new kind of owner: the view is an
 * ordinary view local (released when replaced and at the function's exit by the refcount pass),
 * acquired where the function starts (a parameter) and at every assignment of the variable; an
 * acquisition that fails leaves both as they were. Indexing with a C integer on every axis (sema
 * types that subscript as the item type) reads the view; anything else uses the object.
 */
final class BufferLowering {
  private final FunctionBuilder fb;
  /** Each buffer variable's view of its buffer. */
  private final Map<String, Register> views = new HashMap<>();
  /** The buffer variables the function stores through: only those ask for a writable buffer. */
  private final Set<String> written = new HashSet<>();

  BufferLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  /** Gives each buffer variable of {@code vars} its view: a parameter's buffer acquired, a local's None. */
  void declare(Map<String, Register> vars, Set<Register> params) {
    collectWrites(fb.fi.def().body());
    for (Map.Entry<String, Register> v : vars.entrySet()) {
      CType.Buffer b = Types.bufferOf(v.getValue().type());
      if (b == null) continue;
      Register view = fb.hiddenVar(b.view(), "buf_" + v.getKey());
      fb.fn.ownedHiddenVariables.add(view);
      views.put(v.getKey(), view);
      Register source = params.contains(v.getValue()) ? v.getValue() : fb.constant(new Const.PyNone(), CType.OBJECT);
      fb.assign(view, acquire(v.getKey(), b, source, fb.fi.def().pos()));
    }
  }

  private Register acquire(String name, CType.Buffer b, Register object, Pos pos) {
    return fb.call(ViewPrimitives.bufferAcquire(b, written.contains(name)), pos, object);
  }

  /** Stores {@code value} (of the variable's type) into local {@code var}: a buffer variable's buffer acquired first. */
  void assign(String name, Register var, Register value, Pos pos) {
    if (views.containsKey(name)) store(name, var, value, pos);
    else fb.assign(var, value);
  }

  private void store(String name, Register var, Register value, Pos pos) {
    Register view = acquire(name, Types.bufferOf(var.type()), value, pos);
    fb.assign(views.get(name), view);
    fb.assign(var, value);
  }

  /** Whether this subscript reads an element of a buffer variable's buffer (an object one's too), as sema decided. */
  boolean isElement(Expr.Subscript s) {
    return s.obj() instanceof Expr.Name n && views.containsKey(n.id()) && Types.isBufferElement(buffer(s), s, fb::typeOf);
  }

  Register element(Expr.Subscript s) {
    return fb.views.bufferElement(s, view(s), buffer(s));
  }

  Register elementAddress(Expr.Subscript s) {
    return fb.views.bufferElementAddress(s, view(s), buffer(s));
  }

  void storeElement(Expr.Subscript s, Register value, Pos pos) {
    fb.views.storeIntoBuffer(s, view(s), buffer(s), value, pos);
  }

  void augAssignElement(Stmt.AugAssign a, Expr.Subscript s) {
    fb.views.augAssignBuffer(a, s, view(s), buffer(s));
  }

  /** The buffer's view, after reading the variable (an unbound one raises UnboundLocalError there). */
  private Register view(Expr.Subscript s) {
    fb.expr(s.obj());
    return views.get(((Expr.Name) s.obj()).id());
  }

  private CType.Buffer buffer(Expr.Subscript s) {
    return Types.bufferOf(fb.fi.symbol(((Expr.Name) s.obj()).id()).type());
  }

  /** The buffer variables the statements store through ({@code a[i] = v}, {@code a[i] += v}), on any path. */
  private void collectWrites(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Assign a) a.targets().forEach(this::collectWrite);
      else if (s instanceof Stmt.AugAssign a) collectWrite(a.target());
      else if (s instanceof Stmt.For f) collectWrite(f.target());
      if (s instanceof Stmt.FuncDef || s instanceof Stmt.ClassDef) continue;
      for (List<Stmt> block : Stmts.blocks(s)) collectWrites(block);
    }
  }

  private void collectWrite(Expr target) {
    // (`p[i].x = v` writes a struct item's field in the buffer)
    while (target instanceof Expr.Attribute a && a.obj() instanceof Expr.Subscript) target = a.obj();
    CType.Buffer b = target instanceof Expr.Subscript s && s.obj() instanceof Expr.Name n && fb.fi.symbol(n.id()) != null
        ? Types.bufferOf(fb.fi.symbol(n.id()).type()) : null;
    if (b != null && Types.isBufferElement(b, (Expr.Subscript) target, e -> fb.fi.exprTypes().get(e))) {
      written.add(((Expr.Name) ((Expr.Subscript) target).obj()).id());
    }
    List<Expr> parts = Exprs.elements(target);
    if (parts != null) parts.forEach(p -> collectWrite(p instanceof Expr.Starred st ? st.value() : p));
  }
}
