/*
 * failsync.c - an LD_PRELOAD shim for the fault tests: fdatasync() and fsync()
 * fail with EIO while the file named by $ASKF_FAULT_FSYNC exists, so a test
 * can make a running server's disk fail and heal without touching its code.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

static int failing(void)
{
    const char *flag = getenv("ASKF_FAULT_FSYNC");
    return flag && *flag && access(flag, F_OK) == 0;
}

/* Fail while the flag exists; otherwise the real call, looked up once. */
static int fail_or_call(int (**real)(int), const char *name, int fd)
{
    if (failing()) {
        errno = EIO;
        return -1;
    }
    if (!*real)
        *(void **)real = dlsym(RTLD_NEXT, name);
    return (*real)(fd);
}

int fdatasync(int fd)
{
    static int (*real)(int);
    return fail_or_call(&real, "fdatasync", fd);
}

int fsync(int fd)
{
    static int (*real)(int);
    return fail_or_call(&real, "fsync", fd);
}
