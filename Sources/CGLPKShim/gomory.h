#ifndef PARKPLAN_GOMORY_H
#define PARKPLAN_GOMORY_H

#include "tableau.h"

/* GLPK's Gomory mixed-integer cuts, generated from a search's callback (gomory.c). */
typedef struct gomory gomory;

/* State for one search, in GLPK's memory (freed with its environment), with the search's
   simplex table rows (read from the model before the first cut). */
gomory *gomory_create(tableau *tab);
void gomory_free(gomory *g);

/* At every callback of the search: follows the search, and at GLP_ICUTGEN adds to the
   cut pool the Gomory cuts GLPK's own generator would add at that moment. */
void gomory_observe(gomory *g, glp_tree *T);

#endif
