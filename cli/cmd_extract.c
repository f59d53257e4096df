/* gongwen extract: one catalogue per input, in batch, on several threads. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

typedef struct job {
  const char *path;
  char *out_path; /* with -o */
  /* results */
  int failed;
  char *json; /* stdout mode: the catalogue to print */
  size_t json_len;
  char *doc_number;
  size_t tasks, units, deadlines;
  int done;
} job;

typedef struct run {
  job *jobs;
  size_t njobs;
  atomic_size_t next;
  const gw_extractor *ex;
  gw_limits limits;
  int json_flags;
  int quiet;
  const char *out_dir;
  int out_fd; /* out_dir, open: catalogues are written relative to it */
  /* stdout mode: print in input order */
  pthread_mutex_t lock;
  pthread_cond_t cond;
  size_t next_print;
} run;

static void usage(FILE *out) {
  fputs("usage: gongwen extract [options] FILE...\n"
        "\n"
        "Write the task catalogue of each notice: to stdout for one input (one\n"
        "JSON object a line for several), or with -o DIR to DIR/<stem>.json.\n"
        "\n"
        "  -o, --output DIR   write DIR/<stem>.json for each input (DIR is created)\n"
        "      --pretty       indent the JSON\n"
        "      --no-text      leave the normalized text out of the catalogue\n"
        "  -j, --jobs N       work on N files at once (default 1; 0 = all cores)\n"
        "      --aliases FILE more unit aliases, \"alias<TAB>canonical\" a line\n"
        "      --summary      print a line per document: file, doc number, tasks,\n"
        "                     units, deadlines\n"
        "  -q, --quiet        no warnings\n"
        "  -h, --help         this help\n",
        out);
  gw_cli_limits_help(out);
}

static const char *base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

static char *output_path(const char *dir, const char *input) {
  const char *base = base_name(input);
  size_t stem = strlen(base);
  const char *dot = strrchr(base, '.');
  if (dot && dot != base) stem = (size_t)(dot - base);
  size_t n = strlen(dir) + stem + 8;
  char *p = malloc(n);
  if (p) snprintf(p, n, "%s/%.*s.json", dir, (int)stem, base);
  return p;
}

static int make_dir(const char *dir) {
  char *p = strdup(dir);
  if (!p) return -1;
  for (char *s = p + 1; *s; s++) {
    if (*s != '/') continue;
    *s = 0;
    if (mkdir(p, 0755) != 0 && errno != EEXIST) {
      free(p);
      return -1;
    }
    *s = '/';
  }
  int rc = mkdir(p, 0755) != 0 && errno != EEXIST ? -1 : 0;
  free(p);
  return rc;
}

static void process(run *r, job *j) {
  gw_error err = {0};
  gw_doc *doc = NULL;
  gw_catalogue *cat = NULL;
  gw_status st = gw_doc_read_file(j->path, &r->limits, &doc, &err);
  if (st == GW_OK) st = gw_extract(r->ex, doc, &r->limits, &cat, &err);
  if (st != GW_OK) {
    gw_cli_error(j->path, "%s", err.message);
    j->failed = 1;
    gw_doc_free(doc);
    return;
  }
  if (!r->quiet) {
    for (size_t i = 0; i < gw_doc_warning_count(doc); i++)
      gw_cli_warning(j->path, "%s", gw_doc_warning(doc, i));
    if (gw_catalogue_task_count(cat) == 0) gw_cli_warning(j->path, "no numbered tasks found");
  }
  j->tasks = gw_catalogue_task_count(cat);
  j->units = gw_catalogue_unit_count(cat);
  j->deadlines = gw_catalogue_deadline_count(cat);
  const char *num = gw_catalogue_doc_number(cat);
  j->doc_number = num ? strdup(num) : NULL;
  char *json = NULL;
  size_t len = 0;
  st = gw_catalogue_to_json(cat, r->json_flags, &json, &len, &err);
  gw_doc_free(doc);
  if (st != GW_OK) {
    gw_cli_error(j->path, "%s", err.message);
    j->failed = 1;
    return;
  }
  if (j->out_path) {
    if (!gw_cli_end_line(&json, &len, j->path)) {
      j->failed = 1;
      return;
    }
    st = gw_write_file_at(r->out_fd, base_name(j->out_path), j->out_path, json, len, &err);
    free(json);
    if (st != GW_OK) {
      gw_cli_error(j->path, "%s", err.message);
      j->failed = 1;
    }
    return;
  }
  j->json = json;
  j->json_len = len;
}

/* In stdout mode, print every finished job that is next in input order. */
static void flush_ready(run *r) {
  while (r->next_print < r->njobs && r->jobs[r->next_print].done) {
    job *j = &r->jobs[r->next_print++];
    if (j->json) {
      fwrite(j->json, 1, j->json_len, stdout);
      fputc('\n', stdout);
      free(j->json);
      j->json = NULL;
    }
  }
}

