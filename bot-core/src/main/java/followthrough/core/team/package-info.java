/**
 * Teams at work: activity recorded as it happens (decorators of the stores), the silent-member job
 * and its nudges to sponsors, and team leaders' weekly digests with their chart.
 */
@NullMarked
package followthrough.core.team;

import org.jspecify.annotations.NullMarked;
