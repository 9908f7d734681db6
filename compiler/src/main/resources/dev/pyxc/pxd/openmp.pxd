# pyxc's declarations of OpenMP's runtime library <omp.h> (OpenMP API 3.1, section 3: execution
# environment, lock and timing routines), for `cimport openmp`. Written from the OpenMP
# specification. A module that cimports it is built with -fopenmp, as its prange loops are.
cdef extern from "<omp.h>" nogil:
    ctypedef struct omp_lock_t:
        pass
    ctypedef struct omp_nest_lock_t:
        pass

    ctypedef enum omp_sched_t:
        omp_sched_static = 1
        omp_sched_dynamic = 2
        omp_sched_guided = 3
        omp_sched_auto = 4

    void omp_set_num_threads(int num_threads)
    int omp_get_num_threads()
    int omp_get_max_threads()
    int omp_get_thread_num()
    int omp_get_num_procs()
    int omp_in_parallel()
    void omp_set_dynamic(int dynamic_threads)
    int omp_get_dynamic()
    void omp_set_nested(int nested)
    int omp_get_nested()
    void omp_set_schedule(omp_sched_t kind, int modifier)
    void omp_get_schedule(omp_sched_t *kind, int *modifier)
    int omp_get_thread_limit()
    void omp_set_max_active_levels(int max_levels)
    int omp_get_max_active_levels()
    int omp_get_level()
    int omp_get_ancestor_thread_num(int level)
    int omp_get_team_size(int level)
    int omp_get_active_level()
    int omp_in_final()

    void omp_init_lock(omp_lock_t *lock)
    void omp_destroy_lock(omp_lock_t *lock)
    void omp_set_lock(omp_lock_t *lock)
    void omp_unset_lock(omp_lock_t *lock)
    int omp_test_lock(omp_lock_t *lock)
    void omp_init_nest_lock(omp_nest_lock_t *lock)
    void omp_destroy_nest_lock(omp_nest_lock_t *lock)
    void omp_set_nest_lock(omp_nest_lock_t *lock)
    void omp_unset_nest_lock(omp_nest_lock_t *lock)
    int omp_test_nest_lock(omp_nest_lock_t *lock)

    double omp_get_wtime()
    double omp_get_wtick()
