/**
 * The {@code /checklist} dialogue: start an onboarding checklist for a contact, tick its items, see
 * the checklists under way, write templates of one's own and share them with the team.
 */
@NullMarked
package followthrough.core.dialogs.checklist;

import org.jspecify.annotations.NullMarked;
