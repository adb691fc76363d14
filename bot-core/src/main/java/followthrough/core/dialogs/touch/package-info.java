/**
 * The guided dialogue behind {@code /touch}: which contact, how the touch happened, whether the
 * person was reached and, for a customer, whether they are satisfied (and why not) and want to
 * order again; what was promised and when (it becomes a check-in). Saving ticks off the follow-ups
 * the touch fulfils and, for a lead, suggests the next touch no sooner than a week later, until
 * seven touches in a row went unanswered.
 */
@NullMarked
package followthrough.core.dialogs.touch;

import org.jspecify.annotations.NullMarked;
