/* Output files are written whole or not at all: a temporary file beside
 * the target, renamed over it once complete. (No fsync: the rename keeps a
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
static int create_temporary(const char *path, char *tmp, size_t size) {
  for (unsigned k = 0; k < 1000; k++) {
    snprintf(tmp, size, "%s.%u.tmp", path, k);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

gw_status gw_write_file_atomic(const char *path, const void *data, size_t len, gw_error *err) {
  size_t size = strlen(path) + 40;
  char *tmp = malloc(size);
  if (!tmp) return gw_fail(err, GW_ERR_NOMEM, "out of memory");
  int fd = create_temporary(path, tmp, size);
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
      unlink(tmp);
      free(tmp);
      return st;
    }
    p += w;
    left -= (size_t)w;
  }
  if (close(fd) != 0 || rename(tmp, path) != 0) {
    gw_status st = gw_fail(err, GW_ERR_IO, "%s: cannot write: %s", path, strerror(errno));
    unlink(tmp);
    free(tmp);
    return st;
  }
  free(tmp);
  return GW_OK;
}
