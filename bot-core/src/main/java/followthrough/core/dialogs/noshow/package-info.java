/**
 * The guided dialogue behind {@code /noshow}: pick the meeting that did not happen (a contact's
 * latest planned meeting, or one of the last week's), mark it missed without blame, show the
 * contact's reliability, and offer to plan a new meeting in its place.
 */
@NullMarked
package followthrough.core.dialogs.noshow;

import org.jspecify.annotations.NullMarked;
