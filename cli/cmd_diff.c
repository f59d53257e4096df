/* gongwen diff: not built yet. */
#include "cli.h"

int gw_cmd_diff(int argc, char **argv) {
  (void)argc;
  (void)argv;
  gw_cli_error(NULL, "diff is not available yet");
  return GW_EXIT_USAGE;
}
