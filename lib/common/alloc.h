/*
 * alloc.h - the one allocation wrapper every file in lib/ goes through, so that
 * tests can count allocations and fail the Nth one (curl's torture tests).
 */
#ifndef ASKF_ALLOC_H
#define ASKF_ALLOC_H

#include <stddef.h>

void *askf__malloc(size_t n);
void *askf__calloc(size_t count, size_t size);
void *askf__realloc(void *p, size_t n);
void askf__free(void *p);
/* Make room for one more element in the array *v of `n` used and *cap
 * allocated elements of `size` bytes (doubling, starting at `first`).
 * 0, or -1 when out of memory (the array is unchanged). */
int askf__grow(void **v, size_t *cap, size_t n, size_t size, size_t first);
/* A copy of s[0..len) plus a NUL; NULL on failure. */
char *askf__strndup(const char *s, size_t len);
char *askf__strdup(const char *s);

/* Test hooks: after askf__alloc_fail_after(n), the (n+1)th allocation fails;
 * n < 0 disables. askf__alloc_count() counts allocations since start. */
void askf__alloc_fail_after(long n);
unsigned long askf__alloc_count(void);

#endif
