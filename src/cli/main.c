#include "zjtx-cli.h"

int main (int argc, char *argv[]) { return zjtx_cli_main (argc, argv); }
