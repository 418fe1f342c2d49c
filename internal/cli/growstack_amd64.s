#include "textflag.h"

// func growStack()
// A 96 KB frame, left untouched: its prologue's stack check grows the
// stack (see growstack.go).
TEXT ·growStack(SB), 0, $98304-0
	RET
