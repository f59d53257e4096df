/* List numbers in the styles lists number their items with, named as Word's
 * w:numFmt names them: decimal (1), decimalZero (01), lowerLetter (a),
 * upperLetter (A), lowerRoman (i), upperRoman (I), chineseCounting (一,
 * 十一), chineseCountingThousand (一千零一), chineseLegalSimplified (壹),
 * ideographTraditional (甲), ideographZodiac (子), ideographDigital (一〇),
 * decimalEnclosedCircle (①), decimalEnclosedParen (⑴),
 * decimalEnclosedFullstop (⒈) and their variants. */
#ifndef GW_NUMFMT_H
#define GW_NUMFMT_H

#include "normalize.h"

/* Append `v` written in format `fmt`. "none" and "bullet" append nothing;
 * an unknown format, or a number the format cannot write, is decimal. */
void gw_numfmt_append(const char *fmt, long v, gw_textbuf *out);

#endif
