/* GLPK's generators for mixed-integer rounding, cover and clique cuts are declared in
   glpk.h under GLP_UNDOC (exported by the library, left out of its manual). */
#define GLP_UNDOC 1
#include "cutround.h"
#include "cutchoice.h"
#include "gomory.h"
#include "knapsacklock.h"

#include <math.h>

/* GLPK's rounds of cuts, made from the search's callback at the moments GLPK's search
   would make them, with GLPK's own generators for mixed-integer rounding, cover and
   clique cuts, Gomory cuts from gomory.c, and GLPK's choice among them from cutchoice.c,
   so the search takes the same path as with GLPK's own code, without its copies. */

struct cut_round {
    tableau *tab;
    cut_families families;
    glp_mir *mir;          /* GLPK's generators, set up when GLPK sets them up */
    glp_cov *cov;
    glp_cfg *cfg;
    int set_up;
    /* GLPK's search state that decides when cuts are made (see cut_round_observe). */
    int root_done, pred_p, bad_cut, changed;
    double old_obj;
    int fresh;             /* the next callback with a node opens a new node */
    int last_reason, branched_node, branched_total;
};

cut_round *cut_round_create(tableau *tab, cut_families families) {
    cut_round *c = glp_alloc(1, sizeof(cut_round));
    c->tab = tab;
    c->families = families;
    c->mir = NULL, c->cov = NULL, c->cfg = NULL;
    c->set_up = 0;
    c->root_done = c->pred_p = c->bad_cut = c->changed = 0;
    c->old_obj = 0;
    c->fresh = 1;
    c->last_reason = c->branched_node = c->branched_total = 0;
    return c;
}

void cut_round_free(cut_round *c) {
    if (c->mir) glp_mir_free(c->mir);
    if (c->cov) glp_cov_free(c->cov);
    if (c->cfg) glp_cfg_free(c->cfg);
    glp_free(c);
}

/* GLPK sets its generators up from the root's problem before the root is preprocessed,
   which is when the root's first callback (GLP_IPREPRO) comes. */
static void set_up(cut_round *c, glp_prob *P) {
    c->set_up = 1;
    if (c->families.mir) c->mir = glp_mir_init(P);
    if (c->families.cover) c->cov = glp_cov_init(P);
    if (c->families.clique) c->cfg = glp_cfg_init(P);
}

static int cut_rows(glp_tree *T, glp_prob *P) {
    int m = glp_get_num_rows(P), count = 0;
    glp_attr attr;
    for (int i = 1; i <= m; i++) {
        glp_ios_row_attr(T, i, &attr);
        if (attr.origin == GLP_RF_CUT) count++;
    }
    return count;
}

/* One round, as GLPK's generate_cuts and ios_process_cuts make it: every family's cuts
   into one pool, in GLPK's order, then GLPK's choice among them. */
static void make_round(cut_round *c, glp_tree *T, glp_prob *P) {
    tableau_read_node(c->tab, T);
    int n = c->tab->n, level = glp_ios_node_level(T, glp_ios_curr_node(T));
    glp_prob *pool = glp_create_prob();
    glp_add_cols(pool, n);
    if (c->families.gomory && c->changed < 7) gomory_cuts(c->tab, P, pool);
    if (c->mir) glp_mir_gen(P, c->mir, pool);
    if (c->cov) {
        knapsack_lock();
        glp_cov_gen1(P, c->cov, pool);
        knapsack_unlock();
    }
    if (c->cfg && ((level == 0 && c->changed < 500) || (level > 0 && c->changed < 50))) {
        int *ind = glp_alloc(1 + n, sizeof(int));
        double *val = glp_alloc(1 + n, sizeof(double));
        int len = glp_clq_cut(P, c->cfg, ind, val);
        if (len > 0) {
            /* GLPK's own pool holds the clique cut's terms reversed. */
            cut_terms_reverse(len, ind, val);
            int i = glp_add_rows(pool, 1);
            glp_set_mat_row(pool, i, len, ind, val);
            glp_set_row_bnds(pool, i, GLP_UP, val[0], val[0]);
        }
        glp_free(ind), glp_free(val);
    }
    if (glp_get_num_rows(pool) > 0) cut_choice_add(c->tab, T, pool);
    glp_delete_prob(pool);
}

/* GLPK's search makes cuts at a node only at the root, or after it backtracked (the node
   is not a child of the node that branched last); only while the last rounds moved the
   bound (at the root, for up to three rounds that did not); Gomory cuts only in the first
   seven rounds of a node, clique cuts in the first 500 at the root and 50 elsewhere; and
   none once the cut rows number as many as the columns (at least 1000). That state lives
   inside glp_intopt, so it is followed here from the callbacks: which node is current,
   when it branched, and whether branching made two children. */
void cut_round_observe(cut_round *c, glp_tree *T) {
    int reason = glp_ios_reason(T);
    glp_prob *P = glp_ios_get_prob(T);
    int a_cnt, n_cnt, t_cnt;
    if (reason == GLP_ISELECT) {
        glp_ios_tree_size(T, &a_cnt, &n_cnt, &t_cnt);
        c->pred_p = c->last_reason == GLP_IBRANCH && t_cnt == c->branched_total + 2
                        ? c->branched_node : 0;
        c->fresh = 1;
        c->last_reason = reason;
        return;
    }
    int node = glp_ios_curr_node(T);
    if (node == 0) { c->last_reason = reason; return; }
    if (!c->set_up && reason == GLP_IPREPRO) set_up(c, P);
    if (c->fresh) {
        c->fresh = 0;
        int up = glp_ios_up_node(T, node);
        if (up != 0 && up != c->pred_p) c->pred_p = 0;
        c->bad_cut = 0;
        c->changed = 0;
    } else if (c->last_reason == GLP_IBRANCH && node == c->branched_node) {
        /* One branch was hopeless: the node goes on as the other, anew. */
        c->changed = 0;
    }
    if (reason == GLP_IBRANCH) {
        glp_ios_tree_size(T, &a_cnt, &n_cnt, &t_cnt);
        c->root_done = 1;
        c->branched_node = node;
        c->branched_total = t_cnt;
    } else if (reason == GLP_ICUTGEN) {
        double obj = glp_get_obj_val(P);
        if (c->changed > 0) {
            double degrad = fabs(obj - c->old_obj);
            if (degrad < 1e-4 * (1.0 + fabs(c->old_obj))) c->bad_cut++;
            else c->bad_cut = 0;
        }
        c->old_obj = obj;
        int n = glp_get_num_cols(P), max_cuts = n < 1000 ? 1000 : n;
        if ((c->bad_cut == 0 || (!c->root_done && c->bad_cut <= 3)) &&
            (!c->root_done || c->pred_p == 0) && cut_rows(T, P) < max_cuts)
            make_round(c, T, P);
        c->changed++;
    }
    c->last_reason = reason;
}
