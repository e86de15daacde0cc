#include "glpk_shim.h"
#include "drtom.h"
#include "cutround.h"
#include "pseudocost.h"
#include "knapsacklock.h"

#include <glpk.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

/* State of one guarded call; lives on the calling thread's stack. GLPK's hooks are
   thread-local in a re-entrant build, so concurrent calls on other threads never see it. */
typedef struct {
    jmp_buf jump;
    pp_log_fn log;
    pp_stop_fn stop;
    void *ctx;
    char *message;
    size_t capacity;
    double deadline;   /* glp_time() at which work must stop; 0: none */
    int may_stop;      /* 1 while a display may end the run (see term_hook) */
    int stop_kind;     /* 1 stopped by the caller, 2 by the deadline */
    int has_copy;      /* 1 when result->x and result->obj hold the search's incumbent */
    int uncopied;      /* 1 when the search holds an incumbent that could not be copied */
    double copy_obj;   /* its objective (scaled, as GLPK sees it) */
} guard;

static void append(guard *g, const char *s) {
    size_t used = strlen(g->message);
    if (used + 1 >= g->capacity) return;
    strncat(g->message, s, g->capacity - used - 1);
}

static int term_hook(void *info, const char *s) {
    guard *g = info;
    if (glp_at_error()) append(g, s);
    else if (g->may_stop && !g->uncopied) {
        /* The simplex method prints a line every 100 ms (smcp.out_frq), and so do the LPs
           of the branch-and-bound search; that is where a long LP learns that the caller
           or the deadline wants it to stop. Jumping out leaves GLPK's objects unusable, so
           leave() frees this thread's environment, as after an error; the search's
           incumbent was copied out at every improvement (copy_incumbent), so it is kept. */
        if (g->stop && g->stop(g->ctx)) g->stop_kind = 1;
        else if (g->deadline > 0 && glp_time() >= g->deadline) g->stop_kind = 2;
        if (g->stop_kind) longjmp(g->jump, 2);
    }
    if (g->log) g->log(g->ctx, s);
    return 1; /* never print to the terminal */
}

static void error_hook(void *info) {
    guard *g = info;
    longjmp(g->jump, 1);
}

static void enter(guard *g) {
    glp_term_hook(term_hook, g);
    glp_error_hook(error_hook, g);
}

/* Removes the hooks and frees this thread's environment: after an error that invalidates
   every object of the thread, and otherwise so that pooled threads leak nothing. A jump
   out of GLPK may have skipped the release of the knapsack lock (knapsacklock.h). */
static void leave(void) {
    knapsack_release();
    glp_error_hook(NULL, NULL);
    glp_term_hook(NULL, NULL);
    glp_free_env();
}

static glp_prob *build(const pp_model *m) {
    glp_prob *P = glp_create_prob();
    if (m->name) glp_set_prob_name(P, m->name);
    glp_set_obj_dir(P, m->maximize ? GLP_MAX : GLP_MIN);
    glp_set_obj_coef(P, 0, m->obj_const);
    if (m->n_rows > 0) glp_add_rows(P, m->n_rows);
    if (m->n_cols > 0) glp_add_cols(P, m->n_cols);
    for (int i = 1; i <= m->n_rows; i++) {
        double lb = m->row_lb[i], ub = m->row_ub[i];
        int type = isinf(lb) && isinf(ub) ? GLP_FR
                 : isinf(ub) ? GLP_LO
                 : isinf(lb) ? GLP_UP
                 : lb == ub ? GLP_FX : GLP_DB;
        glp_set_row_bnds(P, i, type, isinf(lb) ? 0 : lb, isinf(ub) ? 0 : ub);
    }
    for (int j = 1; j <= m->n_cols; j++) {
        double lb = m->col_lb[j], ub = m->col_ub[j];
        if (m->col_kind[j] == 2) glp_set_col_kind(P, j, GLP_BV);
        else if (m->col_kind[j] == 1) glp_set_col_kind(P, j, GLP_IV);
        if (m->col_kind[j] != 2) {
            int type = isinf(lb) && isinf(ub) ? GLP_FR
                     : isinf(ub) ? GLP_LO
                     : isinf(lb) ? GLP_UP
                     : lb == ub ? GLP_FX : GLP_DB;
            glp_set_col_bnds(P, j, type, isinf(lb) ? 0 : lb, isinf(ub) ? 0 : ub);
        } else {
            double l = lb > 0 ? 1 : 0, u = ub < 1 ? 0 : 1;
            glp_set_col_bnds(P, j, l == u ? GLP_FX : GLP_DB, l, u);
        }
        glp_set_obj_coef(P, j, m->obj[j]);
    }
    if (m->nnz > 0) glp_load_matrix(P, m->nnz, m->ia, m->ja, m->ar);
    return P;
}

