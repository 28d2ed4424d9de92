/*
 * slice.h - comparing askf_slice values (bytewise, the order the fold and the
 * snapshot are defined in). Safe for empty slices whose ptr is NULL.
 */
#ifndef ASKF_SLICE_H
#define ASKF_SLICE_H

#include "askfirst/common.h"

#include <string.h>

static inline int askf__slice_eq(askf_slice a, askf_slice b)
{
    return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0);
}

/* memcmp order; a proper prefix sorts first. */
static inline int askf__slice_cmp(askf_slice a, askf_slice b)
{
    size_t n = a.len < b.len ? a.len : b.len;
    int c = n ? memcmp(a.ptr, b.ptr, n) : 0;
    if (c)
        return c;
    return a.len < b.len ? -1 : a.len > b.len;
}

#endif
