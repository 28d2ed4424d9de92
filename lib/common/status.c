/*
 * status.c - names and texts of the status enum, generated from the X-macro in
 * common.h, and the error-detail helper every module uses.
 */
#include "askfirst/common.h"
#include "err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *askf_version_string(void) { return ASKF_VERSION_STRING; }

const char *askf_strerror(askf_status s)
{
    switch (s) {
#define X(name, num, text)                                                                    \
    case ASKF_##name:                                                                         \
        return text;
        ASKF_STATUS_MAP(X)
#undef X
    }
    return "unknown status";
}

const char *askf_status_name(askf_status s)
{
    switch (s) {
#define X(name, num, text)                                                                    \
    case ASKF_##name:                                                                         \
        return #name;
        ASKF_STATUS_MAP(X)
#undef X
    }
    return "UNKNOWN";
}

askf_status askf__err(askf_error *err, askf_status st, uint32_t line, uint32_t col,
                      const char *field, const char *fmt, ...)
{
    if (!err)
        return st;
    err->status = st;
    err->line = line;
    err->column = col;
    err->field[0] = 0;
    if (field) {
        size_t n = strlen(field);
        if (n >= sizeof err->field)
            n = sizeof err->field - 1;
        memcpy(err->field, field, n);
        err->field[n] = 0;
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return st;
}

void askf__err_clear(askf_error *err)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
}
