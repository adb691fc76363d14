/**
 * The guided dialogue behind {@code /meeting}: who, when (a day and a time, asked for when only the
 * day is given), where or how, confirm and save a planned meeting; the confirmation says when the
 * reminders will come and how reliable the contact has been. Also the "at what time?" question and
 * the meeting phrases the no-show dialogue shares.
 */
@NullMarked
package followthrough.core.dialogs.meeting;

import org.jspecify.annotations.NullMarked;
