/*
 * timeutil.h - civil-date helpers shared by the policy (ages), the ledger
 * (birth dates) and the decision function.
 */
#ifndef ASKF_TIMEUTIL_H
#define ASKF_TIMEUTIL_H

#include "askfirst/common.h"

int64_t askf__days_from_civil(int64_t y, unsigned m, unsigned d);
void askf__civil_from_days(int64_t z, int *y, unsigned *m, unsigned *d);
/* "YYYY-MM-DD" -> days since 1970-01-01. */
askf_status askf__date_parse(const char *s, size_t len, int32_t *days);
/* Full years of age on day `today` for someone born on `birth` (both days since epoch). */
static inline int askf__age_years(int32_t birth, int64_t today)
{
    int by, ty;
    unsigned bm, bd, tm, td;
    askf__civil_from_days(birth, &by, &bm, &bd);
    askf__civil_from_days(today, &ty, &tm, &td);
    int age = ty - by;
    if (tm < bm || (tm == bm && td < bd))
        age--;
    return age;
}

#endif
