#ifndef PARKPLAN_GLPK_SHIM_H
#define PARKPLAN_GLPK_SHIM_H

/* A guarded door to GLPK: each call builds, solves and deletes one problem inside a
   setjmp frame with glp_error_hook installed, so an internal GLPK error (its memory
   limit included) returns an error code instead of aborting the process. Only C frames
   lie between the setjmp and any longjmp: the callbacks below into the caller never call
   GLPK. A problem object never leaves the call, so it never crosses threads. */

/** The model in GLPK's 1-based layout: arrays of columns and rows have a dummy slot 0. */
typedef struct {
    const char *name;            /* made safe by the caller: GLPK refuses some characters */
    int n_cols;
    int n_rows;
    int maximize;
    double obj_const;
    const double *col_lb;        /* -HUGE_VAL / HUGE_VAL for none */
    const double *col_ub;
    const double *obj;
    const int *col_kind;         /* 0 continuous, 1 integer, 2 binary */
    const double *row_lb;
    const double *row_ub;
    int nnz;
    const int *ia;               /* row indices, 1-based, slot 0 unused */
    const int *ja;               /* column indices */
    const double *ar;            /* coefficients */
} pp_model;

/** Called with the search's progress; a nonzero return stops the search. */
typedef int (*pp_progress_fn)(void *ctx, int nodes, int has_incumbent, double incumbent,
                              int has_bound, double bound, double gap);
/** Receives GLPK's terminal output. */
typedef void (*pp_log_fn)(void *ctx, const char *text);
/** Asked while GLPK works (every LP display, every search callback); nonzero: stop now. */
typedef int (*pp_stop_fn)(void *ctx);

typedef struct {
    int time_limit_ms;           /* <= 0: none */
    double mip_gap;
    int presolve;
    int gmi_cuts, mir_cuts, cov_cuts, clq_cuts;
    int fp_heur, ps_heur;
    int br_tech;                 /* GLP_BR_* */
    int glpk_own_code;           /* 1: GLPK's own code chooses pseudo-cost branches (copying
                                    the problem per estimate, deaf to the deadline meanwhile)
                                    and Driebeck-Tomlin ones and makes Gomory cuts; 0: the
                                    shim's, which make the same choices and cuts faster */
    int bt_tech;                 /* GLP_BT_* */
    int root_only_tightening;    /* 1: bounds tightened from the rows at the root only
                                    (GLP_PP_ROOT); 0: at every node (GLPK's GLP_PP_ALL) */
    int mem_limit_mb;            /* <= 0: none */
    const double *start;         /* NULL or n_cols+1 values; used only with presolve off */
    void *ctx;
    pp_progress_fn progress;     /* may be NULL */
    pp_log_fn log;               /* NULL: silent */
    pp_stop_fn stop;             /* may be NULL: asked at least every 100 ms of simplex work */
} pp_params;

typedef struct {
    int failed;                  /* 1: GLPK raised an internal error; see message */
    int ret;                     /* return code of glp_simplex / glp_intopt */
    int lp_status;               /* glp_get_status after the LP */
    int mip_status;              /* glp_mip_status (MIPs only) */
    int is_mip;
    double obj;
    int has_bound;
    double bound;
    double gap;
    int nodes;
    int stopped;                 /* 1: the caller's stop function ended the run */
    int timed_out;               /* 1: the time limit ended the run */
    double *x;                   /* caller-owned, n_cols+1 */
    double *row_dual;            /* caller-owned, n_rows+1, or NULL */
    double *col_dual;            /* caller-owned, n_cols+1, or NULL */
    char message[1024];
} pp_result;

/** Builds, solves and deletes the problem; returns 0, or 1 when GLPK failed internally.
    A simplex run that the time limit or the stop function interrupts before any branch-
    and-bound callback returns 0 with ret GLP_ETMLIM or GLP_ESTOP and no solution. */
int pp_solve(const pp_model *model, const pp_params *params, pp_result *result);

/** GLPK's version, e.g. "5.0". */
const char *pp_version(void);

/** The thread-local storage class GLPK was built with, or NULL when it is not re-entrant. */
const char *pp_tls(void);

#endif
