package dev.pyxc.ast;

import dev.pyxc.diag.Pos;
import java.math.BigInteger;
import java.util.List;

/** Expressions. Immutable records; no behaviour beyond their position. */
public sealed interface Expr {
  Pos pos();

  record Name(String id, Pos pos) implements Expr {}

  record IntLit(String text, BigInteger value, Pos pos) implements Expr {}

  record FloatLit(String text, double value, Pos pos) implements Expr {}

  record ImagLit(String text, Pos pos) implements Expr {}

  record StrLit(String value, Pos pos) implements Expr {}

  /** Bytes literal; {@code value} holds one char per byte (0..255). */
  record BytesLit(String value, Pos pos) implements Expr {}

  record BoolLit(boolean value, Pos pos) implements Expr {}

  /** Cython's C character literal {@code c'x'}: the byte's value as a C {@code char}. */
  record CharLit(int value, Pos pos) implements Expr {}

  record NoneLit(Pos pos) implements Expr {}

  record EllipsisLit(Pos pos) implements Expr {}

  /** {@code =*} (or {@code =?}) in a {@code .pxd}'s declaration of a parameter: it has a default, which the definition gives. */
  record DeclaredDefault(Pos pos) implements Expr {}

  /** Cython's {@code NULL}: the null pointer, assignable to every pointer type. */
  record NullLit(Pos pos) implements Expr {}

  /** {@code &operand}: the address of a C variable, array or view element, or field. */
  record AddressOf(Expr operand, Pos pos) implements Expr {}

  /** {@code sizeof(type)} ({@code type} set) or {@code sizeof(operand)}: a {@code size_t}. */
  record SizeOf(TypeRef type, Expr operand, Pos pos) implements Expr {}

  /** {@code cython.parallel.threadid()}: the number of the OpenMP thread running it (0 outside threads). */
  record ThreadId(Pos pos) implements Expr {}

  /** Binary arithmetic or bitwise operator; {@code pos} is the operator's position (Cython's convention). */
  record BinOp(BinaryOp op, Expr left, Expr right, Pos pos) implements Expr {}

  record UnaryOp(UnaryOperator op, Expr operand, Pos pos) implements Expr {}

  /** {@code and} / {@code or}; {@code pos} is the operator's position. */
  record BoolOp(boolean isAnd, Expr left, Expr right, Pos pos) implements Expr {}

  record Not(Expr operand, Pos pos) implements Expr {}

  /** {@code a < b <= c}: ops.size() == rest.size(). */
  record Compare(Expr first, List<CompareOp> ops, List<Expr> rest, Pos pos) implements Expr {}

  record IfExp(Expr cond, Expr then, Expr orElse, Pos pos) implements Expr {}

  record Call(Expr func, List<Arg> args, Pos pos) implements Expr {}

  /**
   * A call argument; {@code keyword} is null for positional ones. {@code stars} is 1 for
   * {@code *iterable} (its items are positional arguments), 2 for {@code **mapping} (its items are
   * keyword arguments), 0 otherwise.
   */
  record Arg(String keyword, Expr value, Pos pos, int stars) {
    public Arg(String keyword, Expr value, Pos pos) {
      this(keyword, value, pos, 0);
    }

    /** {@code *x} or {@code **x}. */
    public boolean starred() {
      return stars != 0;
    }
  }

  record Attribute(Expr obj, String name, Pos pos) implements Expr {}

  record Subscript(Expr obj, Expr index, Pos pos) implements Expr {}

  /** {@code lo:hi:step} inside a subscript; absent parts are null. */
  record Slice(Expr lo, Expr hi, Expr step, Pos pos) implements Expr {}

  record TupleExpr(List<Expr> elts, Pos pos) implements Expr {}

  /**
   * {@code *x} as an item of a tuple, list or set display (its items spliced in) or of an
   * unpacking target (the list of the items left over); as a key of a {@link DictExpr}, the
   * {@code **m} entry (the mapping's items merged in; its value is a placeholder); nowhere else.
   */
  record Starred(Expr value, Pos pos) implements Expr {}

  record ListExpr(List<Expr> elts, Pos pos) implements Expr {}

  record DictExpr(List<Expr> keys, List<Expr> values, Pos pos) implements Expr {}

  /** A set display {@code {a, b}} (never empty: {@code {}} is a dict). */
  record SetExpr(List<Expr> elts, Pos pos) implements Expr {}

  /**
   * Cython's C cast {@code <type>operand}, or with {@code checked} the type-testing
   * {@code <type?>operand}; {@code pos} is the {@code '<'}.
   */
  record Cast(TypeRef type, boolean checked, Expr operand, Pos pos) implements Expr {}

  /**
   * An f-string (with the literals joined to it): {@code values} are {@link StrLit} pieces and
   * {@link FormattedValue} fields in order; {@code pos} is its first literal.
   */
  record JoinedStr(List<Expr> values, Pos pos) implements Expr {}

  /**
   * One replacement field {@code {value!conversion:spec}}: {@code conversion} is {@code 's'},
   * {@code 'r'}, {@code 'a'} or 0 for none, {@code spec} null without one; {@code pos} is the brace.
   */
  record FormattedValue(Expr value, char conversion, JoinedStr spec, Pos pos) implements Expr {}

  /** The assignment expression {@code target := value}. */
  record NamedExpr(Name target, Expr value, Pos pos) implements Expr {}

  /**
   * {@code yield value} ({@code value} null for a bare yield) or, with {@code from}, {@code yield
   * from value}: the function it stands in is a generator, and the expression's value is what the
   * caller sends in.
   */
  record Yield(Expr value, boolean from, Pos pos) implements Expr {}

  /**
   * {@code lambda params: body}: a function made where the expression is evaluated; its
   * parameters are a def's (untyped, defaults evaluated in the enclosing scope).
   */
  record Lambda(List<Stmt.Param> params, Expr body, Pos pos) implements Expr {}

  /**
   * A list, set or dict comprehension or a generator expression: {@code element} (for a dict the
   * key, with {@code value}) computed for each combination of the {@code for}/{@code if} clauses,
   * in order. Its loop variables are its own, as in Python 3: sema renames them apart.
   */
  record Comprehension(ComprehensionKind kind, Expr element, Expr value, List<ComprehensionFor> clauses, Pos pos) implements Expr {}

  enum ComprehensionKind { LIST, SET, DICT, GENERATOR }

  /** {@code for target in iter if cond...}: one loop of a comprehension and the conditions that filter it. */
  record ComprehensionFor(Expr target, Expr iter, List<Expr> conditions, Stmt.FromBounds from, Pos pos) {
    public ComprehensionFor(Expr target, Expr iter, List<Expr> conditions, Pos pos) {
      this(target, iter, conditions, null, pos);
    }
  }
}
