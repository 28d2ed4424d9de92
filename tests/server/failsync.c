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

int fdatasync(int fd)
{
    static int (*real)(int);
    if (failing()) {
        errno = EIO;
        return -1;
    }
    if (!real)
        *(void **)&real = dlsym(RTLD_NEXT, "fdatasync");
    return real(fd);
}

int fsync(int fd)
{
    static int (*real)(int);
    if (failing()) {
        errno = EIO;
        return -1;
    }
    if (!real)
        *(void **)&real = dlsym(RTLD_NEXT, "fsync");
    return real(fd);
}
