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

gw_status gw_write_file_atomic(const char *path, const void *data, size_t len, gw_error *err) {
  size_t n = strlen(path);
  char *tmp = malloc(n + 16);
  if (!tmp) return gw_fail(err, GW_ERR_NOMEM, "out of memory");
  snprintf(tmp, n + 16, "%s.tmpXXXXXX", path);
  int fd = mkstemp(tmp);
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
  fchmod(fd, 0644);
  if (close(fd) != 0 || rename(tmp, path) != 0) {
    gw_status st = gw_fail(err, GW_ERR_IO, "%s: cannot write: %s", path, strerror(errno));
    unlink(tmp);
    free(tmp);
    return st;
  }
  free(tmp);
  return GW_OK;
}
