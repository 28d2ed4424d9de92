/*
 * failalloc.c - an LD_PRELOAD shim for the fault tests: malloc(), calloc()
 * and realloc() of 4 MiB or more fail with ENOMEM while the file named by
 * $ASKF_FAULT_ALLOC exists, so a test can run a server out of memory for one
 * large request and give the memory back, without touching its code.
 * Smaller allocations always succeed: the server must still be able to answer.
 * Plain builds only: under ASan the runtime's allocator must stay in charge
 * (test_faults.py limits it with max_allocation_size_mb there instead).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

/* glibc's own entry points: no dlsym, which may itself allocate. */
void *__libc_malloc(size_t n);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *p, size_t n);

enum { BIG = 4u << 20 };

static int failing(size_t n)
{
    if (n < BIG)
        return 0;
    const char *flag = getenv("ASKF_FAULT_ALLOC");
    if (!flag || !*flag || access(flag, F_OK) != 0)
        return 0;
    errno = ENOMEM;
    return 1;
}

void *malloc(size_t n)
{
    return failing(n) ? NULL : __libc_malloc(n);
}

void *calloc(size_t count, size_t size)
{
    size_t n;
    if (__builtin_mul_overflow(count, size, &n))
        n = (size_t)-1;
    return failing(n) ? NULL : __libc_calloc(count, size);
}

void *realloc(void *p, size_t n)
{
    return failing(n) ? NULL : __libc_realloc(p, n);
}
