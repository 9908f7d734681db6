package dev.pyxc.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the diagnostics of one compile so a stage can report all of its errors in one run. */
public final class Diagnostics {
  private final String file;
  private final List<Diagnostic> items = new ArrayList<>();
  /** Set by {@link #fatal}: what Cython would find after that error it never reaches. */
  private boolean stopped;

  public Diagnostics(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  public void error(Pos pos, String message) {
    if (stopped) return;
    items.add(Diagnostic.error(fileOf(pos), pos.line(), pos.col(), message));
  }

  public void error(Pos pos, String message, String hint) {
    if (stopped) return;
    items.add(Diagnostic.error(fileOf(pos), pos.line(), pos.col(), message).withHint(hint));
  }

  /**
   * An error that ends Cython's compile where it is found (one it raises rather than reports, as
   * for a buffer type's options): reported with those found before it, and nothing after it.
   */
  public void fatal(Pos pos, String message) {
    error(pos, message);
    stopped = true;
  }

  /** Where the next diagnostic goes: for {@link #errorAt}. */
  public int mark() {
    return items.size();
  }

  /** An error placed before those reported since {@code mark} (one about an expression, found after its operands'). */
  public void errorAt(int mark, Pos pos, String message) {
    if (stopped) return;
    items.add(mark, Diagnostic.error(fileOf(pos), pos.line(), pos.col(), message));
  }

  /** The file a position is in: an included one, or the module's. */
  private String fileOf(Pos pos) {
    return pos.file() != null ? pos.file() : file;
  }

  /** A diagnostic found elsewhere (a cimported file that did not parse). */
  public void add(Diagnostic d) {
    if (stopped) return;
    items.add(d);
  }

  public void warning(Pos pos, String message) {
    if (stopped) return;
    items.add(Diagnostic.warning(fileOf(pos), pos.line(), pos.col(), message));
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }

  public List<Diagnostic> all() {
    return Collections.unmodifiableList(items);
  }

  public List<Diagnostic> errors() {
    return items.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
  }
}
