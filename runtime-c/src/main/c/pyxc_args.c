/*
 * pyxc runtime: arguments of Python-visible functions. Checking a call's positional and keyword
 * arguments against a signature with Cython's TypeError messages, and the *args / **kwargs
 * collections a call builds. Pasted piece by piece like every runtime file (see RuntimeBundler).
 */

/* @piece pyxc_keyword_is */
/* Whether an exact str keyword is the parameter name name (UTF-8): compared in place when the
   name is ASCII, as almost every name is, else as str (a name such as 'αrγ'). */
static int pyxc_keyword_is(PyObject *key, const char *name) {
    for (const unsigned char *c = (const unsigned char *)name; *c; c++) {
        if (*c >= 0x80) {
            PyObject *n = PyUnicode_FromString(name);
            int eq = n ? PyUnicode_Compare(key, n) == 0 : 0;
            if (!n) PyErr_Clear();
            Py_XDECREF(n);
            return eq;
        }
    }
    return PyUnicode_CompareWithASCIIString(key, name) == 0;
}
/* @end */

/* @piece pyxc_parse_args */
static void pyxc_raise_argtuple_invalid(const char *fname, int exact, Py_ssize_t min, Py_ssize_t max, Py_ssize_t found) {
    Py_ssize_t expected = found < min ? min : max;
    const char *more_or_less = exact ? "exactly" : (found < min ? "at least" : "at most");
    PyErr_Format(PyExc_TypeError, "%.200s() takes %.8s %zd positional argument%.1s (%zd given)",
                 fname, more_or_less, expected, expected == 1 ? "" : "s", found);
}

/*
 * Matches vectorcall arguments to parameter names. values[i] receives a borrowed reference or
 * stays NULL for an omitted optional parameter. Messages are Cython's.
 */
static int pyxc_parse_args(const char *fname, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
                           const char *const *names, Py_ssize_t nparams, Py_ssize_t nrequired, PyObject **values) {
    int exact = nrequired == nparams;
    if (nargs > nparams) {
        pyxc_raise_argtuple_invalid(fname, exact, nrequired, nparams, nargs);
        return -1;
    }
    for (Py_ssize_t i = 0; i < nargs; i++) values[i] = args[i];
    if (kwnames) {
        Py_ssize_t nkw = PyTuple_GET_SIZE(kwnames);
        for (Py_ssize_t k = 0; k < nkw; k++) {
            PyObject *key = PyTuple_GET_ITEM(kwnames, k);
            Py_ssize_t j;
            if (!PyUnicode_Check(key)) {
                PyErr_Format(PyExc_TypeError, "%.200s() keywords must be strings", fname);
                return -1;
            }
            if (PyUnicode_CheckExact(key)) {
                for (j = 0; j < nparams; j++) {
                    if (pyxc_keyword_is(key, names[j])) break;
                }
            } else {
                /* A str subclass is compared with its own __eq__, which may raise, as in Cython. */
                for (j = 0; j < nparams; j++) {
                    PyObject *name = PyUnicode_FromString(names[j]);
                    int eq;
                    if (!name) return -1;
                    eq = PyObject_RichCompareBool(key, name, Py_EQ);
                    Py_DECREF(name);
                    if (eq < 0) return -1;
                    if (eq) break;
                }
            }
            if (j == nparams) {
                PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%U'", fname, key);
                return -1;
            }
            if (values[j]) {
                PyErr_Format(PyExc_TypeError, "%s() got multiple values for keyword argument '%U'", fname, key);
                return -1;
            }
            values[j] = args[nargs + k];
        }
    }
    for (Py_ssize_t j = 0; j < nrequired; j++) {
        if (!values[j]) {
            pyxc_raise_argtuple_invalid(fname, exact, nrequired, nparams, j);
            return -1;
        }
    }
    return 0;
}
/* @end */

/* @piece pyxc_parse_args_ex */
/* The index in names[from..to) of a keyword (str subclasses compared with their own __eq__, as
   in Cython); -1 when none matches, -2 on error. */
static Py_ssize_t pyxc_keyword_index(PyObject *key, const char *const *names, Py_ssize_t from, Py_ssize_t to) {
    for (Py_ssize_t j = from; j < to; j++) {
        int eq;
        if (PyUnicode_CheckExact(key)) {
            eq = pyxc_keyword_is(key, names[j]);
        } else {
            PyObject *name = PyUnicode_FromString(names[j]);
            if (!name) return -2;
            eq = PyObject_RichCompareBool(key, name, Py_EQ);
            Py_DECREF(name);
            if (eq < 0) return -2;
        }
        if (eq) return j;
    }
    return -1;
}

/*
 * Matches vectorcall arguments to a full Python signature, with Cython's checks in Cython's order
 * and its messages. names[0..nnamed) are the named parameters: npos positional ones (the first
 * nposonly of them positional-only, never matched by a keyword) and then keyword-only ones;
 * required[i] is 1 when parameter i has no default. values[i] receives a borrowed reference or
 * stays NULL. When star is not NULL, *star receives a new tuple of the positional arguments past
 * npos; when dstar is not NULL, *dstar receives a new dict of the keywords no parameter takes
 * (without it such a keyword is an error). On error both are left NULL.
 */
