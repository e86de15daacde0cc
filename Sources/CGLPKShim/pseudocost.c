#include "pseudocost.h"

#include "fractional.h"

#include <float.h>
#include <math.h>

/* GLPK's hybrid pseudo-cost branching (glp_iocp.br_tech = GLP_BR_PCH), chosen from the
   search's callback with the same rule, the same statistics and the same estimates, so the
   search takes the same path. What differs is the cost of an estimate: GLPK copies the
   whole node problem for every estimate (twice per candidate it knows nothing of, with
   every cut row), and on a model of a few thousand columns those copies were a tenth of
   the whole search. Here one copy serves every estimate of a node: after each, the
   branched column's bounds and the basis are set back. */

/* What a node branched on, for the pseudo-costs of its children. */
typedef struct {
    int column;       /* 0: the node has not branched */
    double value;     /* the column's value in the node's LP */
    double objective; /* the node's LP objective */
} branching;

struct pseudocost {
    int n;
    int *down_count, *up_count;     /* [1+n]: estimates recorded (0: none yet) */
    double *down_sum, *up_sum;      /* [1+n]: their sums of degradation per unit */
    branching *nodes;               /* by GLPK's node reference number */
    int node_capacity;
    glp_prob *copy;                 /* the current node's problem, for estimates */
    int copy_is_current;
};

static void *zeroed(int count, int size) {
    char *p = glp_alloc(count, size);
    for (long k = 0; k < (long)count * size; k++) p[k] = 0;
    return p;
}

pseudocost *pseudocost_create(int n) {
    pseudocost *pc = glp_alloc(1, sizeof(pseudocost));
    pc->n = n;
    pc->down_count = zeroed(1 + n, sizeof(int));
    pc->up_count = zeroed(1 + n, sizeof(int));
    pc->down_sum = zeroed(1 + n, sizeof(double));
    pc->up_sum = zeroed(1 + n, sizeof(double));
    pc->node_capacity = 64;
    pc->nodes = zeroed(pc->node_capacity, sizeof(branching));
    pc->copy = NULL;
    pc->copy_is_current = 0;
    return pc;
}

void pseudocost_free(pseudocost *pc) {
    if (pc->copy) glp_delete_prob(pc->copy);
    glp_free(pc->down_count);
    glp_free(pc->up_count);
    glp_free(pc->down_sum);
    glp_free(pc->up_sum);
    glp_free(pc->nodes);
    glp_free(pc);
}

static branching *node_record(pseudocost *pc, int p) {
    if (p >= pc->node_capacity) {
        int capacity = pc->node_capacity;
        while (capacity <= p) capacity *= 2;
        branching *grown = zeroed(capacity, sizeof(branching));
        for (int k = 0; k < pc->node_capacity; k++) grown[k] = pc->nodes[k];
        glp_free(pc->nodes);
        pc->nodes = grown;
        pc->node_capacity = capacity;
    }
    return &pc->nodes[p];
}

/* GLPK updates the statistics when a node's LP is solved with all its cuts, just before
   it branches: the degradation per unit of the column its parent branched on. */
static void record_child(pseudocost *pc, glp_tree *T, glp_prob *P) {
    int parent = glp_ios_up_node(T, glp_ios_curr_node(T));
    if (parent == 0) return;
    branching *b = node_record(pc, parent);
    int j = b->column;
    if (j < 1 || j > pc->n) return;
    double dx = glp_get_col_prim(P, j) - b->value;
    if (dx == 0.0) return;
    double per_unit = fabs((glp_get_obj_val(P) - b->objective) / dx);
    if (dx < 0.0) pc->down_count[j]++, pc->down_sum[j] += per_unit;
    else pc->up_count[j]++, pc->up_sum[j] += per_unit;
}

/* A lower bound on the objective's degradation when column j of the node's problem P is
   fixed at `bound`: at most 30 dual simplex iterations on the copy from the node's basis.
   DBL_MAX when that problem has no feasible point. */
