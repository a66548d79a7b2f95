/* obj/format.h — format() and the format-spec mini-language
 * (ai_format_int/float/str/bool are declared in aithon.h). */
#ifndef AI_OBJ_FORMAT_H
#define AI_OBJ_FORMAT_H

#include "obj/object.h"

#endif
