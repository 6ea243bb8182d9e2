/*
 * regex_check.c — goesc's side of tools/check_regex_corpus.sh.
 *
 *   regex_check PATTERNS TEXTS
 *
 * For each line of PATTERNS prints "error" if src/regex.c refuses it,
 * else one 0/1 per line of TEXTS (does regex_match find it), the same
 * format as tools/regex_oracle.go, so the two outputs can be compared
 * with cmp.  With -v, refused patterns are followed by the reason.
 */
#include "report.h"

#include <stdlib.h>
#include <string.h>

static char **read_lines(const char *path, int *count) {
  const char *error = NULL;
  Source *source = source_read(path, &error);
  if (!source) {
    fprintf(stderr, "regex_check: %s: %s\n", path, error);
    exit(2);
  }
  char **lines = NULL;
  int n = 0;
  char *text = (char *)source->text;
  while (*text) {
    char *end = strchr(text, '\n');
    if (end)
      *end = '\0';
    lines = xrealloc(lines, sizeof *lines * (size_t)(n + 1));
    lines[n++] = text;
    if (!end)
      break;
    text = end + 1;
  }
  *count = n;
  return lines;
}

int main(int argc, char **argv) {
  bool verbose = argc > 1 && strcmp(argv[1], "-v") == 0;
  if (argc != 3 + verbose) {
    fputs("usage: regex_check [-v] PATTERNS TEXTS\n", stderr);
    return 2;
  }
  int npatterns, ntexts;
  char **patterns = read_lines(argv[1 + verbose], &npatterns);
  char **texts = read_lines(argv[2 + verbose], &ntexts);
  for (int i = 0; i < npatterns; i++) {
    const char *error = NULL;
    Regex *re = regex_compile(patterns[i], &error);
    if (!re) {
      if (verbose)
        printf("error %s: %s\n", error, patterns[i]);
      else
        puts("error");
      continue;
    }
    for (int j = 0; j < ntexts; j++)
      putchar(regex_match(re, texts[j], strlen(texts[j])) ? '1' : '0');
    putchar('\n');
    regex_free(re);
  }
  return 0;
}
