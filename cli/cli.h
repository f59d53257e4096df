/* The gongwen command line: options and subcommands; no pipeline logic. */
#ifndef GW_CLI_H
#define GW_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "../include/gongwen.h"

/* Exit status, as diff and git use them. */
enum {
  GW_EXIT_OK = 0,
  GW_EXIT_FAILED = 1, /* some input failed (extract) / differences found (diff) */
  GW_EXIT_USAGE = 2,  /* bad command line (extract) / trouble (diff) */
};

/* "gongwen: FILE: message" on stderr; thread-safe. */
void gw_cli_error(const char *file, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* End the malloc'd output s[0..*len) with a newline (it may move); false
 * after reporting running out of memory, s then freed. */
bool gw_cli_end_line(char **s, size_t *len, const char *file);
void gw_cli_warning(const char *file, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Parse a size such as 64M, 512k, 1000 into bytes; false when malformed. */
int gw_cli_parse_size(const char *s, size_t *out);

/* Shared limit options (--max-file-size ...): returns 1 when `name` was one
 * of them and was applied, 0 when it is not a limit option, -1 on a bad
 * value (already reported). */
int gw_cli_limit_option(const char *name, const char *value, gw_limits *limits);
/* The long options of the limits, for a getopt_long table; `val` is the
 * value getopt returns for all of them (look the name up by index). */
#define GW_CLI_LIMIT_OPTIONS(val)                                                                  \
  {"max-file-size", required_argument, 0, (val)}, {"max-unzipped", required_argument, 0, (val)},   \
      {"max-zip-ratio", required_argument, 0, (val)},                                              \
      {"max-xml-depth", required_argument, 0, (val)},                                              \
      {"max-table-cells", required_argument, 0, (val)}, {"max-line", required_argument, 0, (val)}, \
      {"max-tasks", required_argument, 0, (val)}, {                                                \
    "max-memory", required_argument, 0, (val)                                                      \
  }
void gw_cli_limits_help(FILE *out);

/* The extractor, with the alias file `aliases` (may be NULL) added; NULL
 * after reporting why it could not be made. */
gw_extractor *gw_cli_extractor(const char *aliases);

int gw_cmd_extract(int argc, char **argv);
int gw_cmd_diff(int argc, char **argv);

#endif
