package dev.pyxc.diag;

/** A source position: line 1-based, column 0-based (Cython's convention). */
public record Pos(int line, int col) {
  public static final Pos NONE = new Pos(0, 0);

  @Override
  public String toString() {
    return line + ":" + col;
  }
}