static int pyxc_parse_args_ex(const char *fname, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
                              const char *const *names, const unsigned char *required, Py_ssize_t nposonly,
                              Py_ssize_t npos, Py_ssize_t nnamed, PyObject **values, PyObject **star, PyObject **dstar) {
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    Py_ssize_t min = 0, used = nargs < npos ? nargs : npos, first_kw = used > nposonly ? used : nposonly;
    PyObject *rest = NULL, *extra = NULL;
    while (min < npos && required[min]) min++;
    int exact = star == NULL && min == npos;
    if (nkw && !dstar && nnamed == nposonly) {
        /* No parameter takes a keyword: the first one is refused before the count is checked. */
        PyObject *key = PyTuple_GET_ITEM(kwnames, 0);
        if (PyUnicode_Check(key)) PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%U'", fname, key);
        else PyErr_Format(PyExc_TypeError, "%.200s() keywords must be strings", fname);
        return -1;
    }
    if (star == NULL && nargs > npos) goto argtuple;
    if (nargs < (nkw ? (min < nposonly ? min : nposonly) : min)) goto argtuple;
    for (Py_ssize_t i = 0; i < used; i++) values[i] = args[i];
    if (dstar && !(extra = PyDict_New())) return -1;
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, k);
        Py_ssize_t j;
        if (!PyUnicode_Check(key)) {
            PyErr_Format(PyExc_TypeError, "%.200s() keywords must be strings", fname);
            goto bad;
        }
        j = pyxc_keyword_index(key, names, first_kw, nnamed);
        if (j >= 0) {
            values[j] = args[nargs + k];
            continue;
        }
        if (j == -1) j = pyxc_keyword_index(key, names, nposonly, first_kw);
        if (j == -2) goto bad;
        if (j >= 0) {
            PyErr_Format(PyExc_TypeError, "%s() got multiple values for keyword argument '%U'", fname, key);
            goto bad;
        }
        if (!extra) {
            PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%U'", fname, key);
            goto bad;
        }
        if (PyDict_SetItem(extra, key, args[nargs + k]) < 0) goto bad;
    }
    for (Py_ssize_t i = nargs; i < min; i++) {
        if (!values[i]) {
            pyxc_raise_argtuple_invalid(fname, exact, min, npos, i);
            goto bad;
        }
    }
    for (Py_ssize_t i = npos; i < nnamed; i++) {
        if (required[i] && !values[i]) {
            PyErr_Format(PyExc_TypeError, "%s() needs keyword-only argument %s", fname, names[i]);
            goto bad;
        }
    }
    if (star) {
        Py_ssize_t n = nargs > npos ? nargs - npos : 0;
        if (!(rest = PyTuple_New(n))) goto bad;
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_INCREF(args[npos + i]);
            PyTuple_SET_ITEM(rest, i, args[npos + i]);
        }
        *star = rest;
    }
    if (dstar) *dstar = extra;
    return 0;
argtuple:
    pyxc_raise_argtuple_invalid(fname, exact, min, npos, nargs);
    return -1;
bad:
    Py_XDECREF(extra);
    return -1;
}
/* @end */

/* @piece pyxc_list_extend */
/* f(a, *x): appends the items of any iterable to the list of positional arguments. */
static int pyxc_list_extend(PyObject *list, PyObject *iterable) {
    PyObject *it = PyObject_GetIter(iterable), *item;
    if (!it) return -1;
    while ((item = PyIter_Next(it))) {
        int r = PyList_Append(list, item);
        Py_DECREF(item);
        if (r < 0) {
            Py_DECREF(it);
            return -1;
        }
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
}
/* @end */

/* @piece pyxc_kwargs_copy */
/* f(**x): a new dict of x's items, as Cython makes it (None refused, a dict copied, any other
   mapping given to dict()). */
static PyObject *pyxc_kwargs_copy(PyObject *mapping) {
    if (mapping == Py_None) {
        PyErr_SetString(PyExc_TypeError, "argument after ** must be a mapping, not NoneType");
        return NULL;
    }
    if (PyDict_CheckExact(mapping)) return PyDict_Copy(mapping);
    return PyObject_CallOneArg((PyObject *)&PyDict_Type, mapping);
}
/* @end */

/* @piece pyxc_kwargs_add */
/* name=value into the keywords of a call that also has **x: a name given twice is Cython's
   error (which names the callee "function"). */
static int pyxc_kwargs_add(PyObject *kwargs, PyObject *name, PyObject *value) {
    int found = PyDict_Contains(kwargs, name);
    if (found < 0) return -1;
    if (found) {
        PyErr_Format(PyExc_TypeError, "%s() got multiple values for keyword argument '%U'", "function", name);
        return -1;
    }
    return PyDict_SetItem(kwargs, name, value);
}
/* @end */

/* @piece pyxc_kwargs_merge */
/* A later **x merged into the keywords of a call; a name already there is Cython's error. */
static int pyxc_kwargs_merge(PyObject *kwargs, PyObject *mapping) {
    PyObject *items = pyxc_kwargs_copy(mapping), *key, *value;
    Py_ssize_t pos = 0;
    if (!items) return -1;
    while (PyDict_Next(items, &pos, &key, &value)) {
        if (pyxc_kwargs_add(kwargs, key, value) < 0) {
            Py_DECREF(items);
            return -1;
        }
    }
    Py_DECREF(items);
    return 0;
}
/* @end */
