static PyObject *pyxc_pf_rows(pyxc_slice a_X) {
    pyxc_slice v_r;
    double v_s = 0;
    Py_ssize_t v_i = 0;
    double t4;
    Py_ssize_t t5;
    Py_ssize_t t6;
    Py_ssize_t t7;
    Py_ssize_t t8;
    Py_ssize_t h_i0 = 0;
    int t10;
    Py_ssize_t t11;
    pyxc_slice t12;
    Py_ssize_t t13;
    Py_ssize_t t14;
    double t15;
    double t16;
    Py_ssize_t t17;
    PyObject *t18;
    v_r.owner = NULL;
    t12.owner = NULL;
    int pyxc_lineno = 6;
  L0:;
    t4 = 0.0;
    v_s = t4;
    t5 = (Py_ssize_t)0;
    t6 = (Py_ssize_t)0;
    t7 = a_X.shape[t6];
    t8 = (Py_ssize_t)1;
    h_i0 = t5;
    goto L2;
  L1:;
    pyxc_add_traceback("row_slices.rows", pyxc_lineno, "row_slices.pyx");
    return NULL;
  L2:;
    t10 = h_i0 < t7;
    if (t10) goto L3; else goto L5;
  L3:;
    v_i = h_i0;
    t11 = pyxc_mv_subindex(&a_X, 0, v_i, 1, 1);
    if (unlikely(t11 == -1)) { pyxc_lineno = 11; goto L1; }
    goto L7;
  L4:;
    t17 = h_i0 + t8;
    h_i0 = t17;
    goto L2;
  L5:;
  L6:;
    t18 = PyFloat_FromDouble(v_s);
    if (unlikely(!t18)) { pyxc_lineno = 13; goto L1; }
    goto L10;
  L7:;
    t12 = pyxc_mv_subview_borrowed(&a_X, 2, (const pyxc_mvindex[]){{PYXC_MV_AT, t11, 0, 0, 0, 0, 0, 0}, {PYXC_MV_SLICE, 0, 0, 0, 0, 0, 0, 0}}, 2, 0);
    if (unlikely(!t12.owner)) { pyxc_lineno = 11; goto L1; }
  L8:;
    v_r = t12;
    t13 = (Py_ssize_t)0;
    t14 = pyxc_mv_index(&v_r, 0, t13, 1, 1);
    if (unlikely(t14 == -1)) { pyxc_lineno = 12; goto L1; }
  L9:;
    t15 = (*(double *)(v_r.data + t14 * v_r.strides[0]));
    t16 = v_s + t15;
    v_s = t16;
    goto L4;
  L10:;
    return t18;
}

static PyObject *pyxc_pf_columns_of_transpose(pyxc_slice a_X) {
    pyxc_slice v_c;
    double v_s = 0;
    Py_ssize_t v_j = 0;
    double t4;
    Py_ssize_t t5;
    Py_ssize_t t6;
    Py_ssize_t t7;
    Py_ssize_t t8;
    Py_ssize_t h_i0 = 0;
    int t10;
    pyxc_slice t11;
    Py_ssize_t t12;
    pyxc_slice t13;
    Py_ssize_t t14;
    Py_ssize_t t15;
    double t16;
    double t17;
    Py_ssize_t t18;
    PyObject *t19;
    v_c.owner = NULL;
    t11.owner = NULL;
    t13.owner = NULL;
    int pyxc_lineno = 16;
  L0:;
    t4 = 0.0;
    v_s = t4;
    t5 = (Py_ssize_t)0;
    t6 = (Py_ssize_t)1;
    t7 = a_X.shape[t6];
    t8 = (Py_ssize_t)1;
    h_i0 = t5;
    goto L2;
  L1:;
    pyxc_add_traceback("row_slices.columns_of_transpose", pyxc_lineno, "row_slices.pyx");
    return NULL;
  L2:;
    t10 = h_i0 < t7;
    if (t10) goto L3; else goto L5;
  L3:;
    v_j = h_i0;
    t11 = pyxc_mv_transpose_borrowed(&a_X, 2);
    t12 = pyxc_mv_subindex(&t11, 0, v_j, 1, 1);
    if (unlikely(t12 == -1)) { pyxc_lineno = 21; goto L1; }
    goto L7;
  L4:;
    t18 = h_i0 + t8;
    h_i0 = t18;
    goto L2;
  L5:;
  L6:;
    t19 = PyFloat_FromDouble(v_s);
    if (unlikely(!t19)) { pyxc_lineno = 23; goto L1; }
    goto L10;
  L7:;
    t13 = pyxc_mv_subview_borrowed(&t11, 2, (const pyxc_mvindex[]){{PYXC_MV_AT, t12, 0, 0, 0, 0, 0, 0}, {PYXC_MV_SLICE, 0, 0, 0, 0, 0, 0, 0}}, 2, 0);
    if (unlikely(!t13.owner)) { pyxc_lineno = 21; goto L1; }
  L8:;
    v_c = t13;
    t14 = (Py_ssize_t)0;
    t15 = pyxc_mv_index(&v_c, 0, t14, 1, 1);
    if (unlikely(t15 == -1)) { pyxc_lineno = 22; goto L1; }
  L9:;
    t16 = (*(double *)(v_c.data + t15 * v_c.strides[0]));
    t17 = v_s + t16;
    v_s = t17;
    goto L4;
  L10:;
    return t19;
}

