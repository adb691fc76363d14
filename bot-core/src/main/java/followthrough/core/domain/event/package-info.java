/**
 * Group events (trainings, paid courses, support groups): registrations, prepayment, confirmations,
 * attendance (which feeds each contact's reliability, like meetings do) and the show-up forecast.
 */
@NullMarked
package followthrough.core.domain.event;

import org.jspecify.annotations.NullMarked;
