package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import java.util.Set;

/**
 * The contract of one runtime call or C expression: what it returns, whether that result is a
 * new reference or borrowed, which arguments it steals, and how it fails. {@code template} is C
 * with {@code %0}, {@code %1}... for arguments, {@code %n} for their count and {@code %*} for
 * all of them separated by commas.
 */
public record Primitive(String name, String template, CType result, boolean borrowedResult, Set<Integer> steals,
    ErrorKind error) {
  public boolean returnsValue() {
    return !(result instanceof CType.Void);
  }
}
