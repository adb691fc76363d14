/**
 * The terminal chat: a REPL that feeds typed lines to the conversation engine and prints its
 * messages as plain text with numbered choices, a gateway that prints nudges between turns, and a
 * clock that the developer moves by hand ({@code :advance}) to see scheduled work come due without
 * waiting. It is a trial tool for developers and adds no behaviour of its own: every message from
 * the bot comes from the engine, and only the console's own meta lines are written here.
 */
@NullMarked
package followthrough.console;

import org.jspecify.annotations.NullMarked;