typedef struct {
    const pp_params *params;
    pp_result *result;
    guard *g;
    int n_cols;
    int offered_start;
    double deadline;   /* glp_time() at which the search must stop; 0: none */
    int timed_out;
    pseudocost *pc;         /* pseudo-cost branching's statistics; NULL: GLPK's own rule */
    cut_round *cuts;        /* rounds of cuts made here; NULL: none, or GLPK's own code */
    int drtom;              /* 1: Driebeck-Tomlin branches are chosen here */
    tableau tab;            /* rows of the simplex table, for both */
    double candidate_started; /* glp_time() when the last candidate's sizing up began */
    double longest_candidate; /* the longest sizing up of one candidate so far, ms */
    double left_callback;   /* glp_time() when the last callback returned; 0: none yet */
    double step_ms;         /* how long GLPK may work between callbacks, ms (see below) */
} search;

/* Both branching rules size up every candidate before they choose (pseudo-costs with a few
   dual simplex iterations for a candidate they know nothing of, Driebeck-Tomlin with a row
   of the simplex table), with no callback in between: on a model of 9000 rows that can be
   seconds, which GLPK's own time limit cannot interrupt. The search asks before each
   candidate, and stops sizing up (the most fractional candidate is then taken) when the
   caller wants it to stop or the longest candidate so far would end past the deadline.
   The answer stays exact; only the branching order differs. */
static int may_size_up(void *info) {
    search *s = info;
    double now = glp_time();
    if (s->candidate_started > 0 && now - s->candidate_started > s->longest_candidate)
        s->longest_candidate = now - s->candidate_started;
    s->candidate_started = now;
    if (s->params->stop && s->params->stop(s->params->ctx)) return 0;
    return !(s->deadline > 0 && now + s->longest_candidate >= s->deadline);
}

static void record_progress(glp_tree *T, search *s) {
    pp_result *r = s->result;
    glp_prob *P = glp_ios_get_prob(T);
    int a_cnt = 0, n_cnt = 0, t_cnt = 0;
    glp_ios_tree_size(T, &a_cnt, &n_cnt, &t_cnt);
    r->nodes = t_cnt;
    int has_inc = glp_mip_status(P) == GLP_FEAS || glp_mip_status(P) == GLP_OPT;
    double inc = has_inc ? glp_mip_obj_val(P) : 0;
    int best = glp_ios_best_node(T);
    r->has_bound = 0;
    /* A node whose LP is not solved yet carries +-DBL_MAX, which is no bound. */
    if (best != 0 && fabs(glp_ios_node_bound(T, best)) < DBL_MAX) {
        r->has_bound = 1;
        r->bound = glp_ios_node_bound(T, best);
    } else if (has_inc) {
        r->has_bound = 1;
        r->bound = inc;
    }
    r->gap = has_inc && r->has_bound ? glp_ios_mip_gap(T) : HUGE_VAL;
    if (s->params->progress &&
        s->params->progress(s->params->ctx, t_cnt, has_inc, inc, r->has_bound, r->bound, r->gap))
        glp_ios_terminate(T);
}

/* Copies the search's incumbent into the result when it changed, so that a stop from a
   display (which jumps out of GLPK) still returns it. */
static void copy_incumbent(glp_tree *T, search *s, int n_cols) {
    glp_prob *P = glp_ios_get_prob(T);
    if (glp_mip_status(P) != GLP_FEAS && glp_mip_status(P) != GLP_OPT) return;
    if (glp_get_num_cols(P) != n_cols) {
        /* The presolver's smaller problem: its incumbent means nothing until GLPK maps it
           back, so from now on only the search's own callbacks stop it. */
        s->g->uncopied = 1;
        return;
    }
    double obj = glp_mip_obj_val(P);
    if (s->g->has_copy && obj == s->g->copy_obj) return;
    for (int j = 1; j <= n_cols; j++) s->result->x[j] = glp_mip_col_val(P, j);
    s->result->obj = obj;
    s->g->copy_obj = obj;
    s->g->has_copy = 1;
}

static void search_callback(glp_tree *T, search *s);

/* GLPK works for a while between two callbacks (on a large model, reviving a node and
   solving its LP take about half a second), so a check of the deadline at each callback
   alone overruns it by up to one such step. The search therefore also stops when the next
   step, estimated as the longest recent one (the longest seen, decaying by a tenth per
   step, so that one long root does not cut the end of the search short), would end past
   the deadline. Time spent inside a callback (waiting for a turn in a race) is not a step. */
static void callback(glp_tree *T, void *info) {
    search *s = info;
    double now = glp_time();
    if (s->left_callback > 0) {
        double step = now - s->left_callback;
        s->step_ms = step > 0.9 * s->step_ms ? step : 0.9 * s->step_ms;
    }
    search_callback(T, s);
    s->left_callback = glp_time();
}

