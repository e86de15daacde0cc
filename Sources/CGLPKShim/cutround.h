#ifndef PARKPLAN_CUTROUND_H
#define PARKPLAN_CUTROUND_H

#include "tableau.h"

/* GLPK's rounds of cuts, made from a search's callback (cutround.c). */
typedef struct cut_round cut_round;

/* Which of GLPK's cut families a search makes. */
typedef struct cut_families { int gomory, mir, cover, clique; } cut_families;

/* State for one search, in GLPK's memory (freed with its environment), with the search's
   simplex table rows (read from the model before the first cut). */
cut_round *cut_round_create(tableau *tab, cut_families families);
void cut_round_free(cut_round *c);

/* At every callback of the search: follows the search, and at GLP_ICUTGEN adds to the
   node problem the cuts GLPK's own generators and choice would add at that moment. */
void cut_round_observe(cut_round *c, glp_tree *T);

#endif
