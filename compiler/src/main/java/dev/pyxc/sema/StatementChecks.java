package dev.pyxc.sema;

import dev.pyxc.ast.BinaryOp;
import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Exprs;
import dev.pyxc.ast.Stmt;
import java.util.List;

/**
 * Checks statements once types are known: control flow (conditions, loops and their C range
 * loops, break and continue), returns against the function's return type, raise, try, assert,
 * and the directives a {@code with} block sets. Assignments go to {@link AssignmentChecks}.
 */
final class StatementChecks {
  private final FunctionChecker fn;
  private final WithChecks withs;

  StatementChecks(FunctionChecker fn) {
    this.fn = fn;
    this.withs = new WithChecks(fn);
  }

  void checkBlock(List<Stmt> body) {
    int compiled = Reachability.compiled(body, fn.fnDirectives.get("remove_unreachable")).size();
    for (int i = 0; i < body.size(); i++) {
      if (i < compiled) checkStmt(body.get(i));
      if (i + 1 < body.size() && Reachability.endsControl(body.get(i)) && fn.current.get("warn.unreachable")) {
        fn.diags.warning(Reachability.warningPos(body.get(i + 1)), "Unreachable code");
      }
    }
  }

  private void checkStmt(Stmt s) {
    if (fn.withoutGil && Gil.isPrintStatement(s, fn.current)) {
      // Python 2's print statement takes the GIL for itself (as Cython does).
      fn.withoutGil = false;
      fn.type(((Stmt.ExprStmt) s).expr());
      fn.withoutGil = true;
      return;
    }
    if (s instanceof Stmt.ExprStmt e) {
      if (fn.withoutGil && e.expr() instanceof Expr.Name n) fn.nogil.target(n); // (a bare name is not looked up: nothing to report)
      boolean discarded = fn.withoutGil && e.expr() instanceof Expr.Call c && ParallelLoops.prangeCall(c, fn.module.cythonNames) == null
          && fn.nogil.discardsObject(c);
      // Its result would be released at once.
      if (discarded) fn.report(e.expr().pos(), "Discarding owned Python object not allowed without gil");
      CType t = fn.type(e.expr());
      if (fn.withoutGil && !discarded && fn.nogil.ownedResult(e.expr(), t)) {
        fn.report(NogilChecks.placed(e.expr()), "Discarding owned Python object not allowed without gil");
      }
    } else if (s instanceof Stmt.Assign a) {
      boolean objectTarget = false;
      if (fn.withoutGil) {
        // (each target of `x, y = ...` is assigned as a target of its own)
        List<Expr> targets = new java.util.ArrayList<>();
        for (Expr t : a.targets()) targets.addAll(Exprs.elements(t) != null && !Exprs.hasStarred(Exprs.elements(t)) ? Exprs.elements(t) : List.of(t));
        List<Expr> unpacked = a.targets().size() == 1 ? Exprs.elements(a.targets().get(0)) : null;
        if (unpacked != null && !isPairwise(a.targets().get(0), a.value()) && fn.type(a.value()) instanceof CType.PyObject) {
          // `a, b = obj`: the object is unpacked as a sequence into a tuple of its items first.
          fn.report(NogilChecks.placed(a.targets().get(0)), "Assignment of Python object not allowed without gil");
          fn.report(NogilChecks.placed(a.targets().get(0)), "Constructing Python tuple not allowed without gil");
        }
        if (a.targets().size() == 1 && isPairwise(a.targets().get(0), a.value())) {
          // `x, y = y, x`: each object value is held in a temporary first.
          for (Expr v : Exprs.elements(a.value())) {
            if (fn.type(v) instanceof CType.PyObject) fn.report(v.pos(), "Creating temporary Python reference not allowed without gil");
          }
        }
        for (Expr t : targets) {
          boolean local = t instanceof Expr.Name n && fn.symbols.containsKey(n.id()) && !fn.globals.contains(n.id());
          boolean pythonGlobal = t instanceof Expr.Name n && !local && !fn.module.variables.containsKey(n.id());
          if (t instanceof Expr.Name n && (pythonGlobal || local && fn.inference.localType(n.id()) instanceof CType.PyObject)) {
            fn.report(n.pos(), "Assignment of Python object not allowed without gil");
            fn.nogil.target(n);
            objectTarget = true;
          } else if (t instanceof Expr.Subscript sub && fn.type(sub.obj()) instanceof CType.MemView mv
              && mv.dtype() instanceof CType.PyObject) {
            fn.report(sub.pos(), "Assignment of Python object not allowed without gil"); // (an element of object[:])
          } else if (t instanceof Expr.Subscript sub && fn.type(sub.obj()) instanceof CType.PyObject
              && !(fn.type(sub) != null && !(fn.type(sub) instanceof CType.PyObject))) {
            // (an item typed as a C value, of a buffer variable or a typed bytearray, is stored in C)
            fn.report(sub.pos(), "Assignment of Python object not allowed without gil"); // (an item set on an object)
          } else if (t instanceof Expr.Attribute at && (fn.nogil.isPythonAttribute(at) || fn.nogil.isObjectField(at))) {
            fn.report(at.pos(), "Assignment of Python object not allowed without gil");
          }
        }
      }
      int mark = fn.diags.mark();
      // (A display stored item by item, into a pair of targets or a C array's elements, is no Python value.)
      boolean itemwise = a.targets().size() == 1 && (isPairwise(a.targets().get(0), a.value())
          || CPointers.isMadeInPlace(a.targets().get(0), a.value(), this::placeType));
      if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name tn && fn.symbols.containsKey(tn.id())) {
        fn.calls.fused.specializeFor(a.value(), fn.symbols.get(tn.id()).type());
      } else if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name tn && fn.module.variables.containsKey(tn.id())) {
        // (a module variable, where the module or a function naming it global assigns it)
        fn.calls.fused.specializeFor(a.value(), fn.module.variables.get(tn.id()).type());
      }
      CType vt = itemwise ? itemsOnly(a.value()) : fn.type(a.value());
      if (objectTarget) fn.nogil.converted(a.value(), vt);
      if (fn.withoutGil && !objectTarget && vt instanceof CType.PyObject && a.targets().size() == 1
          && a.targets().get(0) instanceof Expr.Name n && fn.symbols.containsKey(n.id())
          && !(fn.inference.localType(n.id()) instanceof CType.PyObject) && fn.recording) {
        // Unboxing is named before what made the object.
        fn.diags.errorAt(mark, a.value().pos(), "Coercion from Python not allowed without the GIL");
      }
      java.util.List<Expr> unpacked = a.targets().size() == 1 ? dev.pyxc.ast.Exprs.elements(a.targets().get(0)) : null;
      CPointers.ConstantSlice slice = unpacked != null && !dev.pyxc.ast.Exprs.hasStarred(unpacked)
          ? CPointers.constantSlice(a.value(), fn::type) : null;
      if (unpacked != null && !dev.pyxc.ast.Exprs.hasStarred(unpacked) && CTuples.is(vt)) {
        // `x, y = t` of a C tuple: each target takes its item, as Cython unrolls it.
        java.util.List<CType> items = ((CType.Struct) vt).type().items();
        if (items.size() != unpacked.size()) {
          fn.report(a.value().pos(), "Assignment to/from slice of wrong length, expected " + items.size() + ", got " + unpacked.size());
        } else {
          for (int i = 0; i < items.size(); i++) fn.assignments.checkTarget(unpacked.get(i), items.get(i), a.value().pos());
        }
      } else if (slice != null && slice.length() == unpacked.size()) {
        // `x, y, z = p[1:4]`: each target takes an element, as Cython unpacks the slice in C.
        CType elem = CPointers.element(CPointers.sliceBase(((Expr.Subscript) a.value()).obj(), fn::type));
        for (Expr t : unpacked) fn.assignments.checkTarget(t, elem, a.value().pos());
      } else if (slice != null) {
        // Cython then takes the slice as the pointer it is, which no Python object can be made of.
        fn.report(a.value().pos(), "Assignment to/from slice of wrong length, expected " + slice.length() + ".0, got " + unpacked.size());
        CType base = CPointers.decay(CPointers.sliceBase(((Expr.Subscript) a.value()).obj(), fn::type));
        fn.report(a.value().pos(), "Cannot convert '" + base.name() + "' to Python object");
      } else {
        for (Expr t : a.targets()) {
          if (a.targets().size() == 1) fn.assignments.checkAssignment(t, a.value(), vt);
          else fn.assignments.checkTarget(t, vt, a.value().pos());
        }
      }
    } else if (s instanceof Stmt.AugAssign a) {
      CType tt = fn.type(a.target());
      // (an element of a buffer variable is one when sema typed it as the item type)
      boolean buffer = a.target() instanceof Expr.Subscript sub && fn.subscripts.bufferVariable(sub.obj()) != null
          && tt != null && !(tt instanceof CType.PyObject);
      if (a.target() instanceof Expr.Subscript sub && (fn.types.get(sub.obj()) instanceof CType.MemView || buffer)
          && a.op() == BinaryOp.POW) {
        fn.diags.error(sub.pos(), "No C inplace power operator");
      }
      if (a.target() instanceof Expr.Subscript sub && (fn.types.get(sub.obj()) instanceof CType.MemView || buffer)
          && tt instanceof CType.CInt && (a.op() == BinaryOp.FLOORDIV || a.op() == BinaryOp.MOD || buffer && a.op() == BinaryOp.DIV)
          && !fn.current.get("cdivision")) {
        fn.diags.error(sub.pos(), "In-place non-c divide operators not allowed on int buffers.");
      }
      if (a.target() instanceof Expr.Subscript sub && fn.types.get(sub.obj()) instanceof CType.Pointer p && p.constTarget()) {
        fn.diags.error(sub.pos(), "Assignment to const dereference");
      }
      CType vt = CPointers.inPlaceOperandType(tt, a.op(), fn.type(a.value()));
      if (fn.withoutGil) fn.nogil.augmented(a, tt, fn.type(a.value()));
      if (tt != null && vt != null) {
        CType rt = fn.expressions.binaryType(a.op(), tt, vt, s.pos());
        // (`x **= y` stores its power straight into x: computed as x's kind where Cython re-types it)
        if (a.op() == BinaryOp.POW && ExpressionTypes.isCReal(tt) && ExpressionTypes.isCReal(vt)) {
          CType coerced = PowerTypes.coerced(fn.current.isGiven("cpow"), tt, vt, null, a.value(), tt);
          rt = coerced != null ? coerced : PowerTypes.of(fn.current.get("cpow"), tt, vt, null, a.value());
        }
        if (rt != null && a.target() instanceof Expr.Name) fn.assignments.checkAssignable(rt, tt, a.value().pos());
        CType setterTakes = a.target() instanceof Expr.Attribute at ? fn.assignments.setterValueType(at) : null;
        if (rt != null && setterTakes != null) fn.assignments.checkAssignable(rt, setterTakes, a.value().pos());
      }
    } else if (s instanceof Stmt.CDef c) {
      for (Stmt.Declarator d : c.names()) {
        if (d.init() == null) continue;
        ConstVariables.Constness constness = fn.constLocals.contains(d.name())
            ? (fn.constArrays.contains(d.name()) ? ConstVariables.Constness.ARRAY : ConstVariables.Constness.VARIABLE)
            : fn.moduleScope && fn.symbols.get(d.name()) == null ? fn.module.constVariables.get(d.name()) : null;
        if (constness != null) fn.assignments.constAssignment(d.name(), constness, !fn.constLocals.contains(d.name()), d.init(), c.pos());
        Symbol sym = fn.symbols.get(d.name());
        CType declared = sym != null ? sym.type() : fn.moduleScope && fn.module.variables.containsKey(d.name())
            ? fn.module.variables.get(d.name()).type() : null;
        fn.calls.fused.specializeFor(d.init(), declared);
        // (a display stored into a C array or struct is made in place: no object to convert)
        if (fn.withoutGil && declared != null && !(declared instanceof CType.PyObject || declared instanceof CType.MemView) && !(d.init() instanceof Expr.ListExpr
            || d.init() instanceof Expr.TupleExpr || d.init() instanceof Expr.DictExpr) && fn.type(d.init()) instanceof CType.PyObject) {
          fn.report(d.init().pos(), "Coercion from Python not allowed without the GIL");
        }
        // A display made as a C array or struct is no Python value: only its items are typed.
        CType vt = CPointers.isArrayDisplay(d.init(), declared) || StructChecks.isStructDict(d.init(), declared)
            || CPointers.isMadeInPlace(new Expr.Name(d.name(), d.pos()), d.init(), x -> declared) ? itemsOnly(d.init()) : fn.type(d.init());
        if (declared != null && constness != null) fn.assignments.checkConstValue(d.init(), declared, d.init().pos(), c.pos());
        else if (declared != null) fn.assignments.checkValue(d.init(), declared, d.init().pos(), c.pos());
        if (declared != null) fn.assignments.checkCharPointerSource(declared, d.init(), c.pos());
        if (sym != null) {
          // (Cython reports a wrong length at the cdef statement)
          Expr.Name target = new Expr.Name(d.name(), c.pos());
          fn.types.put(target, sym.type());
          fn.assignments.checkArrayLength(target, d.init());
        }
      }
    } else if (s instanceof Stmt.If i) {
      for (Stmt.Branch b : i.branches()) {
        condition(b.cond());
        checkBlock(b.body());
      }
      checkBlock(i.orElse());
    } else if (s instanceof Stmt.While w) {
      condition(w.cond());
      fn.loopDepth++;
      checkBlock(w.body());
      fn.loopDepth--;
      checkBlock(w.orElse());
    } else if (s instanceof Stmt.For f) {
      checkFor(f);
    } else if (s instanceof Stmt.Break b) {
      if (fn.loopDepth == 0) fn.diags.error(b.pos(), "break statement not inside loop");
      else if (fn.parallel.leavesBlock()) fn.report(b.pos(), "break out of a parallel() block is not supported by pyxc");
    } else if (s instanceof Stmt.Continue c) {
      if (fn.loopDepth == 0) fn.diags.error(c.pos(), "continue statement not inside loop");
      else if (fn.parallel.leavesBlock()) fn.report(c.pos(), "continue out of a parallel() block is not supported by pyxc");
    } else if (s instanceof Stmt.Pass p) { } else if (s instanceof Stmt.Return r) {
      if (r.value() != null && fn.returnType instanceof CType.Void) {
        fn.type(r.value());
        fn.diags.error(r.value().pos(), "Return with value in void function");
      } else if (r.value() == null) {
        // A def function returns None, an object; a C value must be given.
        if (fn.returnType != null && !(fn.returnType instanceof CType.PyObject || fn.returnType instanceof CType.Void
            || fn.returnType instanceof CType.ErrorType)) {
          fn.report(r.pos(), "Return value required");
        }
        if (fn.withoutGil && fn.returnType instanceof CType.PyObject) fn.report(r.pos(), "Returning Python object not allowed without gil");
      } else if (r.value() != null) {
        if (fn.withoutGil && fn.returnType instanceof CType.PyObject) fn.report(r.pos(), "Returning Python object not allowed without gil");
        // (a display returned as a struct or C tuple is made as one: only its items are typed)
        CType t = StructChecks.isStructDict(r.value(), fn.returnType) ? itemsOnly(r.value()) : fn.type(r.value());
        if (fn.withoutGil && fn.returnType instanceof CType.PyObject) fn.nogil.converted(r.value(), t);
        // (a display returned as a C tuple or struct is made as one)
        if (fn.withoutGil && t instanceof CType.PyObject && fn.returnType != null && !(fn.returnType instanceof CType.PyObject
            || fn.returnType instanceof CType.MemView || fn.returnType instanceof CType.ErrorType) && !(r.value() instanceof Expr.TupleExpr
            || r.value() instanceof Expr.ListExpr || r.value() instanceof Expr.DictExpr)) {
          fn.report(r.value().pos(), "Coercion from Python not allowed without the GIL"); // (an object returned as a C value)
        }
        if (fn.withoutGil && fn.returnType instanceof CType.MemView && t instanceof CType.CArray) {
          fn.report(r.value().pos(), "Operation not allowed without gil"); // (a C array's view is a new Python object)
        }
        if (fn.returnType instanceof CType.PyObject) fn.toPython(r.value());
        else fn.assignments.checkValue(r.value(), fn.returnType, r.value().pos());
      }
    } else if (s instanceof Stmt.Raise r) {
      // Without the GIL, raising takes it for the statement (as Cython 3 does).
      boolean without = fn.withoutGil;
      fn.withoutGil = false;
      if (r.exc() != null) toObject(r.exc());
      r.legacy().forEach(this::toObject);
      if (r.cause() != null) toObject(r.cause());
      fn.withoutGil = without;
    } else if (s instanceof Stmt.Try t) {
      if (fn.withoutGil && !t.handlers().isEmpty()) fn.report(t.pos(), "Try-except statement not allowed without gil");
      checkBlock(t.body());
      for (Stmt.Handler h : t.handlers()) {
        // (refused as a whole without the GIL: the exception types are not looked up)
        if (fn.withoutGil && h.type() instanceof Expr.Name n) fn.nogil.target(n);
        if (h.type() != null) toObject(h.type());
        checkBlock(h.body());
      }
      checkBlock(t.orElse());
      checkBlock(t.finalBody());
    } else if (s instanceof Stmt.Assert a) {
      condition(a.test());
      boolean without = fn.withoutGil;
      fn.withoutGil = false; // the message is made with the GIL, as a raise is
      if (a.msg() != null) toObject(a.msg());
      fn.withoutGil = without;
    } else if (s instanceof Stmt.Del d) {
      if (fn.withoutGil) {
        // (Cython names the statement; a name deleted is not read)
        fn.report(d.pos(), "Deleting Python object not allowed without gil");
        for (Expr t : d.targets()) if (t instanceof Expr.Name n) fn.nogil.target(n);
      }
      d.targets().forEach(this::delTarget);
    } else if (s instanceof Stmt.With w) {
      withs.check(w, this::checkBlock);
    } else if (s instanceof Stmt.FuncDef f && fn.module.fused.madeAt(f) != null) {
      // A def fused function made here: its defaults are kept as objects its specializations convert.
      for (Stmt.Decorator d : f.decorators()) if (!isDirective(d.expr())) toObject(d.expr());
      for (Stmt.Param p : f.params()) if (p.defaultValue() != null) toObject(p.defaultValue());
    } else if (s instanceof Stmt.FuncDef f && (fn.classBody || !(fn.moduleScope && fn.def.body().contains(f)))) {
      // A function made here (a nested def, a method): its decorators and defaults are evaluated here.
      for (Stmt.Decorator d : f.decorators()) if (!isDirective(d.expr())) toObject(d.expr());
      for (Stmt.Param p : f.params()) if (p.defaultValue() != null) toObject(p.defaultValue());
    } else if (s instanceof Stmt.Nonlocal n) {
      if (fn.moduleScope && !fn.classBody) fn.diags.error(n.pos(), "nonlocal declaration not allowed at module level");
    } else if (s instanceof Stmt.ComprehensionItem item) {
      ComprehensionLoop loop = fn.comprehension(item.of());
      if (loop.mode() == ComprehensionLoop.Mode.ANY || loop.mode() == ComprehensionLoop.Mode.ALL) condition(item.of().element());
      else toObject(item.of().element());
      if (item.of().value() != null) toObject(item.of().value());
    } else if (s instanceof Stmt.FuncDef f && fn.moduleScope) {
      for (Stmt.Decorator d : f.decorators()) if (!isDirective(d.expr())) toObject(d.expr());
      EvaluatedDefaults.check(fn, f);
    } else if (s instanceof Stmt.ClassDef c && c.extensionType() && fn.moduleScope && !fn.classBody) {
      // An extension type's methods' evaluated defaults are evaluated at its class statement (a
      // fused method's once, for all its specializations: a def one's are refused, FusedFunctions).
      for (Stmt m : c.body()) {
        if (m instanceof Stmt.FuncDef f && (f.isCdef() || !fn.module.fused.usesFusedTypes(f))) EvaluatedDefaults.checkAtClass(fn, f);
      }
    } else if (s instanceof Stmt.ClassDef c && !c.extensionType()) {
      c.bases().forEach(this::toObject);
      c.keywords().forEach(k -> toObject(k.value()));
      for (Stmt.Decorator d : c.decorators()) toObject(d.expr());
    } else if (s instanceof Stmt.Import i && fn.withoutGil) {
      if (i.fromModule() != null) {
        fn.report(i.modulePos(), "Python import not allowed without gil");
      } else {
        for (Stmt.Alias a : i.names()) {
          fn.report(a.pos(), "Assignment of Python object not allowed without gil");
          fn.report(a.pos(), "Python import not allowed without gil");
        }
      }
    } else if (s instanceof Stmt.ImportStar i) {
      if (!fn.moduleScope || fn.classBody) fn.report(i.pos(), "import * only allowed at module level");
    } else if (s instanceof Stmt.FuncDef || s instanceof Stmt.CImport || s instanceof Stmt.Import || s instanceof Stmt.Global
        || s instanceof Stmt.ClassDef || s instanceof Stmt.ClassForward) {
    } else if (s instanceof Stmt.TypeDef || s instanceof Stmt.FusedTypeDef || s instanceof Stmt.StructDef || s instanceof Stmt.EnumDef) {
      // (a type declared in a function: TypeInference reported it)
    } else {
      throw new AssertionError(s);
    }
  }

  private void checkFor(Stmt.For f) {
    Expr.Call prange = ParallelLoops.prangeCall(f.iter(), fn.module.cythonNames);
    if (prange != null) {
      fn.parallel.check(f, prange, this::checkBlock);
      return;
    }
    List<Expr> args = fn.inference.rangeArgs(f.iter());
    CType targetType = f.target() instanceof Expr.Name n ? fn.inference.localType(n.id()) : null;
    if (f.from() != null) {
      checkForFrom(f, targetType);
    } else if (args != null && targetType != null) {
      if (fn.withoutGil && targetType instanceof CType.PyObject && f.iter() instanceof Expr.Call range) {
        // An object target (a local inferred as one: it might overflow) iterates a range object in
        // Python: Cython's errors for each part of that without the GIL.
        fn.report(range.func().pos(), "Python type test not allowed without gil");
        fn.report(range.func().pos(), "Iterating over Python object not allowed without gil");
        fn.report(range.pos(), "Calling gil-requiring function not allowed without gil");
        fn.report(range.pos(), "Constructing Python tuple not allowed without gil");
        for (Expr a : args) {
          if (!(fn.type(a) instanceof CType.PyObject)) fn.report(a.pos(), "Converting to Python object not allowed without gil");
        }
      }
      CType loopType = null;
      boolean allC = true;
      for (Expr a : args) {
        CType at = fn.type(a);
        if (at == null) continue;
        if (a instanceof Expr.ListExpr && targetType instanceof CType.CInt) {
          allC = false; // (reported by listBounds)
          continue;
        }
        if (at instanceof CType.CInt || at instanceof CType.BInt) {
          loopType = loopType == null ? at : Types.widest(loopType, at);
        } else if (at instanceof CType.CFloat) {
          fn.diags.error(a.pos(), "Cannot assign type '" + at.name() + "' to '" + (targetType instanceof CType.CInt ? targetType.name() : "long") + "'");
          allC = false;
        } else {
          allC = false;
        }
      }
      // (a floating target iterates the range object, each int converted, as Cython does)
      if (targetType instanceof CType.CInt ci) {
        fn.rangeLoops.put(f, ci);
      } else if (allC && loopType != null && !(targetType instanceof CType.CFloat)) {
        fn.rangeLoops.put(f, loopType instanceof CType.BInt ? CType.LONG : loopType);
      }
      if (!fn.rangeLoops.containsKey(f)) fn.type(f.iter());
      listBounds(f.iter(), targetType);
    } else if (fn.type(f.iter()) instanceof CType.MemView mv && mv.ndim() == 1) {
      // As in Cython, a loop over a 1-D view runs in C over its elements.
      if (targetType != null) fn.assignments.checkAssignable(mv.dtype(), targetType, f.target().pos());
    } else if (isCLoop(f)) {
      // So does a loop over a C array or a slice of a pointer (a char one's items a bytes or str variable takes one by one).
      boolean strings = targetType instanceof CType.PyObject o && ("bytes".equals(o.builtin()) || "str".equals(o.builtin()))
          && CPointers.holdsChars(fn.types.get(f.iter()));
      if (targetType != null && !strings) fn.assignments.checkAssignable(CPointers.element(fn.types.get(f.iter())), targetType, f.target().pos());
    } else if (fn.types.get(f.iter()) instanceof CType.Pointer p && !CPointers.holdsChars(p)) {
      fn.report(f.iter().pos(), "C array iteration requires known end index");
    } else {
      if (fn.withoutGil) fn.report(f.iter().pos(), "Iterating over Python object not allowed without gil");
      toObject(f.iter());
      // (at module level a cdef variable is the module's, not a local)
      CType declared = targetType == null && f.target() instanceof Expr.Name n && fn.module.variables.containsKey(n.id())
          ? fn.module.variables.get(n.id()).type() : targetType;
      listBounds(f.iter(), declared);
    }
    fn.assignments.typeTarget(f.target());
    fn.assignments.checkLoopStars(f.target());
    fn.loopDepth++;
    checkBlock(f.body());
    fn.loopDepth--;
    checkBlock(f.orElse());
  }

  /**
   * {@code range(...)} or {@code reversed(range(...))} into a C integer that pyxc runs as Python
   * iteration: Cython runs it as a C loop, whose bounds a list display cannot be (its errors as above).
   */
  private void listBounds(Expr iter, CType targetType) {
    if (!(targetType instanceof CType.CInt)) return;
    boolean reversed = iter instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("reversed") && c.args().size() == 1;
    List<Expr> args = fn.inference.rangeArgs(reversed ? ((Expr.Call) iter).args().get(0).value() : iter);
    if (args == null) return;
    for (Expr a : args) {
      if (!(a instanceof Expr.ListExpr)) continue;
      fn.report(a.pos(), "Cannot coerce list to type 'Py_ssize_t'");
      if (!reversed && args.size() > 1 && a == args.get(0)) fn.report(a.pos(), "Cannot coerce list to type '" + targetType.name() + "'");
    }
  }

  /**
   * {@code for x from a <= x < b by s}: a C loop on a numeric target itself, else (an object
   * target) on a C long, or the widest C type of the bounds, that the target mirrors; Cython's
   * errors for bounds the target cannot take and for other targets.
   */
  private void checkForFrom(Stmt.For f, CType targetType) {
    List<Expr> bounds = Exprs.elements(f.iter());
    CType target = targetType != null ? targetType : CType.OBJECT;
    boolean numeric = target instanceof CType.CInt || target instanceof CType.CFloat;
    if (!numeric && !(target instanceof CType.PyObject)) {
      fn.diags.error(f.target().pos(), "for-from loop variable must be c numeric type or Python object");
      return;
    }
    CType loopType = numeric ? target : CType.LONG;
    boolean objects = target instanceof CType.PyObject;
    for (Expr e : bounds) objects |= fn.type(e) instanceof CType.PyObject;
    // Run in C, its object bounds converted (and an object target assigned each time): Cython's errors without the GIL.
    if (objects && fn.withoutGil) fn.report(f.pos(), "For-loop using object bounds or target not allowed without gil");
    for (Expr e : bounds) {
      CType t = fn.type(e);
      if (t == null) continue;
      if (fn.withoutGil && t instanceof CType.PyObject) fn.report(e.pos(), "Coercion from Python not allowed without the GIL");
      if (numeric) fn.assignments.checkAssignable(t, target, e.pos());
      else if (t instanceof CType.CInt || t instanceof CType.CFloat) loopType = Types.widest(loopType, t);
      else if (!(t instanceof CType.PyObject || t instanceof CType.BInt)) fn.assignments.checkAssignable(t, loopType, e.pos());
    }
    fn.rangeLoops.put(f, loopType);
  }

  /** A for loop over a whole C array, or over {@code p[a:b]} of a pointer or array (its iterable typed as the pointer). */
  private boolean isCLoop(Stmt.For f) {
    CType t = fn.types.get(f.iter());
    return t instanceof CType.CArray || t instanceof CType.Pointer && f.iter() instanceof Expr.Subscript s && s.index() instanceof Expr.Slice;
  }

  /** {@code a, b = x, y}: assigned item by item, never made into a tuple. */
  private static boolean isPairwise(Expr target, Expr value) {
    List<Expr> t = Exprs.elements(target);
    List<Expr> v = Exprs.elements(value);
    return t != null && v != null && t.size() == v.size() && !Exprs.hasStarred(t) && !Exprs.hasStarred(v)
        && value instanceof Expr.TupleExpr;
  }

  /** The C type of an assignment's target where it may hold a C array: a C variable, or a subscript's object. */
  private CType placeType(Expr target) {
    if (target instanceof Expr.Name n) {
      Symbol sym = fn.symbols.get(n.id());
      if (sym != null) return sym.type();
      ModuleVariable mv = fn.module.variables.get(n.id());
      return mv == null ? null : mv.type();
    }
    return fn.type(target);
  }

  private CType itemsOnly(Expr display) {
    if (display instanceof Expr.DictExpr d) {
      d.values().forEach(fn::type);
      d.keys().forEach(fn::type);
    } else {
      Exprs.elements(display).forEach(fn::type);
    }
    CType t = display instanceof Expr.DictExpr ? CType.pyBuiltin("dict") : display instanceof Expr.ListExpr ? CType.pyBuiltin("list")
        : CType.pyBuiltin("tuple");
    fn.types.put(display, t);
    return t;
  }

  private void condition(Expr e) {
    CType t = fn.expressions.condition(e);
    if (fn.withoutGil && t instanceof CType.PyObject o && dev.pyxc.ir.Primitives.truthOfSized(o) == null) {
      fn.report(e.pos(), "Truth-testing Python object not allowed without gil");
    }
    if (t instanceof CType.Void) fn.diags.error(e.pos(), "Cannot convert 'void' to 'bint'");
    if (t instanceof CType.MemView || t instanceof CType.CComplex) fn.diags.error(e.pos(), "Type '" + t.name() + "' not acceptable as a boolean");
    // (a struct's name as a condition: no value, reported as such above, and no truth either)
    if (t instanceof CType.ErrorType && e instanceof Expr.Name n && !fn.symbols.containsKey(n.id())
        && fn.module.types.lookup(n.id()) instanceof CType.Struct) {
      fn.diags.error(e.pos(), "Type '" + n.id() + "' not acceptable as a boolean");
    }
  }

  /** A name, item or attribute to delete; only Python objects (and view variables) can be deleted, as in Cython. */
  private void delTarget(Expr t) {
    if (t instanceof Expr.Name n) {
      CType type = fn.type(n);
      if (fn.closure.isCell(n.id())) {
        fn.report(n.pos(), "can not delete variable '" + n.id() + "' referenced in nested scope");
      } else if (fn.module.variables.containsKey(n.id()) && (fn.def.isModuleBody() || !fn.symbols.containsKey(n.id()))) {
        fn.report(n.pos(), "Deletion of global C variable");
      } else if (type != null && !(type instanceof CType.PyObject || type instanceof CType.MemView)) {
        fn.report(n.pos(), "Deletion of non-Python, non-C++ object");
      }
    } else if (t instanceof Expr.Subscript s) {
      CType obj = fn.type(s.obj());
      if (obj instanceof CType.MemView || CPointers.isPointerLike(obj)) {
        fn.report(s.pos(), "Deletion of non-Python, non-C++ object");
        return;
      }
      toObject(s.obj());
      if (s.index() instanceof Expr.Slice sl) {
        for (Expr part : Exprs.children(sl)) toObject(part);
      } else {
        toObject(s.index());
      }
    } else if (t instanceof Expr.Attribute a) {
      if (StructChecks.structOf(fn.type(a.obj())) != null) {
        fn.report(a.pos(), "Deletion of non-Python, non-C++ object");
        return;
      }
      ClassInfo cls = fn.module.classOf(fn.type(a.obj()));
      ClassInfo.Field f = cls == null ? null : cls.field(a.name());
      if (f != null && !(f.type() instanceof CType.PyObject)) fn.report(a.pos(), "Deletion of non-Python, non-C++ object");
      toObject(a.obj());
    }
  }

  /** A compiler directive used as a decorator ({@code @cython.boundscheck(False)}): no value at run time. */
  private boolean isDirective(Expr decorator) {
    Expr callee = decorator instanceof Expr.Call c ? c.func() : decorator;
    String path = fn.module.cythonNames.qualify(callee);
    return path != null && path.startsWith("cython.");
  }

  private void toObject(Expr e) {
    fn.type(e);
    fn.toPython(e);
  }
}
