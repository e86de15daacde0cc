#ifndef PARKPLAN_PSEUDOCOST_H
#define PARKPLAN_PSEUDOCOST_H

#include <glpk.h>

/* GLPK's hybrid pseudo-cost branching, chosen from a search's callback (pseudocost.c). */
typedef struct pseudocost pseudocost;

/* Statistics for a search over n columns, in GLPK's memory (freed with its environment). */
pseudocost *pseudocost_create(int n);
void pseudocost_free(pseudocost *pc);

/* At GLP_IBRANCH: records the node's LP for its parent's branching column, then chooses
   the column and branch GLPK's rule would and hands them to GLPK. keep_going(info) is
   asked before each candidate; once it says no, the most fractional column is taken. */
void pseudocost_branch(pseudocost *pc, glp_tree *T, int (*keep_going)(void *), void *info);

#endif
