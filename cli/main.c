#include "askfirst/askfirst.h"
#include <stdio.h>
int main(void) { puts(askf_version_string()); return 0; }