static void *worker(void *arg) {
  run *r = arg;
  for (;;) {
    size_t i = atomic_fetch_add(&r->next, 1);
    if (i >= r->njobs) break;
    job *j = &r->jobs[i];
    if (!j->done) process(r, j);
    pthread_mutex_lock(&r->lock);
    j->done = 1;
    if (!r->out_dir) flush_ready(r);
    pthread_mutex_unlock(&r->lock);
  }
  return NULL;
}

static long cores(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? n : 1;
}

static void print_summary(const run *r) {
  size_t width = 4;
  for (size_t i = 0; i < r->njobs; i++) {
    size_t n = strlen(base_name(r->jobs[i].path));
    if (n > width) width = n;
  }
  printf("%-*s  %-22s %6s %6s %9s\n", (int)width, "file", "doc number", "tasks", "units",
         "deadlines");
  size_t t = 0, u = 0, d = 0, ok = 0;
  for (size_t i = 0; i < r->njobs; i++) {
    const job *j = &r->jobs[i];
    if (j->failed) {
      printf("%-*s  %s\n", (int)width, base_name(j->path), "(failed)");
      continue;
    }
    ok++;
    t += j->tasks, u += j->units, d += j->deadlines;
    /* Pad by display columns: a Han character is two columns wide. */
    const char *num = j->doc_number ? j->doc_number : "-";
    int cols = 0;
    for (const unsigned char *p = (const unsigned char *)num; *p; p++)
      if ((*p & 0xC0) != 0x80) cols += *p >= 0xE0 ? 2 : 1;
    printf("%-*s  %s%*s %6zu %6zu %9zu\n", (int)width, base_name(j->path), num,
           cols < 22 ? 22 - cols : 0, "", j->tasks, j->units, j->deadlines);
  }
  printf("%zu of %zu documents: %zu tasks, %zu units, %zu deadlines\n", ok, r->njobs, t, u, d);
}

static int by_output(const void *a, const void *b) {
  const job *x = *(const job *const *)a, *y = *(const job *const *)b;
  int c = strcmp(x->out_path, y->out_path);
  return c ? c : (x > y) - (x < y); /* then in the order given */
}

/* Two inputs with the same stem would overwrite each other's catalogue:
 * every one after the first is skipped with an error. Sorted, not compared
 * pairwise, so that an archive of many thousand files costs n log n. */
static gw_status skip_same_outputs(job *jobs, size_t n) {
  job **order = malloc((n ? n : 1) * sizeof *order);
  if (!order) return GW_ERR_NOMEM;
  size_t m = 0;
  for (size_t i = 0; i < n; i++)
    if (jobs[i].out_path) order[m++] = &jobs[i];
  qsort(order, m, sizeof *order, by_output);
  for (size_t i = 1, first = 0; i < m; i++) {
    if (strcmp(order[i]->out_path, order[first]->out_path)) {
      first = i;
      continue;
    }
    job *dup = order[i];
    gw_cli_error(dup->path, "its catalogue %s would overwrite that of %s; skipped", dup->out_path,
                 order[first]->path);
    dup->failed = 1;
    dup->done = 1;
  }
  /* out_path is freed only now: the sorted order still reads it above */
  for (size_t i = 0; i < m; i++)
    if (order[i]->done) {
      free(order[i]->out_path);
      order[i]->out_path = NULL;
    }
  free(order);
  return GW_OK;
}

