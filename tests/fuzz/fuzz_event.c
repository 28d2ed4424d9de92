/*
 * fuzz_event.c - ledger event parsing and canonicalisation (lib/ledger/event.c):
 * any bytes in, never a crash. An accepted event's canonical body must parse
 * again, and canonicalise to the same bytes (canonical form is a fixed point).
 */
#include "common/buf.h"
#include "common/json.h"
#include "ledger/ledger_int.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    askf_json j;
    askf__json_init(&j);
    askf_buf strings, canon, strings2, canon2;
    askf__buf_init(&strings);
    askf__buf_init(&canon);
    askf__buf_init(&strings2);
    askf__buf_init(&canon2);
    askf__event ev;
    askf_error err;
    if (askf__event_parse(&j, (const char *)data, size, ASKF__PARSE_ALLOW_POLICY, &ev, &strings,
                          &err) == ASKF_OK) {
        askf__event_canon(&ev, &canon);
        if (canon.oom)
            goto done;
        askf__event ev2;
        askf_json j2;
        askf__json_init(&j2);
        if (askf__event_parse(&j2, canon.ptr, canon.len, ASKF__PARSE_ALLOW_POLICY, &ev2, &strings2,
                              &err) != ASKF_OK)
            abort(); /* the canonical body of an accepted event must be accepted */
        askf__event_canon(&ev2, &canon2);
        if (!canon2.oom && (canon2.len != canon.len || memcmp(canon2.ptr, canon.ptr, canon.len)))
            abort(); /* canonical form must be a fixed point */
        askf__json_free(&j2);
    }
done:
    askf__buf_free(&strings);
    askf__buf_free(&canon);
    askf__buf_free(&strings2);
    askf__buf_free(&canon2);
    askf__json_free(&j);
    return 0;
}
