#ifndef PARKPLAN_KNAPSACKLOCK_H
#define PARKPLAN_KNAPSACKLOCK_H

/* GLPK 5.0's cover cut generator solves its small 0-1 knapsack problems with the MT1
   routine (src/misc/mt1.c), Fortran translated to C whose local variables are static, so
   not thread-local like the rest of GLPK's state: two threads making cover cuts at the same
   time overwrite each other's indices, so they may index out of bounds or fail GLPK's own
   checks (with GLPK built with ThreadSanitizer, which slows MT1 enough for threads to meet,
   31 of 32 searches at once ended in a GLPK error). Every call of GLPK that may reach MT1
   runs while its thread holds this one lock of the process. */

/* Takes the lock for this thread (waiting while another thread holds it). */
void knapsack_lock(void);

/* Gives the lock back. */
void knapsack_unlock(void);

/* Gives the lock back when this thread holds it: after a jump out of GLPK (an error, or a
   stop from a display) skipped the knapsack_unlock that would have followed. */
void knapsack_release(void);

#endif
