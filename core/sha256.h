/* SHA-256 of the input bytes, recorded as source.sha256 so a catalogue can be
 * traced to the exact file it came from. */
#ifndef GW_SHA256_H
#define GW_SHA256_H

#include <stddef.h>

/* Lower-case hex digest into out[65]. */
void gw_sha256_hex(const void *data, size_t len, char out[65]);
/* portable = 1 forces the plain C compression (tests compare the two). */
void gw_sha256_hex_impl(const void *data, size_t len, char out[65], int portable);

#endif
