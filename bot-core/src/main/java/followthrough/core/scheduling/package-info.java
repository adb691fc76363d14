/**
 * Scheduled work as plain jobs with an idempotent {@code runOnce()}, called by the application's
 * scheduler and by the terminal chat's {@code :tick}; and the nudges: {@link
 * followthrough.core.scheduling.NudgePlanner} decides what is due when in the user's zone, the
 * planning decorators of the follow-up and meeting stores keep the queued nudges in step with the
 * domain, and {@link followthrough.core.scheduling.NudgeJob} claims, checks, words and sends them.
 */
@NullMarked
package followthrough.core.scheduling;

import org.jspecify.annotations.NullMarked;
