/*
 * check.h - a minimal test harness printing TAP, so the suite runner can count
 * individual checks. Each test binary defines its cases with TEST(name) and
 * lists them in main() with RUN(name).
 *
 *   TEST(json_parses_empty_object) { CHECK(...); CHECK_EQ_INT(a, b); }
 *   int main(void) { RUN(json_parses_empty_object); return check_done(); }
 */
#ifndef ASKF_CHECK_H
#define ASKF_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_tests_run, check_tests_failed, check_current_failed;

#define TEST(name) static void test_##name(void)

#define CHECK(cond)                                                                           \
    do {                                                                                      \
        if (!(cond)) {                                                                        \
            printf("#   %s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond);               \
            check_current_failed = 1;                                                         \
        }                                                                                     \
    } while (0)

#define CHECK_EQ_INT(a, b)                                                                    \
    do {                                                                                      \
        long long check_a_ = (long long)(a), check_b_ = (long long)(b);                       \
        if (check_a_ != check_b_) {                                                           \
            printf("#   %s:%d: %s == %s failed: %lld != %lld\n", __FILE__, __LINE__, #a, #b,  \
                   check_a_, check_b_);                                                       \
            check_current_failed = 1;                                                         \
        }                                                                                     \
    } while (0)

#define CHECK_EQ_STR(a, b)                                                                    \
    do {                                                                                      \
        const char *check_a_ = (a), *check_b_ = (b);                                          \
        if (!check_a_ || !check_b_ || strcmp(check_a_, check_b_) != 0) {                     \
            printf("#   %s:%d: %s == %s failed: \"%s\" != \"%s\"\n", __FILE__, __LINE__, #a,  \
                   #b, check_a_ ? check_a_ : "(null)", check_b_ ? check_b_ : "(null)");       \
            check_current_failed = 1;                                                         \
        }                                                                                     \
    } while (0)

#define CHECK_MEM(p, n, q) CHECK(memcmp((p), (q), (n)) == 0)

#define RUN(name)                                                                             \
    do {                                                                                      \
        check_current_failed = 0;                                                             \
        test_##name();                                                                        \
        check_tests_run++;                                                                    \
        if (check_current_failed)                                                             \
            check_tests_failed++;                                                             \
        printf("%s %d - %s\n", check_current_failed ? "not ok" : "ok", check_tests_run,       \
               #name);                                                                        \
        fflush(stdout);                                                                       \
    } while (0)

static inline int check_done(void)
{
    printf("1..%d\n", check_tests_run);
    return check_tests_failed ? 1 : 0;
}

/* A fresh temporary directory for this test process; removed by the runner's
 * own cleanup (it lives under $TMPDIR). Returns static storage. */
static inline const char *check_tmpdir(void)
{
    static char path[256];
    if (!path[0]) {
        const char *base = getenv("TMPDIR");
        snprintf(path, sizeof path, "%s/askf-test-XXXXXX", base && *base ? base : "/tmp");
        if (!mkdtemp(path)) {
            perror("mkdtemp");
            exit(2);
        }
    }
    return path;
}

#endif
