package dev.pyxc.ast;

import java.util.ArrayList;
import java.util.List;

/** Structural helpers over statements. */
public final class Stmts {
  private Stmts() {}

  /** The statement lists nested directly in a compound statement (none for a def or a class). */
  public static List<List<Stmt>> blocks(Stmt s) {
    if (s instanceof Stmt.If i) {
      List<List<Stmt>> out = new ArrayList<>();
      i.branches().forEach(b -> out.add(b.body()));
      out.add(i.orElse());
      return out;
    }
    if (s instanceof Stmt.While w) return List.of(w.body(), w.orElse());
    if (s instanceof Stmt.For f) return List.of(f.body(), f.orElse());
    if (s instanceof Stmt.With w) return List.of(w.body());
    if (s instanceof Stmt.Try t) {
      List<List<Stmt>> out = new ArrayList<>(List.of(t.body(), t.orElse(), t.finalBody()));
      t.handlers().forEach(h -> out.add(h.body()));
      return out;
    }
    return List.of();
  }
}
