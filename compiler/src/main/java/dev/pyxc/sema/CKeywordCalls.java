package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.diag.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keyword arguments in a call of a cdef function or method, mapped onto its parameters at
 * compile time as Cython maps them: positional arguments first, then each keyword to the
 * parameter of its name; the parameters given must be a prefix of the signature (those after it
 * take their defaults), and Cython's errors otherwise. Sema reports the errors; the IR builder
 * uses the same mapping to pass the arguments in parameter order after evaluating them in
 * source order.
 */
public final class CKeywordCalls {
  private CKeywordCalls() {}

  /** An error at a position. */
  public record Problem(Pos pos, String message) {}

  /**
   * The mapping: {@code given.get(i)} is the argument of parameter {@code i} (counted from the
   * first one the call writes), for the prefix of parameters the call gives; {@code problems} is
   * empty when the call is well formed.
   */
  public record Mapping(List<Expr> given, List<Problem> problems) {}

  /** Maps the arguments of {@code c} onto the parameters named {@code names}. */
  public static Mapping map(Expr.Call c, List<String> names) {
    List<Problem> problems = new ArrayList<>();
    List<Expr.Arg> positional = c.args().stream().filter(a -> a.keyword() == null).toList();
    List<Expr.Arg> keywords = c.args().stream().filter(a -> a.keyword() != null).toList();
    List<Expr> given = new ArrayList<>();
    for (Expr.Arg a : positional) given.add(a.value());
    if (keywords.isEmpty()) return new Mapping(given, problems);
    if (positional.size() > names.size()) {
      problems.add(new Problem(c.pos(), "function call got too many positional arguments, expected " + names.size() + ", got "
          + positional.size()));
      return new Mapping(given, problems);
    }
    Set<String> matched = new HashSet<>(names.subList(0, positional.size()));
    Set<String> seen = new HashSet<>(matched);
    for (Expr.Arg a : keywords) {
      if (!seen.add(a.keyword())) problems.add(new Problem(a.pos(), "argument '" + a.keyword() + "' passed twice"));
    }
    Map<String, Expr> byName = new HashMap<>();
    for (Expr.Arg a : keywords) byName.putIfAbsent(a.keyword(), a.value());
    String firstMissing = null;
    for (String name : names.subList(positional.size(), names.size())) {
      if (!byName.containsKey(name)) {
        if (firstMissing == null) firstMissing = name;
      } else if (firstMissing != null) {
        problems.add(new Problem(c.pos(), "C function call is missing argument '" + firstMissing + "'"));
        return new Mapping(given, problems);
      } else {
        matched.add(name);
        given.add(byName.get(name));
      }
    }
    for (Expr.Arg a : keywords) {
      if (!matched.contains(a.keyword())) {
        problems.add(new Problem(a.pos(), "C function got unexpected keyword argument '" + a.keyword() + "'"));
      }
    }
    return new Mapping(given, problems);
  }
}
