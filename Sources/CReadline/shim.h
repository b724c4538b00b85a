#ifndef TEACHBACK_CREADLINE_SHIM_H
#define TEACHBACK_CREADLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>

// Swift 6 rejects direct access to readline's mutable globals, so every global
// Teachback touches is read or written through one of these setters.

static inline void tb_set_completion_function(rl_completion_func_t *fn) {
  rl_attempted_completion_function = fn;
}
static inline void tb_set_completion_entry_function(rl_compentry_func_t *fn) {
  rl_completion_entry_function = fn;
}
static inline void tb_set_attempted_completion_over(int value) {
  rl_attempted_completion_over = value;
}
static inline void tb_set_completer_word_break_characters(const char *chars) {
  rl_completer_word_break_characters = (char *)chars;
}
static inline void tb_set_completion_append_character(int c) { rl_completion_append_character = c; }
static inline void tb_set_readline_name(const char *name) { rl_readline_name = name; }
static inline void tb_set_catch_signals(int value) { rl_catch_signals = value; }
static inline void tb_set_catch_sigwinch(int value) { rl_catch_sigwinch = value; }
static inline void tb_set_change_environment(int value) { rl_change_environment = value; }
static inline const char *tb_line_buffer(void) { return rl_line_buffer; }
static inline int tb_point(void) { return rl_point; }
static inline void tb_set_event_hook(rl_hook_func_t *fn) { rl_event_hook = fn; }
static inline void tb_set_done(int value) { rl_done = value; }
static inline void tb_set_history_base_length(int max) { stifle_history(max); }

#endif
