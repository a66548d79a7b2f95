/* stdlib/html.h — the HTML5 named character references of html.unescape (compiler/pylib/html.py). */
#ifndef AI_STDLIB_HTML_H
#define AI_STDLIB_HTML_H

#include "aithon.h"

/* The character(s) an HTML5 named reference stands for ("amp;" -> "&", "amp" -> "&"), or "" for an unknown name. */
ai_word ai_html_entity(ai_word name);

#endif
