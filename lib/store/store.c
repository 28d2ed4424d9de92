/*
 * store.c - picks the storage backend for a ledger URI. The ledger calls
 * askf__store_open() and then only the ops table; adding PostgreSQL means a
 * new store_pg.c and one more branch here.
 */
#include "store.h"

#include "common/err.h"

#include <string.h>

static int has_prefix(const char *s, const char *p)
{
    return strncmp(s, p, strlen(p)) == 0;
}

askf_status askf__store_open(const char *uri, int create, int read_only, askf_store **out,
                             askf_error *err)
{
    *out = NULL;
    if (!uri || !*uri)
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, "uri", "no ledger location given");
    if (has_prefix(uri, "postgres://") || has_prefix(uri, "postgresql://"))
        return askf__err(err, ASKF_ERR_UNSUPPORTED, 0, 0, "uri",
                         "ledger '%s': the PostgreSQL backend is not part of this build", uri);
    if (has_prefix(uri, "sqlite:"))
        uri += strlen("sqlite:");
    if (!*uri)
        return askf__err(err, ASKF_ERR_INVALID, 0, 0, "uri", "empty SQLite file name");
    return askf__store_sqlite_open(uri, create, read_only, out, err);
}
