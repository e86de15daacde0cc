#include "tableau.h"

/* GLPK's glp_eval_tab_row copies every non-basic column of the node problem out of its
   linked lists for each row of the simplex table, and Gomory cuts and Driebeck-Tomlin
   branching ask for many rows: on a model of a few thousand columns that was a fifth of
   the whole search. Here the columns are kept in arrays (the model's own rows once, the
   cut rows whenever they may have changed), and each sum adds the same terms in the same
   order as GLPK's, so every row is the same to the last bit. */

/* The model's own rows by column. Read when first needed, so a search that never cuts or
   branches pays nothing; by then cut rows may stand at the head of each column's list
   (rows set later come first), and are left out. */
static void read_model(tableau *t, glp_tree *T, glp_prob *P) {
    int m = glp_get_num_rows(P), n = glp_get_num_cols(P), m0 = 0;
    glp_attr attr;
    while (m0 < m && (glp_ios_row_attr(T, m0 + 1, &attr), attr.origin == GLP_RF_REG)) m0++;
    t->m0 = m0, t->n = n;
    int nnz = glp_get_num_nz(P);
    t->start = glp_alloc(n + 2, sizeof(int));
    t->row = glp_alloc(nnz + 1, sizeof(int));
    t->value = glp_alloc(nnz + 1, sizeof(double));
    t->cut_start = glp_alloc(n + 2, sizeof(int));
    t->scratch_index = glp_alloc(n + 1, sizeof(int));
    t->scratch_value = glp_alloc(n + 1, sizeof(double));
    t->dense = glp_alloc(n + 1, sizeof(double));
    for (int j = 0; j <= n; j++) t->dense[j] = 0.0;
    int *ind = glp_alloc(m + 1, sizeof(int));
    double *val = glp_alloc(m + 1, sizeof(double));
    int at = 0;
    for (int j = 1; j <= n; j++) {
        t->start[j] = at;
        int len = glp_get_mat_col(P, j, ind, val);
        for (int k = 1; k <= len; k++)
            if (ind[k] <= m0) t->row[at] = ind[k], t->value[at] = val[k], at++;
    }
    t->start[n + 1] = at;
    glp_free(ind);
    glp_free(val);
}

static void ensure_capacity(tableau *t, int m) {
    if (m + t->n + 1 <= t->capacity) return;
    if (t->rho) glp_free(t->rho), glp_free(t->index), glp_free(t->entry), glp_free(t->basic);
    t->capacity = 2 * (m + t->n + 1);
    t->rho = glp_alloc(t->capacity, sizeof(double));
    t->basic = glp_alloc(t->capacity, sizeof(int));
    t->index = glp_alloc(t->capacity, sizeof(int));
    t->entry = glp_alloc(t->capacity, sizeof(double));
}

/* A row set later stands nearer the head of each column's list in GLPK, so the cut rows
   come in descending order of their numbers. */
void tableau_read_node(tableau *t, glp_tree *T) {
    glp_prob *P = glp_ios_get_prob(T);
    if (t->n == 0) read_model(t, T, P);
    int m = glp_get_num_rows(P), n = t->n, count = 0;
    int *ind = t->scratch_index;
    double *val = t->scratch_value;
    ensure_capacity(t, m);
    for (int j = 1; j <= n + 1; j++) t->cut_start[j] = 0;
    for (int i = t->m0 + 1; i <= m; i++) {
        int len = glp_get_mat_row(P, i, ind, val);
        for (int k = 1; k <= len; k++) t->cut_start[ind[k]]++;
        count += len;
    }
    if (count + 1 > t->cut_capacity) {
        if (t->cut_row) glp_free(t->cut_row), glp_free(t->cut_value);
        t->cut_capacity = 2 * (count + 1);
        t->cut_row = glp_alloc(t->cut_capacity, sizeof(int));
        t->cut_value = glp_alloc(t->cut_capacity, sizeof(double));
    }
    int at = 0;
    for (int j = 1; j <= n; j++) { int c = t->cut_start[j]; t->cut_start[j] = at; at += c; }
    t->cut_start[n + 1] = at;
    int *next = t->index; /* the next free place of each column, while filling */
    for (int j = 1; j <= n; j++) next[j] = t->cut_start[j];
    for (int i = m; i > t->m0; i--) {
        int len = glp_get_mat_row(P, i, ind, val);
        for (int k = 1; k <= len; k++) {
            int j = ind[k];
            t->cut_row[next[j]] = i, t->cut_value[next[j]] = val[k], next[j]++;
        }
    }
    for (int i = 1; i <= m; i++) t->basic[i] = glp_get_row_stat(P, i) == GLP_BS;
    for (int j = 1; j <= n; j++) t->basic[m + j] = glp_get_col_stat(P, j) == GLP_BS;
}

int tableau_row(tableau *t, glp_prob *P, int j) {
    int m = glp_get_num_rows(P), n = t->n;
    double *rho = t->rho;
    const int *basic = t->basic;
    for (int i = 1; i <= m; i++) rho[i] = 0.0;
    rho[glp_get_col_bind(P, j)] = 1.0;
    glp_btran(P, rho);
    int len = 0;
    for (int k = 1; k <= m + n; k++) {
        double alfa;
        if (k <= m) {
            if (basic[k]) continue;
            alfa = -rho[k];
        } else {
            int c = k - m;
            if (basic[k]) continue;
            alfa = 0.0;
            for (int e = t->cut_start[c]; e < t->cut_start[c + 1]; e++)
                alfa += rho[t->cut_row[e]] * t->cut_value[e];
            for (int e = t->start[c]; e < t->start[c + 1]; e++)
                alfa += rho[t->row[e]] * t->value[e];
        }
        if (alfa != 0.0) len++, t->index[len] = k, t->entry[len] = alfa;
    }
    return len;
}

int tableau_transform(tableau *t, glp_prob *P, int len, int ind[], double val[]) {
    int m = glp_get_num_rows(P), n = t->n;
    double *a = t->dense, *rho = t->rho;
    const int *basic = t->basic;
    for (int k = 1; k <= len; k++) a[ind[k]] = val[k];
    for (int i = 1; i <= m; i++) {
        int k = glp_get_bhead(P, i);
        rho[i] = k <= m ? 0.0 : a[k - m];
    }
    glp_btran(P, rho);
    len = 0;
    for (int i = 1; i <= m; i++) {
        if (basic[i]) continue;
        double alfa = -rho[i];
        if (alfa != 0.0) len++, ind[len] = i, val[len] = alfa;
    }
    for (int c = 1; c <= n; c++) {
        double alfa = a[c];
        a[c] = 0.0;
        if (basic[m + c]) continue;
        for (int e = t->cut_start[c]; e < t->cut_start[c + 1]; e++)
            alfa += rho[t->cut_row[e]] * t->cut_value[e];
        for (int e = t->start[c]; e < t->start[c + 1]; e++)
            alfa += rho[t->row[e]] * t->value[e];
        if (alfa != 0.0) len++, ind[len] = m + c, val[len] = alfa;
    }
    return len;
}

void tableau_free(tableau *t) {
    if (t->start) {
        glp_free(t->start), glp_free(t->row), glp_free(t->value), glp_free(t->cut_start);
        glp_free(t->scratch_index), glp_free(t->scratch_value), glp_free(t->dense);
    }
    if (t->cut_row) glp_free(t->cut_row), glp_free(t->cut_value);
    if (t->rho) glp_free(t->rho), glp_free(t->index), glp_free(t->entry), glp_free(t->basic);
    t->n = 0, t->start = NULL, t->cut_row = NULL, t->rho = NULL;
}
