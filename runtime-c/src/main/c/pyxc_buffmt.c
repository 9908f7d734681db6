/*
 * pyxc runtime: the buffer formats of views of structs (Point[:]). An exporter's format is read
 * item by item against the struct's numbers (pyxc_leaf, declared with pyxc_dtype in
 * pyxc_memview.c), with Cython's errors; a struct's dtype names the check as its `matches`.
 */

/* @piece pyxc_mv_struct_check */
/*
 * Whether a buffer's format describes a struct item: its numbers, read in order with the format's
 * alignment rules ('@' native, the default; '=', '<', '>', '!' and '^' none; 'x' pad bytes;
 * 'T{...}' nested structs; counts and '(n,m)' shapes), must be the struct's leaves at their
 * offsets, of the same kind and size (a byte's sign aside). 0 with Cython's ValueError otherwise.
 */
typedef struct {
    const pyxc_dtype *dt;
    const char *p;
    Py_ssize_t offset;
    int leaf;
    int native;
    Py_ssize_t align; /* the widest alignment among the numbers of the struct being read (native mode) */
    int shaped;       /* the item being read was given a "(n,m)" shape (not a string's length) */
} pyxc_fmt_walk;

static int pyxc_fmt_expected(pyxc_fmt_walk *w, const char *got) {
    if (w->leaf >= w->dt->nleaves) {
        PyErr_Format(PyExc_ValueError, "Buffer dtype mismatch, expected end but got %s", got);
    } else {
        const pyxc_leaf *l = &w->dt->leaves[w->leaf];
        PyErr_Format(PyExc_ValueError, "Buffer dtype mismatch, expected '%s' but got %s in '%s.%s'", l->type_name, got, l->owner, l->field);
    }
    return 0;
}

static int pyxc_fmt_number(pyxc_fmt_walk *w, char code, int complex_item, Py_ssize_t count, int ndim, const Py_ssize_t *dims) {
    char kind;
    Py_ssize_t size;
    const char *name;
    char complex_name[40];
    if (!pyxc_format_info(code, &kind, &size, &name) || (complex_item && kind != 'f')) {
        PyErr_Format(PyExc_ValueError, "Unexpected format string character: '%c'", code);
        return 0;
    }
    if (complex_item) {
        PyOS_snprintf(complex_name, sizeof complex_name, "'complex %s", name + 1);
        name = complex_name;
        kind = 'c';
    }
    Py_ssize_t align = size; /* (a complex number's: its part's) */
    if (complex_item) size *= 2;
    if (w->native && align > 1 && w->offset % align) w->offset += align - w->offset % align;
    if (w->native && align > w->align) w->align = align;
    for (Py_ssize_t k = 0; k < count; k++) {
        if (w->leaf >= w->dt->nleaves) return pyxc_fmt_expected(w, name);
        const pyxc_leaf *l = &w->dt->leaves[w->leaf];
        if (complex_item && l->kind == 'f' && l->size == align && !l->ndim && ndim == 0) {
            /* A complex number where the struct has two numbers of its part's type ({real, imag}), as Cython reads it. */
            if (!pyxc_fmt_number(w, code, 0, 2, 0, dims)) return 0;
            continue;
        }
        int bytes = size == 1 && l->size == 1 && (kind == 'i' || kind == 'u') && (l->kind == 'i' || l->kind == 'u');
        if (!bytes && (kind != l->kind || size != l->size)) return pyxc_fmt_expected(w, name);
        if (w->offset != l->offset) {
            PyErr_Format(PyExc_ValueError, "Buffer dtype mismatch; next field is at offset %zd but %zd expected", w->offset, l->offset);
            return 0;
        }
        Py_ssize_t n = 1;
        if (l->ndim) {
            /* (a shape is read size by size, then counted, in Cython's words; a string's length is one dimension) */
            if (ndim != l->ndim && !w->shaped) {
                PyErr_Format(PyExc_ValueError, "Expected %d dimensions, got %d", l->ndim, ndim);
                return 0;
            }
            for (int d = 0; d < ndim && d < l->ndim; d++) {
                if (dims[d] != l->dims[d]) {
                    PyErr_Format(PyExc_ValueError, "Expected a dimension of size %zd, got %zd", l->dims[d], dims[d]);
                    return 0;
                }
                n *= dims[d];
            }
            if (ndim != l->ndim) {
                PyErr_Format(PyExc_ValueError, "Expected %d dimension(s), got %d", l->ndim, ndim);
                return 0;
            }
        } else {
            for (int d = 0; d < ndim; d++) n *= dims[d]; /* a shape on a plain field: that many of them */
            if (n != 1) {
                PyErr_Format(PyExc_ValueError, "Expected %d dimensions, got %d", 0, ndim);
                return 0;
            }
        }
        w->offset += n * size;
        w->leaf++;
    }
    return 1;
}

