/* Recorded 2026-11-26: the body of f from examples/seed.pyx as Cython at 943bd3c1c (3.1.0a0, the last state with issue 6434) writes it: python3 cython.py -3 seed.pyx. */
static PyObject *__pyx_pf_4seed_f(CYTHON_UNUSED PyObject *__pyx_self, __Pyx_memviewslice __pyx_v_x) {
  CYTHON_UNUSED __Pyx_memviewslice __pyx_v_y = { 0, 0, { 0 }, { 0 }, { 0 } };
  PyObject *__pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  __Pyx_memviewslice __pyx_t_1 = { 0, 0, { 0 }, { 0 }, { 0 } };
  __Pyx_RefNannySetupContext("f", 0);

  /* "seed.pyx":16
 * 
 * def f(double[:] x):
 *     (y := x)             # <<<<<<<<<<<<<<
*/
  __pyx_t_1 = __pyx_v_x;
  __PYX_INC_MEMVIEW(&__pyx_t_1, 1);
  __pyx_v_y = __pyx_t_1;
  (void)(__pyx_t_1);
  __PYX_XCLEAR_MEMVIEW(&__pyx_t_1, 1);
  __pyx_t_1.memview = NULL; __pyx_t_1.data = NULL;

  /* "seed.pyx":15
 * """
 * 
 * def f(double[:] x):             # <<<<<<<<<<<<<<
 *     (y := x)
*/

  /* function exit code */
  __pyx_r = Py_None; __Pyx_INCREF(Py_None);
  __PYX_XCLEAR_MEMVIEW(&__pyx_v_y, 1);
  __Pyx_XGIVEREF(__pyx_r);
  __Pyx_RefNannyFinishContext();
  return __pyx_r;
