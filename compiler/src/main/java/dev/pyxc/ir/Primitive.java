package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import java.util.Set;

/**
 * The contract of one runtime call or C expression: what it returns, whether that result is a
 * new reference or borrowed, which arguments it steals, and how it fails. {@code template} is C
 * with {@code %0}, {@code %1}... for arguments, {@code %n} for their count and {@code %*} for
 * all of them separated by commas. {@code derivesView}: the result is a view of the buffer its
 * first argument views (same owner), so it can be borrowed from that argument instead of taking
 * its own acquisition (see {@code BorrowedViews}).
 */
public record Primitive(String name, String template, CType result, boolean borrowedResult, Set<Integer> steals,
    ErrorKind error, boolean derivesView) {
  public Primitive(String name, String template, CType result, boolean borrowedResult, Set<Integer> steals, ErrorKind error) {
    this(name, template, result, borrowedResult, steals, error, false);
  }

  public boolean returnsValue() {
    return !(result instanceof CType.Void);
  }
}