static double degradation(pseudocost *pc, glp_prob *P, int j, double bound) {
    if (!pc->copy_is_current) {
        if (!pc->copy) pc->copy = glp_create_prob();
        glp_copy_prob(pc->copy, P, GLP_OFF);
        pc->copy_is_current = 1;
    }
    glp_prob *lp = pc->copy;
    int type = glp_get_col_type(lp, j);
    double lb = glp_get_col_lb(lp, j), ub = glp_get_col_ub(lp, j);
    glp_set_col_bnds(lp, j, GLP_FX, bound, bound);
    glp_smcp parm;
    glp_init_smcp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    parm.meth = GLP_DUAL;
    parm.it_lim = 30;
    parm.out_dly = 1000;
    int ret = glp_simplex(lp, &parm);
    double z = glp_get_obj_val(P), degrad = 0.0;
    if (ret == 0 || ret == GLP_EITLIM) {
        if (glp_get_prim_stat(lp) == GLP_NOFEAS) degrad = DBL_MAX;
        else if (glp_get_dual_stat(lp) == GLP_FEAS) {
            degrad = glp_get_obj_dir(P) == GLP_MIN ? glp_get_obj_val(lp) - z
                                                   : z - glp_get_obj_val(lp);
            if (degrad < 1e-6 * (1.0 + 0.001 * fabs(z))) degrad = 0.0;
        }
    }
    /* Back to the node's problem: the column's bounds, then the basis. */
    glp_set_col_bnds(lp, j, type, lb, ub);
    int m = glp_get_num_rows(lp), n = glp_get_num_cols(lp);
    for (int i = 1; i <= m; i++) glp_set_row_stat(lp, i, glp_get_row_stat(P, i));
    for (int k = 1; k <= n; k++) glp_set_col_stat(lp, k, glp_get_col_stat(P, k));
    return degrad;
}

/* The estimated degradation per unit of a down (up = 0) or up (up = 1) branch on column j,
   estimated from the node when nothing has been recorded yet. */
static double per_unit(pseudocost *pc, glp_prob *P, int j, int up) {
    int *count = up ? pc->up_count : pc->down_count;
    double *sum = up ? pc->up_sum : pc->down_sum;
    if (count[j] == 0) {
        double x = glp_get_col_prim(P, j);
        double step = up ? ceil(x) - x : x - floor(x);
        double degrad = degradation(pc, P, j, up ? ceil(x) : floor(x));
        if (degrad == DBL_MAX) return DBL_MAX;
        count[j] = 1;
        sum[j] = degrad / step;
    }
    return sum[j] / (double)count[j];
}

void pseudocost_branch(pseudocost *pc, glp_tree *T, int (*keep_going)(void *), void *info) {
    glp_prob *P = glp_ios_get_prob(T);
    record_child(pc, T, P);
    pc->copy_is_current = 0;
    int chosen = 0, branch = GLP_NO_BRNCH, settled = 0, stopped = 0;
    double most = -1.0;
    for (int j = 1; j <= pc->n; j++) {
        if (!glp_ios_can_branch(T, j)) continue;
        if (!keep_going(info)) { stopped = 1; break; }
        double x = glp_get_col_prim(P, j);
        /* A branch with no feasible point settles the choice at once. */
        double down = per_unit(pc, P, j, 0);
        if (down == DBL_MAX) { chosen = j, branch = GLP_DN_BRNCH, settled = 1; break; }
        double up = per_unit(pc, P, j, 1);
        if (up == DBL_MAX) { chosen = j, branch = GLP_UP_BRNCH, settled = 1; break; }
        double d1 = down * (x - floor(x)), d2 = up * (ceil(x) - x);
        double d = d1 > d2 ? d1 : d2;
        if (most < d) {
            most = d;
            chosen = j;
            branch = d1 <= d2 ? GLP_DN_BRNCH : GLP_UP_BRNCH;
        }
    }
    /* No degradation anywhere (or no time left to estimate one): GLPK then takes the most
       fractional column. */
    if (stopped || (!settled && most == 0.0)) chosen = most_fractional_column(T, P, pc->n, &branch);
    if (chosen == 0) return;
    branching *b = node_record(pc, glp_ios_curr_node(T));
    b->column = chosen;
    b->value = glp_get_col_prim(P, chosen);
    b->objective = glp_get_obj_val(P);
    glp_ios_branch_upon(T, chosen, branch);
}
