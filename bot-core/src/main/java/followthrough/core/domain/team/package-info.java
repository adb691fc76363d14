/** Sponsors and their first line, team servers, and when a partner counts as gone quiet. */
@NullMarked
package followthrough.core.domain.team;

import org.jspecify.annotations.NullMarked;
