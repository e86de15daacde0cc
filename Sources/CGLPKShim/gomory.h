#ifndef PARKPLAN_GOMORY_H
#define PARKPLAN_GOMORY_H

#include "tableau.h"

/* Adds to pool (a scratch problem with the node problem's columns) the Gomory
   mixed-integer cuts glp_gmi_gen(P, pool, 50) would add, in the same order and with their
   terms in the same order. tab must have read the node (tableau_read_node). */
void gomory_cuts(tableau *tab, glp_prob *P, glp_prob *pool);

#endif