static PyObject *pyxc_pf_rows_of_reassigned(pyxc_slice a_X, pyxc_slice a_Y) {
    pyxc_slice v_r;
    double v_s = 0;
    Py_ssize_t v_i = 0;
    double t5;
    Py_ssize_t t6;
    Py_ssize_t t7;
    Py_ssize_t t8;
    Py_ssize_t t9;
    Py_ssize_t h_i0 = 0;
    int t11;
    Py_ssize_t t12;
    pyxc_slice t13;
    Py_ssize_t t14;
    Py_ssize_t t15;
    double t16;
    double t17;
    Py_ssize_t t18;
    PyObject *t19;
    v_r.owner = NULL;
    t13.owner = NULL;
    int pyxc_lineno = 26;
  L0:;
    pyxc_mv_acquire(&a_X);
    t5 = 0.0;
    v_s = t5;
    pyxc_mv_acquire(&a_Y);
    pyxc_mv_release(&a_X);
    a_X = a_Y;
    t6 = (Py_ssize_t)0;
    t7 = (Py_ssize_t)0;
    t8 = a_X.shape[t7];
    t9 = (Py_ssize_t)1;
    h_i0 = t6;
    goto L2;
  L1:;
    pyxc_mv_release(&a_X);
    pyxc_mv_xrelease(&v_r);
    pyxc_add_traceback("row_slices.rows_of_reassigned", pyxc_lineno, "row_slices.pyx");
    return NULL;
  L2:;
    t11 = h_i0 < t8;
    if (t11) goto L3; else goto L5;
  L3:;
    v_i = h_i0;
    t12 = pyxc_mv_subindex(&a_X, 0, v_i, 1, 1);
    if (unlikely(t12 == -1)) { pyxc_lineno = 32; goto L1; }
    goto L7;
  L4:;
    t18 = h_i0 + t9;
    h_i0 = t18;
    goto L2;
  L5:;
  L6:;
    t19 = PyFloat_FromDouble(v_s);
    if (unlikely(!t19)) { pyxc_lineno = 34; goto L1; }
    goto L10;
  L7:;
    t13 = pyxc_mv_subview(&a_X, 2, (const pyxc_mvindex[]){{PYXC_MV_AT, t12, 0, 0, 0, 0, 0, 0}, {PYXC_MV_SLICE, 0, 0, 0, 0, 0, 0, 0}}, 2, 0);
    if (unlikely(!t13.owner)) { pyxc_lineno = 32; goto L1; }
  L8:;
    pyxc_mv_xrelease(&v_r);
    v_r = t13;
    t14 = (Py_ssize_t)0;
    t15 = pyxc_mv_index(&v_r, 0, t14, 1, 1);
    if (unlikely(t15 == -1)) { pyxc_lineno = 33; goto L1; }
  L9:;
    t16 = (*(double *)(v_r.data + t15 * v_r.strides[0]));
    t17 = v_s + t16;
    v_s = t17;
    goto L4;
  L10:;
    pyxc_mv_release(&a_X);
    pyxc_mv_xrelease(&v_r);
    return t19;
}

