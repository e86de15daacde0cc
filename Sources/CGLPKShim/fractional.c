#include "fractional.h"

#include <float.h>
#include <math.h>

int most_fractional_column(glp_tree *T, glp_prob *P, int n, int *branch) {
    int chosen = 0;
    double most = DBL_MAX;
    for (int j = 1; j <= n; j++) {
        if (!glp_ios_can_branch(T, j)) continue;
        double x = glp_get_col_prim(P, j), middle = floor(x) + 0.5;
        if (most > fabs(x - middle)) {
            chosen = j, most = fabs(x - middle);
            *branch = x < middle ? GLP_DN_BRNCH : GLP_UP_BRNCH;
        }
    }
    return chosen;
}
