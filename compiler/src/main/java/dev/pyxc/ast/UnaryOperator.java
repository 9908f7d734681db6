package dev.pyxc.ast;

/** Unary arithmetic operators ({@code not} is its own node). */
public enum UnaryOperator {
  NEG("-"), POS("+"), INVERT("~");

  public final String symbol;

  UnaryOperator(String symbol) {
    this.symbol = symbol;
  }
}