int gw_cmd_extract(int argc, char **argv) {
  enum { OPT_PRETTY = 256, OPT_NO_TEXT, OPT_ALIASES, OPT_SUMMARY, OPT_LIMIT };
  static const struct option opts[] = {{"output", required_argument, 0, 'o'},
                                       {"pretty", no_argument, 0, OPT_PRETTY},
                                       {"no-text", no_argument, 0, OPT_NO_TEXT},
                                       {"jobs", required_argument, 0, 'j'},
                                       {"aliases", required_argument, 0, OPT_ALIASES},
                                       {"summary", no_argument, 0, OPT_SUMMARY},
                                       {"quiet", no_argument, 0, 'q'},
                                       {"help", no_argument, 0, 'h'},
                                       GW_CLI_LIMIT_OPTIONS(OPT_LIMIT),
                                       {0, 0, 0, 0}};
  run r;
  memset(&r, 0, sizeof r);
  gw_limits_default(&r.limits);
  const char *aliases = NULL;
  long jobs = 1;
  int summary = 0, opt, idx;
  optind = 1;
  while ((opt = getopt_long(argc, argv, "o:j:qh", opts, &idx)) != -1) {
    switch (opt) {
    case 'o':
      r.out_dir = optarg;
      break;
    case OPT_PRETTY:
      r.json_flags |= GW_JSON_PRETTY;
      break;
    case OPT_NO_TEXT:
      r.json_flags |= GW_JSON_NO_TEXT;
      break;
    case 'j': {
      char *end;
      jobs = strtol(optarg, &end, 10);
      if (*end || jobs < 0 || jobs > 1024) {
        gw_cli_error(NULL, "-j needs a number of jobs, not '%s'", optarg);
        return GW_EXIT_USAGE;
      }
      break;
    }
    case OPT_ALIASES:
      aliases = optarg;
      break;
    case OPT_SUMMARY:
      summary = 1;
      break;
    case 'q':
      r.quiet = 1;
      break;
    case 'h':
      usage(stdout);
      return GW_EXIT_OK;
    case OPT_LIMIT:
      if (gw_cli_limit_option(opts[idx].name, optarg, &r.limits) < 0) return GW_EXIT_USAGE;
      break;
    default:
      usage(stderr);
      return GW_EXIT_USAGE;
    }
  }
  if (optind >= argc) {
    gw_cli_error(NULL, "extract needs at least one file; see 'gongwen extract --help'");
    return GW_EXIT_USAGE;
  }
  if (summary && !r.out_dir) {
    gw_cli_error(NULL, "--summary needs -o DIR (the catalogues go there, the summary to stdout)");
    return GW_EXIT_USAGE;
  }
  if (r.out_dir && make_dir(r.out_dir) != 0) {
    gw_cli_error(r.out_dir, "cannot create the output directory: %s", strerror(errno));
    return GW_EXIT_USAGE;
  }
  r.out_fd = -1;
  if (r.out_dir && (r.out_fd = open(r.out_dir, O_PATH | O_DIRECTORY | O_CLOEXEC)) < 0) {
    gw_cli_error(r.out_dir, "cannot open the output directory: %s", strerror(errno));
    return GW_EXIT_USAGE;
  }
  gw_extractor *ex = gw_cli_extractor(aliases);
  if (!ex) {
    if (r.out_fd >= 0) close(r.out_fd);
    return GW_EXIT_USAGE;
  }
  r.ex = ex;
  r.njobs = (size_t)(argc - optind);
  r.jobs = calloc(r.njobs, sizeof *r.jobs);
  if (!r.jobs) {
    gw_cli_error(NULL, "out of memory");
    gw_extractor_free(ex);
    if (r.out_fd >= 0) close(r.out_fd);
    return GW_EXIT_FAILED;
  }
  for (size_t i = 0; i < r.njobs; i++) {
    r.jobs[i].path = argv[optind + (int)i];
    if (r.out_dir) r.jobs[i].out_path = output_path(r.out_dir, r.jobs[i].path);
  }
  if (r.out_dir && skip_same_outputs(r.jobs, r.njobs) != GW_OK) {
    gw_cli_error(NULL, "out of memory");
    free(r.jobs);
    gw_extractor_free(ex);
    if (r.out_fd >= 0) close(r.out_fd);
    return GW_EXIT_FAILED;
  }
  pthread_mutex_init(&r.lock, NULL);
  pthread_cond_init(&r.cond, NULL);
  if (jobs == 0) jobs = cores();
  if ((size_t)jobs > r.njobs) jobs = (long)r.njobs;
  atomic_init(&r.next, 0);
  if (jobs <= 1) {
    for (size_t i = 0; i < r.njobs; i++) {
      if (!r.jobs[i].done) process(&r, &r.jobs[i]);
      r.jobs[i].done = 1;
      if (!r.out_dir) flush_ready(&r);
    }
  } else {
    /* Skipped jobs are done already; workers take the rest. */
    pthread_t *th = calloc((size_t)jobs, sizeof *th);
    long started = 0;
    for (long t = 0; th && t < jobs; t++)
      if (pthread_create(&th[t], NULL, worker, &r) == 0) started++;
    if (!started) worker(&r);
    for (long t = 0; t < started; t++) pthread_join(th[t], NULL);
    free(th);
  }
  int failed = 0;
  for (size_t i = 0; i < r.njobs; i++) failed |= r.jobs[i].failed;
  if (summary) print_summary(&r);
  for (size_t i = 0; i < r.njobs; i++) {
    free(r.jobs[i].out_path);
    free(r.jobs[i].doc_number);
    free(r.jobs[i].json);
  }
  free(r.jobs);
  if (r.out_fd >= 0) close(r.out_fd);
  pthread_mutex_destroy(&r.lock);
  pthread_cond_destroy(&r.cond);
  gw_extractor_free(ex);
  return failed ? GW_EXIT_FAILED : GW_EXIT_OK;
}