static void search_callback(glp_tree *T, search *s) {
    copy_incumbent(T, s, s->n_cols);
    if (s->params->stop && s->params->stop(s->params->ctx)) {
        s->result->stopped = 1;
        record_progress(T, s);
        glp_ios_terminate(T);
        return;
    }
    /* GLPK checks its own limit only between nodes; a root cut round on a large model
       can take seconds, so every callback (each cut round included) checks it too. */
    if (s->deadline > 0 && glp_time() + s->step_ms >= s->deadline) {
        s->timed_out = 1;
        record_progress(T, s);
        glp_ios_terminate(T);
        return;
    }
    /* After the checks: a search about to stop makes no more rounds of cuts. */
    if (s->cuts) cut_round_observe(s->cuts, T);
    switch (glp_ios_reason(T)) {
    case GLP_IBRANCH:
        if (s->params->br_tech == GLP_BR_PCH && !s->params->glpk_own_code) {
            if (!s->pc) s->pc = pseudocost_create(glp_get_num_cols(glp_ios_get_prob(T)));
            s->candidate_started = 0;
            pseudocost_branch(s->pc, T, may_size_up, s);
        }
        if (s->drtom) {
            s->candidate_started = 0;
            drtom_branch(&s->tab, T, may_size_up, s);
        }
        break;
    case GLP_IHEUR:
        if (s->params->start && !s->offered_start) {
            s->offered_start = 1;
            glp_ios_heur_sol(T, s->params->start);
        }
        break;
    case GLP_ISELECT:
    case GLP_IBINGO:
    case GLP_IROWGEN: /* every LP of the search, root cut rounds included */
        record_progress(T, s);
        break;
    default:
        break;
    }
}

static void read_lp(glp_prob *P, const pp_model *m, pp_result *r) {
    r->lp_status = glp_get_status(P);
    r->obj = glp_get_obj_val(P);
    for (int j = 1; j <= m->n_cols; j++) {
        r->x[j] = glp_get_col_prim(P, j);
        if (r->col_dual) r->col_dual[j] = glp_get_col_dual(P, j);
    }
    if (r->row_dual)
        for (int i = 1; i <= m->n_rows; i++) r->row_dual[i] = glp_get_row_dual(P, i);
}

static int is_mip(const pp_model *m) {
    for (int j = 1; j <= m->n_cols; j++)
        if (m->col_kind[j] != 0) return 1;
    return 0;
}

