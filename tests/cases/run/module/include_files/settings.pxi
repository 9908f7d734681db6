# Included by tests/cases/run/module/include_compile_time.pyx: compile-time constants the
# including module's IF statements read, as a generated config.pxi gives them.
DEF HAVE_FAST_PATH = 1
DEF SCALE = 3
DEF LABEL = "scaled"
