#ifndef PARKPLAN_TABLEAU_H
#define PARKPLAN_TABLEAU_H

#include <glpk.h>

/* Rows of the simplex table of a search's node problem, computed as glp_eval_tab_row
   computes them, term for term, from the matrix kept in arrays (tableau.c). */
typedef struct tableau {
    int m0, n;               /* the model's own rows and its columns; n = 0: not read yet */
    int *start, *row;        /* the model's own rows by column, in GLPK's list order */
    double *value;
    int *cut_start, *cut_row; /* the node's cut rows by column (tableau_read_node) */
    double *cut_value;
    int cut_capacity, capacity;
    double *rho;             /* work: a row of the basis inverse */
    int *index;              /* the last row: index[1..len], value[1..len] */
    double *entry;
    int *scratch_index;
    double *scratch_value;
    double *dense;           /* work: [1+n], all zero between calls */
    int *basic;              /* [1+m+n]: 1 where the row's or column's variable is basic */
} tableau;

/* Reads the node problem's cut rows and its basis (and, the first time, the model's own
   rows); call before a round of rows, whenever either may have changed since the last. */
void tableau_read_node(tableau *t, glp_tree *T);
/* The row of the simplex table of basic column j (what glp_eval_tab_row(P, m+j, ...)
   returns) in t->index[1..len], t->entry[1..len]; returns len. */
int tableau_row(tableau *t, glp_prob *P, int j);
/* A row outside the problem, ind[1..len] and val[1..len] over columns, expressed through
   the non-basic variables (what glp_transform_row returns, in the same arrays, which must
   hold 1+m+n); returns the new len. Needs tableau_read_node since the basis last changed. */
int tableau_transform(tableau *t, glp_prob *P, int len, int ind[], double val[]);
void tableau_free(tableau *t);

#endif
