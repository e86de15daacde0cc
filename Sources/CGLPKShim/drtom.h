#ifndef PARKPLAN_DRTOM_H
#define PARKPLAN_DRTOM_H

#include "tableau.h"

/* At GLP_IBRANCH: chooses the column and branch GLPK's Driebeck-Tomlin rule
   (GLP_BR_DTH) would and hands them to GLPK (drtom.c). keep_going(info) is asked before
   each candidate; once it says no, the most fractional column is taken. */
void drtom_branch(tableau *tab, glp_tree *T, int (*keep_going)(void *), void *info);

#endif
