#ifndef PARKPLAN_FRACTIONAL_H
#define PARKPLAN_FRACTIONAL_H

#include <glpk.h>

/* GLPK's most fractional column (GLP_BR_MFV), which its pseudo-cost and Driebeck-Tomlin
   rules fall back on: the first of the columns of P (n in all) the search may branch on
   whose value is nearest a half, with the nearer branch in *branch. 0 when there is none. */
int most_fractional_column(glp_tree *T, glp_prob *P, int n, int *branch);

#endif
