/**
 * The guided dialogue behind {@code /contacts}: list the user's contacts page by page, find them by
 * part of the name, and open a contact card.
 */
@NullMarked
package followthrough.core.dialogs.contacts;

import org.jspecify.annotations.NullMarked;