static PyObject *pyxc_pf_row_returned(pyxc_slice a_X) {
    Py_ssize_t t1;
    Py_ssize_t t2;
    pyxc_slice t3;
    PyObject *t4;
    t3.owner = NULL;
    int pyxc_lineno = 37;
  L0:;
    t1 = (Py_ssize_t)0;
    t2 = pyxc_mv_subindex(&a_X, 0, t1, 1, 1);
    if (unlikely(t2 == -1)) { pyxc_lineno = 38; goto L1; }
    goto L2;
  L1:;
    pyxc_add_traceback("row_slices.row_returned", pyxc_lineno, "row_slices.pyx");
    return NULL;
  L2:;
    t3 = pyxc_mv_subview_borrowed(&a_X, 2, (const pyxc_mvindex[]){{PYXC_MV_AT, t2, 0, 0, 0, 0, 0, 0}, {PYXC_MV_SLICE, 0, 0, 0, 0, 0, 0, 0}}, 2, 0);
    if (unlikely(!t3.owner)) { pyxc_lineno = 38; goto L1; }
  L3:;
    t4 = pyxc_mv_to_object(&t3, 1, &pyxc_dtype_double, 0);
    if (unlikely(!t4)) { pyxc_lineno = 38; goto L1; }
  L4:;
    return t4;
}

static PyObject *pyxc_pf_row_or_copy(pyxc_slice a_X, int a_copy) {
    pyxc_slice v_r;
    Py_ssize_t t3;
    Py_ssize_t t4;
    pyxc_slice t5;
    Py_ssize_t t6;
    Py_ssize_t t7;
    pyxc_slice t8;
    pyxc_slice t9;
    Py_ssize_t t10;
    Py_ssize_t t11;
    double t12;
    PyObject *t13;
    v_r.owner = NULL;
    t5.owner = NULL;
    t8.owner = NULL;
    t9.owner = NULL;
    int pyxc_lineno = 41;
  L0:;
    t3 = (Py_ssize_t)0;
    t4 = pyxc_mv_subindex(&a_X, 0, t3, 1, 1);
    if (unlikely(t4 == -1)) { pyxc_lineno = 42; goto L1; }
    goto L2;
  L1:;
    pyxc_mv_xrelease(&v_r);
    pyxc_add_traceback("row_slices.row_or_copy", pyxc_lineno, "row_slices.pyx");
    return NULL;
  L2:;
    t5 = pyxc_mv_subview_borrowed(&a_X, 2, (const pyxc_mvindex[]){{PYXC_MV_AT, t4, 0, 0, 0, 0, 0, 0}, {PYXC_MV_SLICE, 0, 0, 0, 0, 0, 0, 0}}, 2, 0);
    if (unlikely(!t5.owner)) { pyxc_lineno = 42; goto L1; }
  L3:;
    pyxc_mv_acquire(&t5);
    v_r = t5;
    if (a_copy) goto L5; else goto L6;
  L4:;
    t10 = (Py_ssize_t)0;
    t11 = pyxc_mv_index(&v_r, 0, t10, 1, 1);
    if (unlikely(t11 == -1)) { pyxc_lineno = 45; goto L1; }
    goto L10;
  L5:;
    t6 = (Py_ssize_t)0;
    t7 = pyxc_mv_subindex(&a_X, 0, t6, 1, 1);
    if (unlikely(t7 == -1)) { pyxc_lineno = 44; goto L1; }
    goto L7;
  L6:;
    goto L4;
  L7:;
    t8 = pyxc_mv_subview_borrowed(&a_X, 2, (const pyxc_mvindex[]){{PYXC_MV_AT, t7, 0, 0, 0, 0, 0, 0}, {PYXC_MV_SLICE, 0, 0, 0, 0, 0, 0, 0}}, 2, 0);
    if (unlikely(!t8.owner)) { pyxc_lineno = 44; goto L1; }
  L8:;
    t9 = pyxc_mv_copy_new(&t8, 1, &pyxc_dtype_double, 0);
    if (unlikely(!t9.owner)) { pyxc_lineno = 44; goto L1; }
  L9:;
    pyxc_mv_release(&v_r);
    v_r = t9;
    goto L4;
  L10:;
    t12 = (*(double *)(v_r.data + t11 * v_r.strides[0]));
    t13 = PyFloat_FromDouble(t12);
    if (unlikely(!t13)) { pyxc_lineno = 45; goto L1; }
  L11:;
    pyxc_mv_release(&v_r);
    return t13;
}

