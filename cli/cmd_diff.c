/* gongwen diff OLD NEW: this year's plan against last year's. Exit status
 * as diff's: 0 no differences, 1 differences, 2 trouble. */
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

enum { DIFF_SAME = 0, DIFF_DIFFERENT = 1, DIFF_TROUBLE = 2 };

static void usage(FILE *out) {
  fputs("usage: gongwen diff [options] OLD NEW\n"
        "\n"
        "Compare two notices task by task: which tasks were kept, changed, moved,\n"
        "split, merged, added or removed, and how units, deadlines, recurrences\n"
        "and targets changed. OLD and NEW are notices in any format gongwen reads,\n"
        "or catalogues written by `gongwen extract`.\n"
        "\n"
        "  --format FMT       json (default), text or html\n"
        "  --color WHEN       auto (default), always or never (text format)\n"
        "  -o, --output FILE  write the report to FILE (whole or not at all)\n"
        "      --pretty       indent the JSON\n"
        "      --aliases FILE more unit aliases, \"alias<TAB>canonical\" a line, for\n"
        "                     notices (a catalogue keeps the names it was written with)\n"
        "  -h, --help         this help\n"
        "\n"
        "Exit status: 0 no differences, 1 differences, 2 trouble.\n",
        out);
  gw_cli_limits_help(out);
}

/* A catalogue written by gongwen extract: JSON naming its format. */
static int is_catalogue(const char *data, size_t len) {
  size_t i = 0;
  if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) i = 3;
  while (i < len && strchr(" \t\r\n", data[i])) i++;
  if (i >= len || data[i] != '{') return 0;
  size_t window = len - i < 4096 ? len - i : 4096;
  return memmem(data + i, window, "\"gongwen-catalogue\"", 19) != NULL;
}

/* Load one side: a catalogue as it is, a notice through extraction. */
static int load(const char *path, const gw_extractor *ex, const gw_limits *limits, gw_doc **doc,
                gw_catalogue **cat) {
  gw_error err = {0};
  size_t len = 0;
  char *data = NULL;
  if (gw_read_file(path, limits->max_file_bytes, &data, &len, &err) != GW_OK) {
    gw_cli_error(path, "%s", err.message);
    return -1;
  }
  gw_status st;
  if (is_catalogue(data, len)) {
    st = gw_catalogue_read_json(path, data, len, doc, cat, &err);
  } else {
    st = gw_doc_read_memory(path, data, len, limits, doc, &err);
    if (st == GW_OK) st = gw_extract(ex, *doc, limits, cat, &err);
  }
  free(data);
  if (st != GW_OK) {
    gw_cli_error(path, "%s", err.message);
    gw_doc_free(*doc);
    *doc = NULL;
    return -1;
  }
  return 0;
}

int gw_cmd_diff(int argc, char **argv) {
  enum { OPT_FORMAT = 256, OPT_COLOR, OPT_PRETTY, OPT_ALIASES, OPT_LIMIT };
  static const struct option opts[] = {{"format", required_argument, 0, OPT_FORMAT},
                                       {"color", required_argument, 0, OPT_COLOR},
                                       {"output", required_argument, 0, 'o'},
                                       {"pretty", no_argument, 0, OPT_PRETTY},
                                       {"aliases", required_argument, 0, OPT_ALIASES},
                                       {"help", no_argument, 0, 'h'},
                                       GW_CLI_LIMIT_OPTIONS(OPT_LIMIT),
                                       {0, 0, 0, 0}};
  const char *format = "json", *color = "auto", *output = NULL, *aliases = NULL;
  int pretty = 0, opt, idx;
  gw_limits limits;
  gw_limits_default(&limits);
  optind = 1;
  while ((opt = getopt_long(argc, argv, "o:h", opts, &idx)) != -1) {
    switch (opt) {
    case OPT_FORMAT:
      format = optarg;
      break;
    case OPT_COLOR:
      color = optarg;
      break;
    case 'o':
      output = optarg;
      break;
    case OPT_PRETTY:
      pretty = 1;
      break;
    case OPT_ALIASES:
      aliases = optarg;
      break;
    case 'h':
      usage(stdout);
      return DIFF_SAME;
    case OPT_LIMIT:
      if (gw_cli_limit_option(opts[idx].name, optarg, &limits) < 0) return DIFF_TROUBLE;
      break;
    default:
      usage(stderr);
      return DIFF_TROUBLE;
    }
  }
  if (strcmp(format, "json") && strcmp(format, "text") && strcmp(format, "html")) {
    gw_cli_error(NULL, "--format takes json, text or html, not '%s'", format);
    return DIFF_TROUBLE;
  }
  if (strcmp(color, "auto") && strcmp(color, "always") && strcmp(color, "never")) {
    gw_cli_error(NULL, "--color takes auto, always or never, not '%s'", color);
    return DIFF_TROUBLE;
  }
  if (argc - optind != 2) {
    gw_cli_error(NULL, "diff needs two files, OLD and NEW; see 'gongwen diff --help'");
    return DIFF_TROUBLE;
  }
  gw_extractor *ex = gw_cli_extractor(aliases);
  if (!ex) return DIFF_TROUBLE;
  gw_doc *old_doc = NULL, *new_doc = NULL;
  gw_catalogue *old_cat = NULL, *new_cat = NULL;
  int rc = DIFF_TROUBLE;
  gw_diff *diff = NULL;
  char *report = NULL;
  size_t len = 0;
  gw_error err = {0};
  if (load(argv[optind], ex, &limits, &old_doc, &old_cat) ||
      load(argv[optind + 1], ex, &limits, &new_doc, &new_cat))
    goto done;
  if (gw_diff_new(old_cat, new_cat, &diff, &err) != GW_OK) {
    gw_cli_error(NULL, "%s", err.message);
    goto done;
  }
  bool use_color = !strcmp(color, "always") || (!strcmp(color, "auto") && !output && isatty(1));
  gw_status st;
  if (!strcmp(format, "json"))
    st = gw_diff_to_json(diff, pretty ? GW_JSON_PRETTY : 0, &report, &len, &err);
  else if (!strcmp(format, "text"))
    st = gw_diff_to_text(diff, use_color ? GW_REPORT_COLOR : 0, &report, &len, &err);
  else
    st = gw_diff_to_html(diff, &report, &len, &err);
  if (st != GW_OK) {
    gw_cli_error(NULL, "%s", err.message);
    goto done;
  }
  if (!strcmp(format, "json") && !gw_cli_end_line(&report, &len, NULL)) goto done;
  if (output) {
    if (gw_write_file_atomic(output, report, len, &err) != GW_OK) {
      gw_cli_error(NULL, "%s", err.message); /* the message names the file */
      goto done;
    }
  } else {
    fwrite(report, 1, len, stdout);
  }
  rc = gw_diff_differs(diff) ? DIFF_DIFFERENT : DIFF_SAME;
done:
  free(report);
  gw_diff_free(diff);
  gw_doc_free(old_doc);
  gw_doc_free(new_doc);
  gw_extractor_free(ex);
  return rc;
}
