package dev.pyxc.ir;

/**
 * One item of a memoryview subscript as the subview primitive takes it: a position (drops its
 * axis), a slice with the parts that were written, or a new axis ({@code None}). An ellipsis is
 * gone by now: the builder expands it into whole-axis slices.
 */
public record ViewIndex(Kind kind, boolean hasStart, boolean hasStop, boolean hasStep) {
  public enum Kind { AT, SLICE, NEWAXIS }

  public static final ViewIndex AT = new ViewIndex(Kind.AT, false, false, false);
  public static final ViewIndex WHOLE = new ViewIndex(Kind.SLICE, false, false, false);
  public static final ViewIndex NEWAXIS = new ViewIndex(Kind.NEWAXIS, false, false, false);
}
