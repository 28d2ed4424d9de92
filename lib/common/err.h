/*
 * err.h - filling askf_error. Every module reports detail through askf__err(),
 * which returns the status so call sites can `return askf__err(...)`.
 */
#ifndef ASKF_ERR_H
#define ASKF_ERR_H

#include "askfirst/common.h"

#if defined(__GNUC__)
#define ASKF_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define ASKF_PRINTF(a, b)
#endif

/* Fill err (may be NULL) and return st. field may be NULL. */
askf_status askf__err(askf_error *err, askf_status st, uint32_t line, uint32_t col,
                      const char *field, const char *fmt, ...) ASKF_PRINTF(6, 7);
void askf__err_clear(askf_error *err);

#endif
