#include "drtom.h"

#include "fractional.h"

#include <float.h>
#include <math.h>

/* GLPK's Driebeck-Tomlin branching, chosen from the search's callback with GLPK's rule so
   the search takes the same path, with the rows of the simplex table from tableau.c
   instead of GLPK's glp_eval_tab_row (one row per fractional column at every node). For
   each fractional column, one implicit dual simplex step on each branch bounds how much
   the objective must worsen; the column with the largest such worsening is branched on,
   and the branch that worsens less is taken first. */

/* The change of the objective when the basic column whose row of the simplex table tab
   holds (len terms; value x) leaves the basis down (kase -1) or up (+1): never better,
   DBL_MAX in magnitude when that branch has no feasible point. */
static double change(tableau *tab, glp_prob *P, int m, double x, int len, int kase) {
    int maximize = glp_get_obj_dir(P) == GLP_MAX;
    int k = glp_dual_rtest(P, len, tab->index, tab->entry, kase, 1e-9);
    if (k == 0) return maximize ? -DBL_MAX : +DBL_MAX;
    double alfa = tab->entry[k];
    k = tab->index[k];
    double delta_j = (kase < 0 ? floor(x) : ceil(x)) - x;
    double delta_k = delta_j / alfa;
    /* Tomlin: an integer x[k] changes by at least one. */
    if (k > m && glp_get_col_kind(P, k - m) != GLP_CV && fabs(delta_k - floor(delta_k + 0.5)) > 1e-3)
        delta_k = delta_k > 0.0 ? ceil(delta_k) : floor(delta_k);
    int stat = k <= m ? glp_get_row_stat(P, k) : glp_get_col_stat(P, k - m);
    double dk = k <= m ? glp_get_row_dual(P, k) : glp_get_col_dual(P, k - m);
    /* A dual degenerate basis may give reduced costs near zero the wrong sign. */
    if (maximize ? (stat == GLP_NL && dk > 0.0) || (stat == GLP_NU && dk < 0.0) || stat == GLP_NF
                 : (stat == GLP_NL && dk < 0.0) || (stat == GLP_NU && dk > 0.0) || stat == GLP_NF)
        dk = 0.0;
    return dk * delta_k;
}

void drtom_branch(tableau *tab, glp_tree *T, int (*keep_going)(void *), void *info) {
    glp_prob *P = glp_ios_get_prob(T);
    tableau_read_node(tab, T);
    int m = glp_get_num_rows(P), n = tab->n, chosen = 0, branch = GLP_NO_BRNCH;
    double degrad = -1.0;
    int stopped = 0;
    for (int j = 1; j <= n; j++) {
        if (!glp_ios_can_branch(T, j)) continue;
        if (!keep_going(info)) { stopped = 1; break; }
        double x = glp_get_col_prim(P, j);
        int len = tableau_row(tab, P, j);
        double down = change(tab, P, m, x, len, -1);
        double up = change(tab, P, m, x, len, +1);
        if (degrad < fabs(down) || degrad < fabs(up)) {
            chosen = j;
            if (fabs(down) < fabs(up)) branch = GLP_DN_BRNCH, degrad = fabs(up);
            else branch = GLP_UP_BRNCH, degrad = fabs(down);
            if (degrad == DBL_MAX) break;
        }
    }
    /* No worsening anywhere (or no time left to look): the most fractional column. */
    if (stopped || (chosen != 0 && degrad < 1e-6 * (1.0 + 0.001 * fabs(glp_get_obj_val(P)))))
        chosen = most_fractional_column(T, P, n, &branch);
    if (chosen != 0) glp_ios_branch_upon(T, chosen, branch);
}