int pp_solve(const pp_model *m, const pp_params *p, pp_result *r) {
    guard g = {.log = p->log, .stop = p->stop, .ctx = p->ctx, .message = r->message,
               .capacity = sizeof r->message, .deadline = 0, .may_stop = 0, .stop_kind = 0};
    r->message[0] = '\0';
    r->failed = 0;
    r->is_mip = is_mip(m);
    r->has_bound = 0;
    r->nodes = 0;
    r->stopped = 0;
    r->timed_out = 0;
    enter(&g);
    /* Everything GLPK allocates below belongs to this thread's environment, which leave()
       frees on both paths, so the problem object needs no separate clean-up after a jump. */
    int jumped = setjmp(g.jump);
    if (jumped == 2) {
        /* An LP interrupted from the terminal hook: no solution, nothing failed. */
        leave();
        r->ret = g.stop_kind == 1 ? GLP_ESTOP : GLP_ETMLIM;
        r->stopped = g.stop_kind == 1;
        r->timed_out = g.stop_kind == 2;
        r->lp_status = GLP_UNDEF;
        if (g.has_copy) {
            /* Stopped inside the search: its last incumbent (in r->x, r->obj) and the last
               bound it recorded stand. */
            r->mip_status = GLP_FEAS;
        } else {
            r->mip_status = GLP_UNDEF;
            r->obj = 0;
            r->has_bound = 0;
        }
        return 0;
    }
    if (jumped) {
        leave();
        r->failed = 1;
        return 1;
    }
    if (p->mem_limit_mb > 0) glp_mem_limit(p->mem_limit_mb);
    /* Output stays on so the terminal hook sees the simplex displays (and can stop a long
       LP); the hook forwards it to the caller's log only when there is one. */
    glp_term_out(GLP_ON);
    glp_prob *P = build(m);
    int tm_lim = p->time_limit_ms > 0 ? p->time_limit_ms : INT_MAX;
    if (tm_lim != INT_MAX) g.deadline = glp_time() + tm_lim;

    glp_smcp smcp;
    glp_init_smcp(&smcp);
    smcp.msg_lev = GLP_MSG_ON;
    smcp.out_frq = 100;
    smcp.out_dly = 0;
    smcp.tm_lim = tm_lim;

    if (!r->is_mip) {
        g.may_stop = 1;
        r->ret = glp_simplex(P, &smcp);
        g.may_stop = 0;
        if (r->ret == GLP_ETMLIM) r->timed_out = 1;
        read_lp(P, m, r);
    } else {
        int presolve = p->presolve && !p->start;
        if (!presolve) {
            /* glp_intopt without its presolver needs an optimal LP relaxation first; the
               search gets only the time the relaxation left. */
            double started = glp_time();
            g.may_stop = 1;
            r->ret = glp_simplex(P, &smcp);
            g.may_stop = 0;
            if (r->ret == GLP_ETMLIM) r->timed_out = 1;
            if (tm_lim != INT_MAX) {
                double left = tm_lim - (glp_time() - started);
                tm_lim = left > 1 ? (int)left : 1;
            }
            r->lp_status = glp_get_status(P);
            if (r->ret != 0 || r->lp_status != GLP_OPT) {
                r->mip_status = GLP_UNDEF;
                r->obj = 0;
                glp_delete_prob(P);
                leave();
                return 0;
            }
        }
        glp_iocp iocp;
        glp_init_iocp(&iocp);
        iocp.msg_lev = GLP_MSG_ON;
        iocp.out_frq = 100;
        iocp.out_dly = 0;
        iocp.presolve = presolve ? GLP_ON : GLP_OFF;
        iocp.tm_lim = tm_lim;
        iocp.mip_gap = p->mip_gap;
        /* Cuts, pseudo-cost and Driebeck-Tomlin branching are made in the callback
           (cutround.c, pseudocost.c, drtom.c) with GLPK's rules; GLPK's own code would
           make the same, slower. */
        int own = p->glpk_own_code;
        iocp.gmi_cuts = p->gmi_cuts && own ? GLP_ON : GLP_OFF;
        iocp.mir_cuts = p->mir_cuts && own ? GLP_ON : GLP_OFF;
        iocp.cov_cuts = p->cov_cuts && own ? GLP_ON : GLP_OFF;
        iocp.clq_cuts = p->clq_cuts && own ? GLP_ON : GLP_OFF;
        iocp.fp_heur = p->fp_heur ? GLP_ON : GLP_OFF;
        iocp.ps_heur = p->ps_heur ? GLP_ON : GLP_OFF;
        /* Where the callback chooses the branches, GLPK's own rule is the most fractional
           column, which both rules fall back on. */
        int own_rule = p->br_tech == GLP_BR_PCH || p->br_tech == GLP_BR_DTH;
        iocp.br_tech = own_rule && !p->glpk_own_code ? GLP_BR_MFV : p->br_tech;
        iocp.bt_tech = p->bt_tech;
        iocp.pp_tech = p->root_only_tightening ? GLP_PP_ROOT : GLP_PP_ALL;
        search s = {.params = p, .result = r, .g = &g, .n_cols = m->n_cols, .offered_start = 0,
                    .deadline = tm_lim != INT_MAX ? glp_time() + tm_lim : 0, .timed_out = 0,
                    .pc = NULL, .cuts = NULL,
                    .drtom = p->br_tech == GLP_BR_DTH && !p->glpk_own_code, .tab = {0},
                    .candidate_started = 0, .longest_candidate = 0,
                    .left_callback = 0, .step_ms = 0};
        cut_families families = {.gomory = p->gmi_cuts, .mir = p->mir_cuts,
                                 .cover = p->cov_cuts, .clique = p->clq_cuts};
        if (!own && (families.gomory || families.mir || families.cover || families.clique))
            s.cuts = cut_round_create(&s.tab, families);
        iocp.cb_func = callback;
        iocp.cb_info = &s;
        /* GLPK's own cover cuts reach MT1 from inside glp_intopt, so such a search holds
           the knapsack lock throughout (knapsacklock.h); the callback's own rounds take
           it around each call of the cover generator. */
        int own_cover = own && iocp.cov_cuts == GLP_ON;
        if (own_cover) knapsack_lock();
        /* Any display of the search (its own progress lines and those of its LPs) may stop
           the run. */
        g.may_stop = 1;
        r->ret = glp_intopt(P, &iocp);
        g.may_stop = 0;
        if (own_cover) knapsack_unlock();
        if (s.pc) pseudocost_free(s.pc);
        if (s.cuts) cut_round_free(s.cuts);
        tableau_free(&s.tab);
        if (s.timed_out && r->ret == GLP_ESTOP) r->ret = GLP_ETMLIM;
        if (r->ret == GLP_ETMLIM) r->timed_out = 1;
        r->mip_status = glp_mip_status(P);
        r->obj = glp_mip_obj_val(P);
        for (int j = 1; j <= m->n_cols; j++) r->x[j] = glp_mip_col_val(P, j);
    }
    glp_delete_prob(P);
    leave();
    return 0;
}

const char *pp_version(void) { return glp_version(); }

const char *pp_tls(void) { return glp_config("TLS"); }
