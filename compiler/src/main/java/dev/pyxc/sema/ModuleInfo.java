package dev.pyxc.sema;

import dev.pyxc.ast.Module;
import java.util.List;
import java.util.Set;

/** Sema's result for a module: its functions in source order, module names, directives, cdef signatures. */
public record ModuleInfo(Module module, List<FunctionInfo> functions, Set<String> moduleNames, Directives directives,
    java.util.Map<String, CFunction> cfunctions) {}
