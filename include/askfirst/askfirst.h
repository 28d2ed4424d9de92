/*
 * askfirst/askfirst.h - umbrella header for libaskfirst.
 * Include this one, or the module headers it lists.
 */
#ifndef ASKFIRST_H
#define ASKFIRST_H

#include "common.h"
#include "policy.h"
#include "decide.h"
#include "ledger.h"
#include "snapshot.h"
#include "build.h"
#include "receipt.h"
#include "pii.h"

#endif
