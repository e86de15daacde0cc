#include "gomory.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>

/* GLPK's Gomory mixed-integer cuts (glp_gmi_gen), made with GLPK's rule, term for term,
   from the rows of the simplex table that tableau.c computes without GLPK's copies. */

#define frac(x) ((x) - floor(x))

/* One cut from the table row of basic column j, as glp_gmi_cut makes it: its terms in
   ind[1..len], val[1..len] and its right-hand side in val[0] (the cut is >=). Returns
   len, or a value below 1 when there is no cut. */
static int gmi_cut(tableau *tab, double *phi, glp_prob *P, int j, int ind[], double val[]) {
    int m = glp_get_num_rows(P), n = tab->n;
    double x = glp_get_col_prim(P, j);
    if (fabs(x - floor(x + 0.5)) < 0.001) return -6;
    int len = tableau_row(tab, P, j);
    double beta = x, rhs = frac(beta);
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
   each while its coefficients are between 1e-3 and 1e3, at most 50 cuts. */
void gomory_cuts(tableau *tab, glp_prob *P, glp_prob *pool) {
    if (!glp_bf_exists(P) || glp_get_prim_stat(P) != GLP_FEAS || glp_get_dual_stat(P) != GLP_FEAS) return;
    int m = glp_get_num_rows(P), n = tab->n;
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
    int *ind = glp_alloc(m + n + 1, sizeof(int));
    double *val = glp_alloc(m + n + 1, sizeof(double));
    double *phi = glp_alloc(m + n + 1, sizeof(double));
    int made = 0;
    for (int t = 1; t <= count && made < 50; t++) {
        int len = gmi_cut(tab, phi, P, list[t].j, ind, val);
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
    glp_free(phi);
    glp_free(ind);
    glp_free(val);
    glp_free(list);
}