static int pyxc_fmt_is_order(char c) {
    return c == '@' || c == '=' || c == '<' || c == '>' || c == '!' || c == '^';
}

/* A byte order and alignment mode at w->p, which it passes: 0 with Cython's error for a foreign byte order. */
static int pyxc_fmt_order(pyxc_fmt_walk *w) {
    char c = *w->p++;
    int big = c == '>' || c == '!';
    if ((c == '<' || big) && big != (PY_BIG_ENDIAN != 0)) {
        PyErr_SetString(PyExc_ValueError, big ? "Big-endian buffer not supported on little-endian compiler"
                                              : "Little-endian buffer not supported on big-endian compiler");
        return 0;
    }
    w->native = c == '@';
    return 1;
}

/* The items up to the closing '}' of a nested struct (closing = 1) or to the end. */
static int pyxc_fmt_items(pyxc_fmt_walk *w, int closing) {
    for (;;) {
        char c = *w->p;
        if (c == '\0') {
            if (closing) {
                PyErr_SetString(PyExc_ValueError, "Unexpected end of format string, expected '}'");
                return 0;
            }
            return 1;
        }
        if (c == '}') {
            if (!closing) {
                PyErr_SetString(PyExc_ValueError, "Unexpected format string character: '}'");
                return 0;
            }
            w->p++;
            return 1;
        }
        if (c == ' ') {
            w->p++;
            continue;
        }
        if (pyxc_fmt_is_order(c)) {
            if (!pyxc_fmt_order(w)) return 0;
            continue;
        }
        if (c == ':') {
            /* a field's name: skipped */
            const char *end = strchr(w->p + 1, ':');
            if (!end) {
                PyErr_SetString(PyExc_ValueError, "Unexpected end of format string, expected ':'");
                return 0;
            }
            w->p = end + 1;
            continue;
        }
        Py_ssize_t count = 1;
        int ndim = 0;
        Py_ssize_t dims[PYXC_MAX_DIMS];
        w->shaped = c == '(';
        if (c == '(') {
            w->p++;
            while (*w->p != ')') {
                if (ndim == PYXC_MAX_DIMS || !(*w->p >= '0' && *w->p <= '9')) {
                    PyErr_SetString(PyExc_ValueError, "Does not understand the shape of a field in the buffer's format");
                    return 0;
                }
                dims[ndim++] = strtol(w->p, (char **)&w->p, 10);
                if (*w->p == ',') w->p++;
                while (*w->p == ' ') w->p++;
            }
            w->p++;
        } else if (c >= '0' && c <= '9') {
            count = strtol(w->p, (char **)&w->p, 10);
        }
        /* (a byte order may stand between a shape and its type, as numpy writes "(4)=i") */
        while (pyxc_fmt_is_order(*w->p)) {
            if (!pyxc_fmt_order(w)) return 0;
        }
        c = *w->p++;
        if (c == 'x') {
            w->offset += count;
        } else if (c == 'T') {
            if (*w->p != '{') {
                PyErr_SetString(PyExc_ValueError, "Buffer acquisition: Expected '{' after 'T'");
                return 0;
            }
            const char *body = ++w->p;
            for (int d = 0; d < ndim; d++) count *= dims[d]; /* (an array of structs: "(2)T{...}") */
            Py_ssize_t outer = w->align;
            for (Py_ssize_t k = 0; k < count; k++) {
                w->p = body;
                w->align = 1;
                if (!pyxc_fmt_items(w, 1)) return 0;
                /* A nested struct ends padded to its widest number's alignment, as C lays it out. */
                if (w->native && w->offset % w->align) w->offset += w->align - w->offset % w->align;
            }
            if (w->align < outer) w->align = outer;
        } else if (c == 'Z') {
            if (!pyxc_fmt_number(w, *w->p++, 1, count, ndim, dims)) return 0;
        } else if (c == 's' || c == 'p') {
            /* a char array field written as a string of count bytes */
            Py_ssize_t one = count;
            if (!pyxc_fmt_number(w, 'c', 0, 1, 1, &one)) return 0;
        } else {
            if (!pyxc_fmt_number(w, c, 0, count, ndim, dims)) return 0;
        }
    }
}

static int pyxc_mv_struct_check(const char *fmt, Py_ssize_t itemsize, const pyxc_dtype *dt) {
    pyxc_fmt_walk w = {dt, fmt, 0, 0, 1, 1, 0};
    if (!pyxc_fmt_items(&w, 0)) return 0;
    if (w.leaf < dt->nleaves) return pyxc_fmt_expected(&w, "end");
    if (itemsize != dt->size) {
        PyErr_Format(PyExc_ValueError, "Item size of buffer (%zd byte%s) does not match size of '%s' (%zd byte%s)", itemsize,
                     itemsize == 1 ? "" : "s", dt->name, dt->size, dt->size == 1 ? "" : "s");
        return 0;
    }
    return 1;
}
/* @end */
