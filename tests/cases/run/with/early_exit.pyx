# return, break and continue leaving the body of a with statement call __exit__(None, None, None)
# first; a return value is computed before __exit__ runs.


class CM:
    def __init__(self, log, name='cm'):
        self.log = log
        self.name = name

    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self.log

    def __exit__(self, exc_type, exc, tb):
        self.log.append(('exit', self.name, exc_type))


class Raising:
    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        raise KeyError('exit')


def return_inside(log):
    """
    >>> log = []
    >>> return_inside(log)
    ['enter cm']
    >>> log
    ['enter cm', ('exit', 'cm', None)]
    """
    with CM(log) as l:
        return l[:]


def return_value_before_exit(log):
    """
    >>> return_value_before_exit([])
    1
    """
    with CM(log) as l:
        return len(l)


def return_local_before_exit():
    """
    >>> return_local_before_exit()
    ['enter cm']
    """
    log = []
    with CM(log):
        snapshot = log[:]
        return snapshot


def return_c_value(int n):
    """
    >>> return_c_value(5)
    (10, ['enter cm', ('exit', 'cm', None)])
    """
    log = []
    return inner_c(n, log), log


cdef int inner_c(int n, list log) except? -1:
    with CM(log):
        return n * 2


def return_after_loop(log):
    """
    >>> log = []
    >>> return_after_loop(log)
    3
    >>> log
    ['enter cm', ('exit', 'cm', None)]
    """
    cdef int i
    with CM(log):
        for i in range(10):
            if i == 3:
                return i


def break_out(log):
    """
    >>> log = []
    >>> break_out(log)
    2
    >>> log
    ['enter 0', ('exit', '0', None), 'enter 1', ('exit', '1', None), 'enter 2', ('exit', '2', None)]
    """
    cdef int i
    for i in range(5):
        with CM(log, str(i)):
            if i == 2:
                break
    return i


def continue_in(log):
    """
    >>> log = []
    >>> continue_in(log)
    ['0', '2']
    >>> len(log)
    8
    >>> log[-2:]
    [('exit', '2', None), 'after 2']
    """
    out = []
    for i in range(3):
        with CM(log, str(i)):
            if i == 1:
                continue
            out.append(str(i))
        log.append('after ' + str(i))
    return out


def break_from_nested_loops(log):
    """
    >>> log = []
    >>> break_from_nested_loops(log)
    (1, 2)
    >>> log
    ['enter outer', 'enter inner', ('exit', 'inner', None), 'enter inner', ('exit', 'inner', None), ('exit', 'outer', None)]
    """
    with CM(log, 'outer'):
        for i in range(3):
            with CM(log, 'inner'):
                for j in range(3):
                    if i == 1 and j == 2:
                        break
                    if i == 0:
                        break
                else:
                    continue
            if i == 1:
                break
    return i, j


def loop_inside_with_continue(log):
    """
    >>> log = []
    >>> loop_inside_with_continue(log)
    [1, 3]
    >>> log
    ['enter cm', ('exit', 'cm', None)]
    """
    odd = []
    with CM(log):
        for i in range(4):
            if i % 2 == 0:
                continue
            odd.append(i)
    return odd


def return_through_try_finally(log):
    """
    >>> log = []
    >>> return_through_try_finally(log)
    'value'
    >>> log
    ['enter cm', 'finally', ('exit', 'cm', None)]
    """
    with CM(log):
        try:
            return 'value'
        finally:
            log.append('finally')


def return_in_with_inside_finally(log):
    """
    >>> log = []
    >>> return_in_with_inside_finally(log)
    'from with'
    >>> log
    ['enter cm', ('exit', 'cm', None), 'finally']
    """
    try:
        with CM(log):
            return 'from with'
    finally:
        log.append('finally')


def return_from_except_in_with(log):
    """
    >>> log = []
    >>> return_from_except_in_with(log)
    'caught'
    >>> log
    ['enter cm', ('exit', 'cm', None)]
    """
    with CM(log):
        try:
            raise ValueError
        except ValueError:
            return 'caught'


def exit_raises_on_return():
    """
    >>> exit_raises_on_return()
    Traceback (most recent call last):
    KeyError: 'exit'
    """
    with Raising():
        return 'lost'


def exit_raises_on_break():
    """
    >>> exit_raises_on_break()
    "KeyError('exit')"
    """
    try:
        while True:
            with Raising():
                break
    except KeyError as e:
        return repr(e)


def while_loop_with(log):
    """
    >>> log = []
    >>> while_loop_with(log)
    3
    >>> len(log)
    6
    """
    n = 0
    while True:
        with CM(log, str(n)):
            n += 1
            if n < 3:
                continue
            break
    return n
