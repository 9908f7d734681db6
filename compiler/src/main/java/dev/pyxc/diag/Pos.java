package dev.pyxc.diag;

/**
 * A source position: line 1-based, column 0-based (Cython's convention); {@code file} is the
 * included file it is in ({@code include "x.pxi"}), null for the module's own source.
 */
public record Pos(int line, int col, String file) {
  public static final Pos NONE = new Pos(0, 0);

  public Pos(int line, int col) {
    this(line, col, null);
  }

  @Override
  public String toString() {
    return line + ":" + col;
  }
}
