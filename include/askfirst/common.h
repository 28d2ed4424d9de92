/*
 * askfirst/common.h - the pieces every other public header uses: the export
 * macro, the version, the one status enum, error detail, byte slices and the
 * time representation.
 *
 * Thread safety: every function here is reentrant.
 */
#ifndef ASKFIRST_COMMON_H
#define ASKFIRST_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(ASKF_BUILDING_LIBRARY) && defined(__GNUC__)
#define ASKF_API __attribute__((visibility("default")))
#else
#define ASKF_API
#endif

#define ASKF_VERSION_MAJOR 0
#define ASKF_VERSION_MINOR 1
#define ASKF_VERSION_PATCH 0
#define ASKF_VERSION_STRING "0.1.0"

/* The library's version string, e.g. "0.1.0". Static storage. */
ASKF_API const char *askf_version_string(void);

/*
 * Status codes. Numbers are pinned: once released a number keeps its meaning
 * and is never reused. A denial by the decision function is NOT an error; it is
 * a successful call whose result carries a reason (see decide.h).
 */
#define ASKF_STATUS_MAP(X)                                                        \
    X(OK, 0, "success")                                                           \
    X(ERR_NOMEM, 1, "out of memory")                                              \
    X(ERR_INVALID, 2, "invalid argument")                                         \
    X(ERR_PARSE, 3, "malformed input")                                            \
    X(ERR_IO, 4, "input/output error")                                            \
    X(ERR_STORE, 5, "storage backend error")                                      \
    X(ERR_CONFLICT, 6, "event id already recorded with a different body")        \
    X(ERR_NOT_FOUND, 7, "not found")                                              \
    X(ERR_CORRUPT, 8, "data is corrupt or fails verification")                    \
    X(ERR_UNSUPPORTED, 9, "not supported by this build or backend")               \
    X(ERR_LIMIT, 10, "a size or count limit was exceeded")                        \
    X(ERR_NO_POLICY, 11, "no policy is in force")                                 \
    X(ERR_REJECTED, 12, "input is well-formed but not acceptable")                \
    X(ERR_ABORTED, 13, "batch aborted because another item in it failed")

typedef enum askf_status {
#define ASKF__STATUS_ENUM(name, num, text) ASKF_##name = num,
    ASKF_STATUS_MAP(ASKF__STATUS_ENUM)
#undef ASKF__STATUS_ENUM
} askf_status;

/* Human text for a status ("out of memory"). Static storage; never NULL. */
ASKF_API const char *askf_strerror(askf_status s);
/* Stable machine name for a status ("ERR_NOMEM"). Static storage; never NULL. */
ASKF_API const char *askf_status_name(askf_status s);

/*
 * Error detail filled by calls that can fail on bad input. Callers own the
 * struct (usually on their stack); the library writes into it and never keeps a
 * pointer to it. `msg` is a complete sentence that names the file, line,
 * column and field at fault when they are known; line/column are 1-based,
 * 0 when unknown.
 */
typedef struct askf_error {
    askf_status status;
    uint32_t line;
    uint32_t column;
    char field[64];
    char msg[512];
} askf_error;

/* A borrowed run of bytes; not NUL-terminated unless stated. */
typedef struct askf_slice {
    const char *ptr;
    size_t len;
} askf_slice;

/*
 * Time is an int64 count of microseconds since 1970-01-01T00:00:00Z (UTC).
 * ASKF_TIME_NONE marks "never / unknown".
 */
typedef int64_t askf_time;
#define ASKF_TIME_NONE INT64_MIN

/*
 * Parse an RFC 3339 timestamp ("2026-01-05T10:00:00Z", optional fraction up to
 * microseconds, "Z" or "+hh:mm"/"-hh:mm") or a date "2026-01-05" (midnight UTC).
 * Returns ASKF_OK or ASKF_ERR_PARSE.
 */
ASKF_API askf_status askf_time_parse(const char *s, size_t len, askf_time *out);
/* Format as "YYYY-MM-DDThh:mm:ss[.ffffff]Z" into buf (>= 32 bytes). Returns length. */
ASKF_API size_t askf_time_format(askf_time t, char *buf, size_t cap);
/* The wall clock now. */
ASKF_API askf_time askf_time_now(void);

#ifdef __cplusplus
}
#endif
#endif
