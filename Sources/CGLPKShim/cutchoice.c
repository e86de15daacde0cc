#include "cutchoice.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>

/* GLPK's choice among the cuts of a round (ios_process_cuts), made here because GLPK
   expresses every pooled cut through the non-basic variables with glp_transform_row,
   which copies every non-basic column out of its linked list: 8-9% of a search on
   these models. tableau.c computes the same rows from arrays. Every sum adds the same
   terms in the same order, and the cuts are sorted by the same C library sort from the
   same order, so the same cuts are added in the same order as GLPK's own code would.

   Each cut is scored by one simulated step of the dual simplex method: how much the
   objective must worsen once the cut holds, and how far the cut is from the current point
   (per unit of its norm). The best ones by that score (90 at the root, 10 elsewhere) are
   added, except those nearly parallel to one added before them. */

typedef struct {
    int row;      /* the cut's row in pool */
    char chosen;
    double eff;   /* distance from the current point, per unit of the cut's norm */
    double deg;   /* how much the objective must worsen */
} scored;

/* GLPK's order: by decreasing worsening, or by decreasing distance where neither worsens. */
static int by_score(const void *arg1, const void *arg2) {
    const scored *a = arg1, *b = arg2;
    if (a->deg == 0.0 && b->deg == 0.0) {
        if (a->eff > b->eff) return -1;
        if (a->eff < b->eff) return +1;
    } else {
        if (a->deg > b->deg) return -1;
        if (a->deg < b->deg) return +1;
    }
    return 0;
}

/* A pooled cut's terms in the order GLPK's own pool would hold them: the order its
   generator set them in, which is the reverse of the order the scratch problem lists. */
void cut_terms_reverse(int len, int ind[], double val[]) {
    for (int a = 1, b = len; a < b; a++, b--) {
        int i = ind[a]; ind[a] = ind[b]; ind[b] = i;
        double v = val[a]; val[a] = val[b]; val[b] = v;
    }
}

static int terms(glp_prob *pool, int row, int ind[], double val[]) {
    int len = glp_get_mat_row(pool, row, ind, val);
    cut_terms_reverse(len, ind, val);
    return len;
}

static int cut_type(glp_prob *pool, int row) { return glp_get_row_type(pool, row); }

static double cut_rhs(glp_prob *pool, int row) {
    return glp_get_row_type(pool, row) == GLP_LO ? glp_get_row_lb(pool, row) : glp_get_row_ub(pool, row);
}

/* glp_analyze_row: one step of the dual simplex method once the transformed cut (over
   non-basic variables) must hold. Returns 0 with the change of the cut's value (dy) and
   of the objective (dz); 1 when the current point satisfies the cut; 2 when no dual
   feasible basis follows. */
static int analyze(glp_prob *P, int m, int len, const int ind[], const double val[], int type,
                   double rhs, double *dy, double *dz) {
    double y = 0.0;
    for (int t = 1; t <= len; t++) {
        int k = ind[t];
        y += val[t] * (k <= m ? glp_get_row_prim(P, k) : glp_get_col_prim(P, k - m));
    }
    int dir;
    if (type == GLP_LO) {
        if (y >= rhs) return 1;
        dir = +1;
    } else {
        if (y <= rhs) return 1;
        dir = -1;
    }
    *dy = rhs - y;
    int piv = glp_dual_rtest(P, len, ind, val, dir, 1e-9);
    if (piv == 0) return 2;
    int k = ind[piv];
    double dx = *dy / val[piv];
    *dz = (k <= m ? glp_get_row_dual(P, k) : glp_get_col_dual(P, k - m)) * dx;
    return 0;
}

/* The cosine of the angle between cut a and cut b, with GLPK's sums in GLPK's order (work:
   [1+n], all zero). */
static double parallel(const int *ia, const double *va, int la, const int *ib, const double *vb, int lb,
                       double work[]) {
    double s = 0.0, sa = 0.0, sb = 0.0;
    for (int t = 1; t <= la; t++) work[ia[t]] = va[t], sa += va[t] * va[t];
    for (int t = 1; t <= lb; t++) s += work[ib[t]] * vb[t], sb += vb[t] * vb[t];
    for (int t = 1; t <= la; t++) work[ia[t]] = 0.0;
    double temp = sqrt(sa) * sqrt(sb);
    if (temp < DBL_EPSILON * DBL_EPSILON) temp = DBL_EPSILON;
    return s / temp;
}

void cut_choice_add(tableau *tab, glp_tree *T, glp_prob *pool) {
    glp_prob *P = glp_ios_get_prob(T);
    int count = glp_get_num_rows(pool), m = glp_get_num_rows(P), n = tab->n;
    int maximize = glp_get_obj_dir(P) == GLP_MAX;
    scored *list = glp_alloc(1 + count, sizeof(scored));
    int *ind = glp_alloc(1 + m + n, sizeof(int));
    double *val = glp_alloc(1 + m + n, sizeof(double));
    for (int k = 1; k <= count; k++) {
        scored *c = &list[k];
        c->row = k, c->chosen = 0;
        int len = terms(pool, k, ind, val);
        double temp = 0.0;
        for (int t = 1; t <= len; t++) temp += val[t] * val[t];
        if (temp < DBL_EPSILON * DBL_EPSILON) temp = DBL_EPSILON;
        len = tableau_transform(tab, P, len, ind, val);
        double dy = 0.0, dz = 0.0;
        int ret = analyze(P, m, len, ind, val, cut_type(pool, k), cut_rhs(pool, k), &dy, &dz);
        if (ret == 0) {
            c->eff = fabs(dy) / sqrt(temp);
            /* Round-off may give dz the wrong sign near zero. */
            if (maximize) c->deg = dz > 0.0 ? 0.0 : -dz;
            else c->deg = dz < 0.0 ? 0.0 : +dz;
        } else if (ret == 1) {
            c->eff = c->deg = 0.0;
        } else {
            c->eff = 1.0;
            c->deg = DBL_MAX;
        }
        if (c->deg < 0.01) c->deg = 0.0;
    }
    qsort(&list[1], count, sizeof(scored), by_score);
    int max_cuts = glp_ios_node_level(T, glp_ios_curr_node(T)) == 0 ? 90 : 10;
    if (max_cuts > count) max_cuts = count;
    /* Every cut's terms, for the angles, and work for them. */
    int *ib = glp_alloc(1 + n, sizeof(int));
    double *vb = glp_alloc(1 + n, sizeof(double)), *work = glp_alloc(1 + n, sizeof(double));
    for (int j = 0; j <= n; j++) work[j] = 0.0;
    for (int k = 1; k <= max_cuts; k++) {
        if (list[k].deg < 0.01 && list[k].eff < 0.01) continue;
        int len = terms(pool, list[k].row, ind, val), kk;
        for (kk = 1; kk < k; kk++) {
            if (!list[kk].chosen) continue;
            int lb = terms(pool, list[kk].row, ib, vb);
            if (parallel(ind, val, len, ib, vb, lb, work) > 0.90) break;
        }
        if (kk < k) continue;
        list[k].chosen = 1;
        int i = glp_add_rows(P, 1);
        glp_set_mat_row(P, i, len, ind, val);
        double rhs = cut_rhs(pool, list[k].row);
        glp_set_row_bnds(P, i, cut_type(pool, list[k].row), rhs, rhs);
    }
    glp_free(ib), glp_free(vb), glp_free(work);
    glp_free(ind), glp_free(val);
    glp_free(list);
}
