#ifndef PARKPLAN_CUTCHOICE_H
#define PARKPLAN_CUTCHOICE_H

#include "tableau.h"

/* Chooses among the cuts of a round (the rows of pool, a scratch problem over the node
   problem's columns) as GLPK's ios_process_cuts does, and adds the chosen ones to the
   node problem of the search T, from its GLP_ICUTGEN callback. tab must have read the node
   (tableau_read_node). */
void cut_choice_add(tableau *tab, glp_tree *T, glp_prob *pool);

/* Reverses the terms ind[1..len], val[1..len] in place: a pool lists a row's terms in the
   reverse order of how they were set. */
void cut_terms_reverse(int len, int ind[], double val[]);

#endif
