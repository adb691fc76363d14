/**
 * Dates and times as people type them, in English, German and Russian ("tomorrow 10:00", "morgen 10
 * Uhr", "завтра в 10"), read in the user's time zone, and the shared "when?" question with its
 * quick choices that every dialogue planning something asks.
 */
@NullMarked
package followthrough.core.dialogs.when;

import org.jspecify.annotations.NullMarked;
