/*
 * time.c - RFC 3339 timestamps <-> microseconds since the Unix epoch (UTC).
 * Civil-date arithmetic after Howard Hinnant's days_from_civil algorithm, so
 * no libc time-zone state is touched (timegm is not reentrant-safe everywhere).
 */
#include "askfirst/common.h"
#include "timeutil.h"

#include <time.h>

int64_t askf__days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

void askf__civil_from_days(int64_t z, int *y, unsigned *m, unsigned *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t yy = (int64_t)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = (int)(yy + (*m <= 2));
}

static int digits(const char *s, size_t n, unsigned *out)
{
    unsigned v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (unsigned)(s[i] - '0');
    }
    *out = v;
    return 0;
}

static unsigned days_in_month(unsigned y, unsigned m)
{
    static const unsigned dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

askf_status askf__date_parse(const char *s, size_t len, int32_t *days)
{
    unsigned y, m, d;
    if (len != 10 || s[4] != '-' || s[7] != '-' || digits(s, 4, &y) || digits(s + 5, 2, &m) ||
        digits(s + 8, 2, &d))
        return ASKF_ERR_PARSE;
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return ASKF_ERR_PARSE;
    *days = (int32_t)askf__days_from_civil(y, m, d);
    return ASKF_OK;
}

askf_status askf_time_parse(const char *s, size_t len, askf_time *out)
{
    unsigned y, mo, d, h = 0, mi = 0, se = 0;
    if (!s || len < 10)
        return ASKF_ERR_PARSE;
    if (s[4] != '-' || s[7] != '-' || digits(s, 4, &y) || digits(s + 5, 2, &mo) ||
        digits(s + 8, 2, &d))
        return ASKF_ERR_PARSE;
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo))
        return ASKF_ERR_PARSE;
    int64_t us_frac = 0, offset_s = 0;
    if (len > 10) {
        if (len < 20 || (s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':' ||
            digits(s + 11, 2, &h) || digits(s + 14, 2, &mi) || digits(s + 17, 2, &se))
            return ASKF_ERR_PARSE;
        if (h > 23 || mi > 59 || se > 59)
            return ASKF_ERR_PARSE;
        size_t i = 19;
        if (i < len && s[i] == '.') {
            i++;
            size_t st = i;
            int64_t scale = 100000;
            while (i < len && s[i] >= '0' && s[i] <= '9') {
                if (i - st >= 6 && s[i] != '0')
                    return ASKF_ERR_PARSE; /* finer than a microsecond */
                if (i - st < 6) {
                    us_frac += (s[i] - '0') * scale;
                    scale /= 10;
                }
                i++;
            }
            if (i == st)
                return ASKF_ERR_PARSE;
        }
        if (i >= len)
            return ASKF_ERR_PARSE;
        if ((s[i] == 'Z' || s[i] == 'z') && i + 1 == len) {
            offset_s = 0;
        } else if ((s[i] == '+' || s[i] == '-') && i + 6 == len && s[i + 3] == ':') {
            unsigned oh, om;
            if (digits(s + i + 1, 2, &oh) || digits(s + i + 4, 2, &om) || oh > 23 || om > 59)
                return ASKF_ERR_PARSE;
            offset_s = (int64_t)(oh * 3600 + om * 60) * (s[i] == '+' ? 1 : -1);
        } else {
            return ASKF_ERR_PARSE;
        }
    }
    int64_t days = askf__days_from_civil(y, mo, d);
    int64_t secs = days * 86400 + h * 3600 + mi * 60 + se - offset_s;
    *out = secs * 1000000 + us_frac;
    return ASKF_OK;
}

static void put2(char *o, unsigned v)
{
    o[0] = (char)('0' + v / 10 % 10);
    o[1] = (char)('0' + v % 10);
}

size_t askf_time_format(askf_time t, char *buf, size_t cap)
{
    if (cap < 32) {
        if (cap)
            buf[0] = 0;
        return 0;
    }
    int64_t secs = t / 1000000, us = t % 1000000;
    if (us < 0) {
        us += 1000000;
        secs -= 1;
    }
    int64_t days = secs / 86400, rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        days -= 1;
    }
    int y;
    unsigned m, d;
    askf__civil_from_days(days, &y, &m, &d);
    if (y < 0 || y > 9999) {
        buf[0] = 0;
        return 0;
    }
    char *o = buf;
    put2(o, (unsigned)y / 100);
    put2(o + 2, (unsigned)y % 100);
    o[4] = '-';
    put2(o + 5, m);
    o[7] = '-';
    put2(o + 8, d);
    o[10] = 'T';
    put2(o + 11, (unsigned)(rem / 3600));
    o[13] = ':';
    put2(o + 14, (unsigned)(rem / 60 % 60));
    o[16] = ':';
    put2(o + 17, (unsigned)(rem % 60));
    size_t n = 19;
    if (us) {
        o[n++] = '.';
        unsigned v = (unsigned)us;
        for (int k = 5; k >= 0; k--) {
            o[n + (size_t)k] = (char)('0' + v % 10);
            v /= 10;
        }
        n += 6;
        while (o[n - 1] == '0')
            n--;
    }
    o[n++] = 'Z';
    o[n] = 0;
    return n;
}

askf_time askf_time_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (askf_time)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}
