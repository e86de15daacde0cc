#include "gomory.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>

/* GLPK's Gomory mixed-integer cuts (glp_iocp.gmi_cuts), generated from the search's
   callback with GLPK's rule, at the moments GLPK would generate them, so the search takes
   the same path; the rows of the simplex table come from tableau.c, which computes them
   without GLPK's copies. */

struct gomory {
    tableau *tab;
    /* GLPK's search state that decides when cuts are generated (see gomory_observe). */
    int root_done, pred_p, bad_cut, changed;
    double old_obj;
    int fresh;             /* the next callback with a node opens a new node */
    int last_reason, branched_node, branched_total;
    double *phi;           /* work: the cut over rows and columns, dense */
    int phi_capacity;
};

gomory *gomory_create(tableau *tab) {
    gomory *g = glp_alloc(1, sizeof(gomory));
    g->tab = tab;
    g->root_done = g->pred_p = g->bad_cut = g->changed = 0;
    g->old_obj = 0;
    g->fresh = 1;
    g->last_reason = g->branched_node = g->branched_total = 0;
    g->phi = NULL;
    g->phi_capacity = 0;
    return g;
}

void gomory_free(gomory *g) {
    if (g->phi) glp_free(g->phi);
    glp_free(g);
}

#define frac(x) ((x) - floor(x))

/* One cut from the table row of basic column j, as glp_gmi_cut makes it: its terms in
   ind[1..len], val[1..len] and its right-hand side in val[0] (the cut is >=). Returns
   len, or a value below 1 when there is no cut. */
static int gmi_cut(gomory *g, glp_prob *P, int j, int ind[], double val[]) {
    tableau *tab = g->tab;
    int m = glp_get_num_rows(P), n = tab->n;
    double x = glp_get_col_prim(P, j);
    if (fabs(x - floor(x + 0.5)) < 0.001) return -6;
    int len = tableau_row(tab, P, j);
    if (m + n + 1 > g->phi_capacity) {
        if (g->phi) glp_free(g->phi);
        g->phi_capacity = 2 * (m + n + 1);
        g->phi = glp_alloc(g->phi_capacity, sizeof(double));
    }
    double *phi = g->phi, beta = x, rhs = frac(beta);
    for (int k = 1; k <= m + n; k++) phi[k] = 0.0;
    for (int t = 1; t <= len; t++) {
        int k = tab->index[t], kind, stat;
        double lb, ub, alfa, phi1;
        if (k <= m) {
            kind = GLP_CV;
            lb = glp_get_row_lb(P, k), ub = glp_get_row_ub(P, k);
            stat = glp_get_row_stat(P, k);
        } else {
            int c = k - m;
            kind = glp_get_col_kind(P, c) == GLP_CV ? GLP_CV : GLP_IV;
            lb = glp_get_col_lb(P, c), ub = glp_get_col_ub(P, c);
            stat = glp_get_col_stat(P, c);
        }
        double ksi = tab->entry[t];
        if (fabs(ksi) > 1e+05) return -7;
        if (fabs(ksi) < 1e-10) continue;
        switch (stat) {
        case GLP_NF: return -8;
        case GLP_NL: alfa = -ksi; break;
        case GLP_NU: alfa = +ksi; break;
        default: continue; /* GLP_NS: fixed */
        }
        if (kind == GLP_IV) {
            if (fabs(alfa - floor(alfa + 0.5)) < 1e-10) continue;
            else if (frac(alfa) <= frac(beta)) phi1 = frac(alfa);
            else phi1 = (frac(beta) / (1.0 - frac(beta))) * (1.0 - frac(alfa));
        } else {
            if (alfa >= 0.0) phi1 = +alfa;
            else phi1 = (frac(beta) / (1.0 - frac(beta))) * (-alfa);
        }
        if (stat == GLP_NL) phi[k] = +phi1, rhs += phi1 * lb;
        else phi[k] = -phi1, rhs -= phi1 * ub;
    }
    /* Substitute each auxiliary variable by its row. */
    for (int i = 1; i <= m; i++) {
        if (fabs(phi[i]) < 1e-10) continue;
        int rlen = glp_get_mat_row(P, i, ind, val);
        for (int t = 1; t <= rlen; t++) phi[m + ind[t]] += phi[i] * val[t];
    }
    len = 0;
    for (int c = 1; c <= n; c++) {
        if (fabs(phi[m + c]) < 1e-10) continue;
        if (glp_get_col_type(P, c) == GLP_FX) rhs -= phi[m + c] * glp_get_col_lb(P, c);
        else len++, ind[len] = c, val[len] = phi[m + c];
    }
    if (fabs(rhs) < 1e-12) rhs = 0.0;
    ind[0] = 0, val[0] = rhs;
    return len;
}

struct candidate { int j; double f; };

static int by_fraction(const void *a, const void *b) {
    const struct candidate *x = a, *y = b;
    if (x->f > y->f) return -1;
    if (x->f < y->f) return +1;
    return 0;
}

