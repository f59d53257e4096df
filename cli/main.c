#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__ /* defined by the headers above */
#include <malloc.h>
#endif

#include "cli.h"

static pthread_mutex_t stderr_lock = PTHREAD_MUTEX_INITIALIZER;

static void report(const char *kind, const char *file, const char *fmt, va_list ap) {
  pthread_mutex_lock(&stderr_lock);
  fputs("gongwen: ", stderr);
  if (file) fprintf(stderr, "%s: ", file);
  if (kind) fputs(kind, stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  pthread_mutex_unlock(&stderr_lock);
}

void gw_cli_error(const char *file, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  report(NULL, file, fmt, ap);
  va_end(ap);
}

void gw_cli_warning(const char *file, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  report("warning: ", file, fmt, ap);
  va_end(ap);
}

bool gw_cli_end_line(char **s, size_t *len, const char *file) {
  char *p = realloc(*s, *len + 2);
  if (!p) {
    free(*s);
    *s = NULL;
    gw_cli_error(file, "out of memory");
    return false;
  }
  p[(*len)++] = '\n';
  p[*len] = 0;
  *s = p;
  return true;
}

int gw_cli_parse_size(const char *s, size_t *out) {
  char *end;
  unsigned long long v = strtoull(s, &end, 10);
  if (end == s) return 0;
  unsigned long long mul = 1;
  if (*end == 'k' || *end == 'K')
    mul = 1ULL << 10, end++;
  else if (*end == 'm' || *end == 'M')
    mul = 1ULL << 20, end++;
  else if (*end == 'g' || *end == 'G')
    mul = 1ULL << 30, end++;
  if (*end || v == 0) return 0;
  *out = (size_t)(v * mul);
  return 1;
}

static const struct {
  const char *name;
  size_t offset;
  int is_unsigned;
  const char *help;
} LIMITS[] = {
    {"max-file-size", offsetof(gw_limits, max_file_bytes), 0, "input file size"},
    {"max-unzipped", offsetof(gw_limits, max_unzipped_bytes), 0,
     "decompressed size of a .docx part"},
    {"max-zip-ratio", offsetof(gw_limits, max_zip_ratio), 1,
     "decompressed/compressed ratio of a .docx part"},
    {"max-xml-depth", offsetof(gw_limits, max_xml_depth), 1,
     "element nesting in Word XML and HTML"},
    {"max-table-cells", offsetof(gw_limits, max_table_cells), 0, "table cells in one document"},
    {"max-line", offsetof(gw_limits, max_line_bytes), 0, "bytes in one line of text"},
    {"max-tasks", offsetof(gw_limits, max_tasks), 0, "tasks in one catalogue"},
    {"max-memory", offsetof(gw_limits, max_doc_memory), 0, "memory for one document"},
};

int gw_cli_limit_option(const char *name, const char *value, gw_limits *limits) {
  for (size_t i = 0; i < sizeof LIMITS / sizeof LIMITS[0]; i++) {
    if (strcmp(name, LIMITS[i].name)) continue;
    size_t v;
    if (!value || !gw_cli_parse_size(value, &v)) {
      gw_cli_error(NULL, "--%s needs a positive size (such as 64M), not '%s'", name,
                   value ? value : "");
      return -1;
    }
    char *p = (char *)limits + LIMITS[i].offset;
    if (LIMITS[i].is_unsigned)
      *(unsigned *)p = v > 0xFFFFFFFFu ? 0xFFFFFFFFu : (unsigned)v;
    else
      *(size_t *)p = v;
    return 1;
  }
  return 0;
}

void gw_cli_limits_help(FILE *out) {
  gw_limits d;
  gw_limits_default(&d);
  fputs("\nLimits on hostile input (sizes take k, M, G):\n", out);
  for (size_t i = 0; i < sizeof LIMITS / sizeof LIMITS[0]; i++) {
    const char *p = (const char *)&d + LIMITS[i].offset;
    unsigned long long v = LIMITS[i].is_unsigned ? *(const unsigned *)p : *(const size_t *)p;
    fprintf(out, "  --%-16s %s (default %llu)\n", LIMITS[i].name, LIMITS[i].help, v);
  }
}

static void usage(FILE *out) {
  fputs("usage: gongwen <command> [options] [files]\n"
        "\n"
        "Turn Chinese official notices (公文) into task catalogues.\n"
        "\n"
        "Commands:\n"
        "  extract FILE...    write the task catalogue (JSON) of each notice\n"
        "  diff OLD NEW       compare two notices (or catalogues) task by task\n"
        "\n"
        "Options:\n"
        "  -h, --help         show this help (gongwen COMMAND --help for a command)\n"
        "  -V, --version      show the version\n"
        "\n"
        "Inputs: plain text (UTF-8, UTF-16, GB18030/GBK), .docx, Word XML, HTML.\n"
        "Exit status: 0 success, 1 some input failed (diff: differences), 2 usage error.\n",
        out);
}

/* A batch frees every document's memory before the next one asks for as
 * much again. glibc would hand it back to the kernel each time (heap trim,
 * munmap of large blocks) and take it back with fresh zeroed pages; kept,
 * it is reused. Peak memory stays that of the largest documents at once. */
static void keep_freed_memory(void) {
#ifdef __GLIBC__
  mallopt(M_MMAP_THRESHOLD, 16 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

gw_extractor *gw_cli_extractor(const char *aliases) {
  gw_extract_options eo = {aliases};
  gw_extractor *ex;
  gw_error err = {0};
  if (gw_extractor_new(&eo, &ex, &err) == GW_OK) return ex;
  gw_cli_error(aliases, "%s", err.message);
  return NULL;
}

int main(int argc, char **argv) {
  keep_freed_memory();
  if (argc < 2) {
    usage(stderr);
    return GW_EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
    usage(stdout);
    return GW_EXIT_OK;
  }
  if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version")) {
    printf("gongwen %s\n", GW_VERSION);
    return GW_EXIT_OK;
  }
  int rc;
  if (!strcmp(cmd, "extract"))
    rc = gw_cmd_extract(argc - 1, argv + 1);
  else if (!strcmp(cmd, "diff"))
    rc = gw_cmd_diff(argc - 1, argv + 1);
  else {
    gw_cli_error(NULL, "'%s' is not a command; see 'gongwen --help'", cmd);
    return GW_EXIT_USAGE;
  }
  /* Like jq: a failed write to stdout is a failure; for diff, where 1
   * means "differences", it is trouble (2). */
  if (fflush(stdout) != 0 || ferror(stdout)) {
    gw_cli_error(NULL, "writing output failed");
    if (!strcmp(cmd, "diff")) return GW_EXIT_USAGE;
    return rc == GW_EXIT_OK ? GW_EXIT_FAILED : rc;
  }
  return rc;
}
