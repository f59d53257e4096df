/* Whole files in and out. Output files are written whole or not at all: a
 * temporary file beside the target, renamed over it once complete. (No fsync: the rename keeps a
 * killed or failed run from leaving half a file; surviving power loss is
 * not worth a disk flush per catalogue in a batch of thousands.) */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"

/* The temporary file: "<path>.<k>.tmp", the first k free. Created with
 * O_EXCL, so two writers of the same path (threads or processes) never
 * share one; with mode 0666 less the umask, as any file the user creates. */
static int create_temporary(int dir, const char *path, char *tmp, size_t size) {
  for (unsigned k = 0; k < 1000; k++) {
    snprintf(tmp, size, "%s.%u.tmp", path, k);
    int fd = openat(dir, tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

gw_status gw_write_file_atomic(const char *path, const void *data, size_t len, gw_error *err) {
  return gw_write_file_at(AT_FDCWD, path, path, data, len, err);
}

/* Names relative to an open directory spare the kernel the walk down the
 * directory's path for each of the three calls, in a batch of thousands. */
gw_status gw_write_file_at(int dir, const char *name, const char *path, const void *data,
                           size_t len, gw_error *err) {
  size_t size = strlen(name) + 40;
  char *tmp = malloc(size);
  if (!tmp) return gw_fail(err, GW_ERR_NOMEM, "out of memory");
  int fd = create_temporary(dir, name, tmp, size);
  if (fd < 0) {
    gw_status st = gw_fail(err, GW_ERR_IO, "%s: cannot create: %s", path, strerror(errno));
    free(tmp);
    return st;
  }
  const char *p = data;
  size_t left = len;
  while (left) {
    ssize_t w = write(fd, p, left);
    if (w < 0) {
      if (errno == EINTR) continue;
      gw_status st = gw_fail(err, GW_ERR_IO, "%s: write failed: %s", path, strerror(errno));
      close(fd);
      unlinkat(dir, tmp, 0);
      free(tmp);
      return st;
    }
    p += w;
    left -= (size_t)w;
  }
  if (close(fd) != 0 || renameat(dir, tmp, dir, name) != 0) {
    gw_status st = gw_fail(err, GW_ERR_IO, "%s: cannot write: %s", path, strerror(errno));
    unlinkat(dir, tmp, 0);
    free(tmp);
    return st;
  }
  free(tmp);
  return GW_OK;
}

/* The whole file in one buffer: sized by fstat for a regular file (one
 * read, no copies), grown by doubling for a pipe. A regular file is read
 * up to the size fstat gave. */
gw_status gw_read_file(const char *path, size_t max, char **out, size_t *len, gw_error *err) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return gw_fail(err, GW_ERR_IO, "cannot open: %s", strerror(errno));
  struct stat st;
  size_t cap = 1 << 16, expected = (size_t)-1;
  if (fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      close(fd);
      return gw_fail(err, GW_ERR_IO, "is a directory");
    }
    if (S_ISREG(st.st_mode) && (uint64_t)st.st_size > max) {
      close(fd);
      return gw_fail(err, GW_ERR_LIMIT,
                     "file is %lld bytes, more than the limit of %zu (--max-file-size)",
                     (long long)st.st_size, max);
    }
    /* one byte more: a file that reports size 0 (procfs) still gets room */
    if (S_ISREG(st.st_mode)) cap = (size_t)st.st_size + 1, expected = (size_t)st.st_size;
  }
  size_t n = 0;
  char *buf = malloc(cap);
  gw_status status = GW_OK;
  if (!buf) status = gw_fail(err, GW_ERR_NOMEM, "out of memory reading the file");
  while (status == GW_OK) {
    if (n == cap) {
      if (cap > max) break;
      char *p = realloc(buf, cap * 2);
      if (!p) {
        status = gw_fail(err, GW_ERR_NOMEM, "out of memory reading the file");
        break;
      }
      buf = p;
      cap *= 2;
    }
    ssize_t got = read(fd, buf + n, cap - n);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) status = gw_fail(err, GW_ERR_IO, "read error: %s", strerror(errno));
    if (got <= 0) break;
    n += (size_t)got;
    if (n == expected) break; /* all fstat promised: no read to see the end */
  }
  close(fd);
  if (status == GW_OK && n > max)
    status = gw_fail(err, GW_ERR_LIMIT,
                     "file is larger than the limit of %zu bytes (--max-file-size)", max);
  if (status != GW_OK) {
    free(buf);
    return status;
  }
  *out = buf;
  *len = n;
  return GW_OK;
}