/* glp_gmi_gen's rule: the fractional basic integer columns, most fractional first, one cut
   each while its coefficients are between 1e-3 and 1e3, at most 50 cuts, into the search's
   cut pool through a scratch problem as GLPK does (which fixes the order of their terms). */
static void generate(gomory *g, glp_tree *T, glp_prob *P) {
    if (!glp_bf_exists(P) || glp_get_prim_stat(P) != GLP_FEAS || glp_get_dual_stat(P) != GLP_FEAS) return;
    tableau_read_node(g->tab, T);
    int m = glp_get_num_rows(P), n = g->tab->n;
    struct candidate *list = glp_alloc(n + 1, sizeof(struct candidate));
    int count = 0;
    for (int j = 1; j <= n; j++) {
        if (glp_get_col_kind(P, j) == GLP_CV) continue;
        if (glp_get_col_type(P, j) == GLP_FX) continue;
        if (glp_get_col_stat(P, j) != GLP_BS) continue;
        double f = frac(glp_get_col_prim(P, j));
        if (!(0.05 <= f && f <= 0.95)) continue;
        count++, list[count].j = j, list[count].f = f;
    }
    qsort(&list[1], count, sizeof(struct candidate), by_fraction);
    glp_prob *pool = glp_create_prob();
    glp_add_cols(pool, n);
    int *ind = glp_alloc(m + n + 1, sizeof(int));
    double *val = glp_alloc(m + n + 1, sizeof(double));
    int made = 0;
    for (int t = 1; t <= count && made < 50; t++) {
        int len = gmi_cut(g, P, list[t].j, ind, val);
        if (len < 1) continue;
        int scaled = 1;
        for (int k = 1; k <= len; k++)
            if (fabs(val[k]) < 1e-03 || fabs(val[k]) > 1e+03) { scaled = 0; break; }
        if (!scaled) continue;
        int i = glp_add_rows(pool, 1);
        glp_set_row_bnds(pool, i, GLP_LO, val[0], 0);
        glp_set_mat_row(pool, i, len, ind, val);
        made++;
    }
    for (int i = 1; i <= glp_get_num_rows(pool); i++) {
        int len = glp_get_mat_row(pool, i, ind, val);
        glp_ios_add_row(T, NULL, GLP_RF_GMI, 0, len, ind, val, GLP_LO, glp_get_row_lb(pool, i));
    }
    glp_free(ind);
    glp_free(val);
    glp_delete_prob(pool);
    glp_free(list);
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

/* GLPK's search generates its own cuts at a node only at the root, or after it
   backtracked (the node is not a child of the node that branched last); only while the
   last rounds of cuts moved the bound (at the root, for up to three rounds that did not);
   Gomory cuts only in the first seven rounds of a node; and none once the cut rows
   number as many as the columns (at least 1000). That state lives inside glp_intopt, so it
   is followed here from the callbacks: which node is current, when it branched, and
   whether branching made two children. */
void gomory_observe(gomory *g, glp_tree *T) {
    int reason = glp_ios_reason(T);
    glp_prob *P = glp_ios_get_prob(T);
    int a_cnt, n_cnt, t_cnt;
    if (reason == GLP_ISELECT) {
        glp_ios_tree_size(T, &a_cnt, &n_cnt, &t_cnt);
        g->pred_p = g->last_reason == GLP_IBRANCH && t_cnt == g->branched_total + 2
                        ? g->branched_node : 0;
        g->fresh = 1;
        g->last_reason = reason;
        return;
    }
    int node = glp_ios_curr_node(T);
    if (node == 0) { g->last_reason = reason; return; }
    if (g->fresh) {
        g->fresh = 0;
        int up = glp_ios_up_node(T, node);
        if (up != 0 && up != g->pred_p) g->pred_p = 0;
        g->bad_cut = 0;
        g->changed = 0;
    } else if (g->last_reason == GLP_IBRANCH && node == g->branched_node) {
        /* One branch was hopeless: the node goes on as the other, anew. */
        g->changed = 0;
    }
    if (reason == GLP_IBRANCH) {
        glp_ios_tree_size(T, &a_cnt, &n_cnt, &t_cnt);
        g->root_done = 1;
        g->branched_node = node;
        g->branched_total = t_cnt;
    } else if (reason == GLP_ICUTGEN) {
        double obj = glp_get_obj_val(P);
        if (g->changed > 0) {
            double degrad = fabs(obj - g->old_obj);
            if (degrad < 1e-4 * (1.0 + fabs(g->old_obj))) g->bad_cut++;
            else g->bad_cut = 0;
        }
        g->old_obj = obj;
        int n = glp_get_num_cols(P), max_cuts = n < 1000 ? 1000 : n;
        if ((g->bad_cut == 0 || (!g->root_done && g->bad_cut <= 3)) &&
            (!g->root_done || g->pred_p == 0) && g->changed < 7 && cut_rows(T, P) < max_cuts)
            generate(g, T, P);
        g->changed++;
    }
    g->last_reason = reason;
}
