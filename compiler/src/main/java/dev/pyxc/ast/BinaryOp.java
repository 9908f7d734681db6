package dev.pyxc.ast;

/** Binary operators with their Python spelling. */
public enum BinaryOp {
  ADD("+"), SUB("-"), MUL("*"), DIV("/"), FLOORDIV("//"), MOD("%"), POW("**"), MATMUL("@"),
  LSHIFT("<<"), RSHIFT(">>"), BITAND("&"), BITOR("|"), BITXOR("^");

  public final String symbol;

  BinaryOp(String symbol) {
    this.symbol = symbol;
  }
}
