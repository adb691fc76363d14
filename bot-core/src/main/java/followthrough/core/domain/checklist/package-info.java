/**
 * Onboarding checklists: templates (built in, in every language, or the user's own, possibly shared
 * with their team), a checklist per new customer or partner walked through item by item, its
 * progress, and when it counts as stalled.
 */
@NullMarked
package followthrough.core.domain.checklist;

import org.jspecify.annotations.NullMarked;
