package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One function as nested functions see it. Its {@code cells} are its own variables that a function
 * defined inside it uses: they live in the function's scope object (one per call), which every
 * function object made inside the call holds as its closure, so that all of them and the
 * function itself share each variable, whatever its C type, as Cython's closure structs do.
 * Its {@code free} names are variables of enclosing functions it uses (directly or for a function
 * inside it), each found through its closure: the scope of the function that defines it, or that
 * scope's outer scopes.
 */
public final class Closure {
  public final Stmt.FuncDef def;
  /** The enclosing function whose scope this function's closure is; null at module or class level. */
  public final Closure parent;
  /** What {@code __qualname__} the function objects get ({@code outer.<locals>.inner}). */
  public final String qualname;
  /** A name unique in the module, for the C names of the function and its scope. */
  public final String cPart;
  public final Set<String> cells = new LinkedHashSet<>();
  /** The type of each cell, once the function is checked: the fields of its scope. */
  public final Map<String, CType> cellTypes = new LinkedHashMap<>();
  public final Map<String, Closure> free = new LinkedHashMap<>();
  /**
   * Cells a nested function assigns ({@code nonlocal}): their values come from code inference does
   * not see here, so, as in Cython, an undeclared one is a Python object.
   */
  public final Set<String> assignedInside = new LinkedHashSet<>();
  /** Names declared {@code nonlocal}. */
  public final Set<String> nonlocals = new LinkedHashSet<>();
  /** Where each name was first declared {@code nonlocal}, for the errors about it. */
  final Map<String, dev.pyxc.diag.Pos> nonlocalPos = new LinkedHashMap<>();
  public final List<Closure> children = new ArrayList<>();
  /**
   * A module-level def whose function object is made (its defaults evaluated into it), decorated
   * and bound where the def statement stands in the module's code, not when the module is
   * created: it has decorators other than compiler directives, defaults that are not literals, or
   * a name the module's code binds otherwise.
   */
  public boolean boundAtStatement;
  /**
   * A module-level def of a name an earlier def of the module has too: its C names come from
   * {@link #cPart}, and it is bound where its statement stands, replacing the earlier function as
   * Python rebinds the name.
   */
  public boolean redefinition;
  /** The function holds a {@code yield}: calling it makes a generator, which runs its body. */
  public boolean generator;
  /** False for the module's top-level code and class bodies, whose names nested functions do not see. */
  public final boolean functionScope;
  /**
   * The body of a class statement inside a function: its methods close over a scope of its own,
   * which holds the {@code __class__} cell their {@code super()} reads and leads out to the
   * function's scope; its own names live in the class namespace and are not seen by them.
   */
  public boolean classBody;
  /** For a class body, its class statement. */
  public Stmt.ClassDef classStatement;
  /** Names wanted from outside: used here or by a function inside, and neither local nor global here. */
  final Set<String> wanted = new LinkedHashSet<>();
  /** For a lambda, the expression that makes it; null for a def. */
  public final Expr.Lambda lambda;
  /** For a generator expression compiled as a generator function of its own, that expression. */
  public Expr.Comprehension genexpr;
  /**
   * Names read in generator expressions compiled into this function's own loops ({@code sum(x for
   * x in a)}): Cython's generator scope holds them, which a buffer variable may not be in.
   */
  final Set<String> inInlinedGenexpr = new LinkedHashSet<>();
  /** Names this function binds (parameters included), before nonlocal and global are taken out. */
  final Set<String> bound = new LinkedHashSet<>();
  final Set<String> used = new LinkedHashSet<>();
  /** Where each name was first bound and first used, in source order (for the errors about nonlocal). */
  final Map<String, dev.pyxc.diag.Pos> boundAt = new LinkedHashMap<>();
  final Map<String, dev.pyxc.diag.Pos> usedAt = new LinkedHashMap<>();
  final Set<String> globals = new LinkedHashSet<>();

  Closure(Stmt.FuncDef def, Closure parent, String qualname, String cPart, Expr.Lambda lambda, boolean functionScope) {
    this.functionScope = functionScope;
    this.def = def;
    this.parent = parent;
    this.qualname = qualname;
    this.cPart = cPart;
    this.lambda = lambda;
  }

  /** Whether each call makes a scope object: the function defines functions (their closure and qualified name). */
  public boolean hasScope() {
    return (functionScope || classBody) && !children.isEmpty();
  }

  /** Whether the function reads its closure (it has free variables, or a function inside it does). */
  public boolean hasClosure() {
    return parent != null;
  }

  /** Whether {@code name} is a variable of this function's own that lives in its scope. */
  public boolean isCell(String name) {
    return cells.contains(name);
  }

  /** Whether this function is made by a def or lambda inside another function or code block. */
  public boolean isNested() {
    return cPart.startsWith("n");
  }

  /** The name of the cell that holds the class a method's zero-argument {@code super()} names. */
  public static final String CLASS_CELL = "__class__";

  /**
   * Whether a class body takes {@code name} from outside only for its methods: it binds the name
   * itself (an entry of its namespace), which its own code reads, while its methods see the
   * enclosing function's variable.
   */
  public boolean passesThrough(String name) {
    return classBody && isLocal(name);
  }

  /** The function whose variable {@code name} is, going out from this one; null when not a free name. */
  public Closure definer(String name) {
    return free.get(name);
  }

  /** Locals: bound here and not declared global or nonlocal. */
  boolean isLocal(String name) {
    return bound.contains(name) && !globals.contains(name) && !nonlocals.contains(name);
  }
}
