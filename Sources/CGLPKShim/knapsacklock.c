#include "knapsacklock.h"

#include <pthread.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static _Thread_local int held;

void knapsack_lock(void) {
    pthread_mutex_lock(&lock);
    held = 1;
}

void knapsack_unlock(void) {
    held = 0;
    pthread_mutex_unlock(&lock);
}

void knapsack_release(void) {
    if (held) knapsack_unlock();
}
