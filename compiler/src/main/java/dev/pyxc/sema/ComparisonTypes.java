package dev.pyxc.sema;

import dev.pyxc.ast.CompareOp;
import dev.pyxc.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * The types of comparisons ({@code a < b}, chains, {@code in} over C arrays, a char with a
 * one-byte literal) and of expressions tested for truth, for {@link ExpressionTypes}.
 */
final class ComparisonTypes {
  private final FunctionChecker fn;

  ComparisonTypes(FunctionChecker fn) {
    this.fn = fn;
  }

  CType compare(Expr.Compare c) {
    if (c.ops().size() == 1 && (c.ops().get(0) == CompareOp.IN || c.ops().get(0) == CompareOp.NOT_IN) && isCContainer(c.rest().get(0))) {
      return cMembership(c);
    }
    List<Expr> operands = new ArrayList<>();
    operands.add(c.first());
    operands.addAll(c.rest());
    List<CType> types = new ArrayList<>();
    for (Expr o : operands) types.add(fn.type(o));
    if (Types.viewComparedWithNone(c, fn::type) != null) return CType.BINT;
    for (int i = 0; i + 1 < operands.size(); i++) {
      // A Py_UCS4 compares with a one-character str literal as code points, as in Cython.
      if (Types.isUcs4(types.get(i)) && isCodePoint(operands.get(i + 1))) types.set(i + 1, types.get(i));
      if (Types.isUcs4(types.get(i + 1)) && isCodePoint(operands.get(i))) types.set(i, types.get(i + 1));
      // Any other C integer with a one-byte bytes literal as a char (`mode == b'C'`, without the GIL too).
      CompareOp op = c.ops().get(i);
      if (op != CompareOp.IN && op != CompareOp.NOT_IN && op != CompareOp.IS && op != CompareOp.IS_NOT) {
        if (isCharOperand(types.get(i)) && isOneByte(operands.get(i + 1))) types.set(i + 1, types.get(i));
        if (isCharOperand(types.get(i + 1)) && isOneByte(operands.get(i))) types.set(i, types.get(i + 1));
      }
    }
    for (int i = 0; i < operands.size(); i++) {
      if (fn.recording && operands.get(i) instanceof Expr.StrLit && Types.isUcs4(types.get(i))) fn.types.put(operands.get(i), types.get(i));
      if (fn.recording && operands.get(i) instanceof Expr.BytesLit && types.get(i) instanceof CType.CInt) fn.types.put(operands.get(i), types.get(i));
    }
    CType first = types.get(0);
    boolean allC = first != null && Types.isCArithmetic(first);
    boolean allPointers = first != null && CPointers.isPointerLike(first);
    boolean unknown = first == null;
    CType left = first;
    for (int i = 0; i < c.ops().size(); i++) {
      CType t = types.get(i + 1);
      unknown |= t == null;
      allPointers &= t != null && CPointers.isPointerLike(t);
      CompareOp op = c.ops().get(i);
      if (left != null && t != null && (CPointers.holdsChars(left) && t instanceof CType.PyObject || CPointers.holdsChars(t) && left instanceof CType.PyObject)) {
        allPointers = false; // compared as bytes
        left = t;
        continue;
      }
      if (left instanceof CType.CArray a && CPointers.convertsToPython(a) && t instanceof CType.PyObject
          || t instanceof CType.CArray a2 && CPointers.convertsToPython(a2) && left instanceof CType.PyObject) {
        allPointers = false; // the array compared as its list, as in Cython
        left = t;
        continue;
      }
      if (left != null && t != null && (CPointers.isPointerLike(left) || CPointers.isPointerLike(t))) {
        // Pointers compare as C addresses (`is` too); against anything else Cython refuses.
        boolean ordering = op != CompareOp.IN && op != CompareOp.NOT_IN;
        if (!ordering || !CPointers.comparable(left, t)) {
          fn.report(c.pos(), "Invalid types for '" + op.symbol + "' (" + left.name() + ", " + t.name() + ")");
        }
        left = t;
        continue;
      }
      if (left != null && t != null && (Types.isComplex(left) || Types.isComplex(t)) && Types.isCArithmetic(left)
          && Types.isCArithmetic(t) && op != CompareOp.EQ && op != CompareOp.NE && op != CompareOp.IS && op != CompareOp.IS_NOT
          && op != CompareOp.IN && op != CompareOp.NOT_IN) {
        fn.report(c.pos(), "complex types are unordered");
      }
      left = t;
      if (t != null && !Types.isCArithmetic(t)) allC = false;
      if (op == CompareOp.IN || op == CompareOp.NOT_IN || op == CompareOp.IS || op == CompareOp.IS_NOT) {
        allC = false;
      }
    }
    if (unknown) return null;
    if (allC || allPointers) return CType.BINT;
    boolean allBool = c.ops().stream().allMatch(op -> op == CompareOp.IN || op == CompareOp.NOT_IN
        || op == CompareOp.IS || op == CompareOp.IS_NOT);
    return allBool ? CType.BINT : CType.OBJECT;
  }

  /** Whether an {@code in} test searches its container in C (see {@link CIteration#isCContainer}). */
  private boolean isCContainer(Expr container) {
    CType base = container instanceof Expr.Subscript s && s.index() instanceof Expr.Slice ? fn.type(s.obj()) : null;
    if (base != null) return CIteration.isCContainer(container, base, null);
    return fn.type(container) instanceof CType.CArray;
  }

  /**
   * {@code x in a} (or {@code not in}) over a C array or pointer slice: a C loop comparing x with
   * each element by {@code ==}, as Cython compiles it.
   */
  private CType cMembership(Expr.Compare c) {
    Expr container = c.rest().get(0);
    fn.loopIterables.add(container);
    CType x = fn.type(c.first());
    CType t = fn.type(container);
    if (x == null || t == null) return null;
    CType elem = CPointers.element(t);
    // (Each comparison is C's or Python's `==`; C cannot compare a pointer with anything but a pointer.)
    if (elem != null && (CPointers.isPointerLike(x) || CPointers.isPointerLike(elem)) && !CPointers.comparable(x, elem)) {
      fn.report(c.pos(), "Invalid types for '==' (" + x.name() + ", " + elem.name() + ")");
    }
    return CType.BINT;
  }

  private static boolean isCharOperand(CType t) {
    return t instanceof CType.CInt && !Types.isUcs4(t);
  }

  private static boolean isOneByte(Expr e) {
    return e instanceof Expr.BytesLit b && b.value().length() == 1;
  }

  private static boolean isCodePoint(Expr e) {
    return e instanceof Expr.StrLit s && s.value().codePointCount(0, s.value().length()) == 1;
  }

  /**
   * The type of an expression tested for truth (an if's, a while's, an operand of {@code not}).
   * An {@code and}/{@code or} of C values is then a C truth value: Cython coerces each operand
   * to a boolean (coerce_to_boolean), so no Python object is made, as its value would need one
   * ({@code 1 and True} is the int or the bool).
   */
  CType condition(Expr e) {
    if (e instanceof Expr.BoolOp b) {
      CType l = condition(b.left());
      CType r = condition(b.right());
      if (isCTruth(l) && isCTruth(r)) {
        fn.types.put(b, CType.BINT);
        return CType.BINT;
      }
    }
    return fn.type(e);
  }

  private static boolean isCTruth(CType t) {
    return t instanceof CType.BInt || t instanceof CType.CInt || t instanceof CType.CFloat || t instanceof CType.Pointer;
  }
}
