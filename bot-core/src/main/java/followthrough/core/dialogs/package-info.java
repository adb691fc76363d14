/** What the guided dialogues share: how a contact's fields are put into phrases. */
@NullMarked
package followthrough.core.dialogs;

import org.jspecify.annotations.NullMarked;
