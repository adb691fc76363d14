/**
 * Discord, on JDA: slash commands, buttons and forms for distributors and team channels for
 * leaders. This build has the module and its dependencies only; the adapter itself comes with the
 * Discord work.
 */
@NullMarked
package followthrough.discord;

import org.jspecify.annotations.NullMarked;
