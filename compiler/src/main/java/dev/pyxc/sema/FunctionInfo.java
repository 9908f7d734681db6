package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What sema knows about one {@code def}: its parameters and locals with final types, the type
 * of every expression, for loops over {@code range} the C type their counter runs in, and the
 * directives in force in its body and in each {@code with cython.NAME(...)} block;
 * {@code owner} is the extension type of a method (null for a module-level function);
 * {@code pyClass} the Python class of a method or, with {@code classBody}, of the class body;
 * {@code closure} how it nests with the functions around and inside it; {@code comprehensions}
 * the loops each comprehension in it is compiled as; {@code sizeofTypes} the type each
 * {@code sizeof} measures; {@code cythonCalls} the expressions calls of Cython's compile-time functions
 * ({@code cython.address(x)}, ...), and the names of Cython's that are Python values ({@code cython.set}), stand for, {@code propertyCalls} the calls of an extern class's
 * inline properties that reading them is; {@code enumMembers} the enum constant each
 * {@code Enum.MEMBER} attribute names; {@code pranges} the loops over {@code cython.parallel.prange}
 * and {@code parallelBlocks} the {@code with cython.parallel.parallel()} blocks; {@code fusedCalls} the
 * specialization each call of a cdef fused function runs; {@code arrayCasts} the cython.array each
 * {@code <T[:n]> p} cast makes; {@code cfunctionObjects} the def made for each cdef function named
 * where a Python object is wanted; {@code methodPointers} the cdef method each {@code obj.m} (or
 * {@code obj.m[T]}) stands for where a C function pointer is wanted.
 */
public record FunctionInfo(Stmt.FuncDef def, List<Symbol> params, Map<String, Symbol> locals,
    IdentityHashMap<Expr, CType> exprTypes, IdentityHashMap<Stmt.For, CType> rangeLoopTypes,
    Directives directives, IdentityHashMap<Stmt.With, Directives> withDirectives, CType returnType,
    ClassInfo owner, PyClassInfo pyClass, boolean classBody, Closure closure,
    IdentityHashMap<Expr.Comprehension, ComprehensionLoop> comprehensions, IdentityHashMap<Expr.SizeOf, CType> sizeofTypes,
    IdentityHashMap<Expr, Expr> cythonCalls, IdentityHashMap<Expr.Attribute, String> enumMembers,
    IdentityHashMap<Stmt.For, Prange> pranges, IdentityHashMap<Stmt.With, ParallelBlock> parallelBlocks,
    IdentityHashMap<Expr.Call, CFunction> fusedCalls, IdentityHashMap<Expr.Attribute, Expr.Call> propertyCalls,
    IdentityHashMap<Expr.Cast, CythonArrayCast> arrayCasts, IdentityHashMap<Expr, Stmt.FuncDef> cfunctionObjects,
    IdentityHashMap<Expr, CFunction> methodPointers) {

  public CType typeOf(Expr e) {
    CType t = exprTypes.get(e);
    if (t == null) throw new IllegalStateException("no type recorded for " + e);
    return t;
  }

  /**
   * Whether a with-item is a context manager, evaluated at run time; otherwise it names a compiler
   * directive. Sema types the context of every context manager and never a directive's.
   */
  public boolean isContextManager(Stmt.WithItem item) {
    return exprTypes.containsKey(item.context());
  }

  public CType sizeofType(Expr.SizeOf so) {
    return sizeofTypes.get(so);
  }

  /** The symbol of a name inside this function, or null for a module or builtin name. */
  public Symbol symbol(String name) {
    return locals.get(name);
  }
}
