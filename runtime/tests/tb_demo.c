/* tb_demo.c — runs one scenario of tb_scenarios.h through ai_main:
 *   tb_demo NAME FILE   runs it, reporting FILE as the source file name
 *   tb_demo --source NAME   prints the Python source of the scenario
 * runtime.test.ts compares stdout/stderr/status with python3 running the
 * same source. */
#include "tb_scenarios.h"

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  size_t n = sizeof tb_scenarios / sizeof tb_scenarios[0];
  if (argc == 3 && strcmp(argv[1], "--source") == 0) {
    for (size_t i = 0; i < n; i++)
      if (!strcmp(tb_scenarios[i].name, argv[2])) {
        fputs(tb_scenarios[i].src, stdout);
        return 0;
      }
    return 2;
  }
  if (argc != 3) {
    for (size_t i = 0; i < n; i++) printf("%s\n", tb_scenarios[i].name);
    return 0;
  }
  tb_file = argv[2];
  for (size_t i = 0; i < n; i++)
    if (!strcmp(tb_scenarios[i].name, argv[1])) return ai_main(argc, argv, tb_scenarios[i].body);
  return 2;
}
