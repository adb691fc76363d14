package followthrough.core.dialogs.when;

import java.time.ZonedDateTime;

/**
 * Reads dates and times as people type them in English, German and Russian, relative to {@code now}
 * in the user's zone. Stateless and thread-safe.
 *
 * <p>What it reads (any case, extra spaces, commas and stray dots ignored):
 *
 * <ul>
 *   <li>relative days: "today", "tomorrow", "the day after tomorrow"; "heute", "morgen",
 *       "übermorgen"; "сегодня", "завтра", "послезавтра" (and "yesterday" etc., which are past);
 *   <li>offsets: "in 3 days", "in a week", "in 2 hours", "in half an hour", "3 days from now"; "in
 *       3 Tagen", "in einer Woche", "in 2 Stunden"; "через 3 дня", "через неделю", "через 2 часа",
 *       "через полчаса". Minutes and hours give a {@link When.Moment} from {@code now}; days,
 *       weeks, months and years give a {@link When.Day}, or a moment if a time is added ("in 3 days
 *       09:00" is 09:00 local on that day, whatever the clocks did in between);
 *   <li>weekdays, full or short, with "next"/"nächsten"/"следующий" or "this": "Fri", "friday", "am
 *       Montag", "в пятницу", "пт";
 *   <li>dates: "25.12.", "25.12", "25.12.2026", "2026-12-25", "Dec 25", "25 Dec 2026", "25.
 *       Dezember", "25 декабря", "25/12";
 *   <li>times: "14:30", "at 10", "um 10 Uhr", "в 10", "10am", "6:30 pm", "18 Uhr", "14.30 Uhr", "7
 *       Uhr abends", "в 7 вечера", "в 3 дня", "noon"; a part of the day given apart ("tomorrow
 *       evening at 8", "morgen Abend um 8", "завтра вечером в 8") decides the half of the day.
 * </ul>
 *
 * <p>The choices, made so that nothing is guessed silently:
 *
 * <ul>
 *   <li>Hours are 24-hour unless "am"/"pm" or a part of the day says otherwise: "at 10", "um 10",
 *       "в 10" are 10:00, "at 6" is 06:00.
 *   <li>A bare number is an hour only after a named day ("tomorrow 10", "Freitag 18"); alone ("10",
 *       "25") it could be an hour or a day of the month, so {@link When.Reason#AMBIGUOUS}.
 *   <li>Slash dates are day/month or month/day: taken only when just one reading exists ("25/12",
 *       "12/25", "5/5"); "1/2" is {@link When.Reason#AMBIGUOUS}. Dotted dates are day.month.
 *   <li>A weekday means the first such day after today. It means today only when today is that
 *       weekday, a time is given, that time is still ahead, and "next" was not said: on a Friday
 *       morning "Friday 18:00" is tonight, "Friday" and "next Friday 18:00" are a week later. "Next
 *       Monday" on a Wednesday is the coming Monday, five days later.
 *   <li>A time alone is today, or tomorrow once that time has passed today.
 *   <li>A date without a year is the next such date that is not before today; "29.02." is the next
 *       29 February. With a time, a date that is today with its time passed is {@link
 *       When.Reason#PAST} (a slip more likely than a wish for next year).
 *   <li>A day or a moment before {@code now} is {@link When.Reason#PAST}.
 *   <li>A local time that a daylight-saving gap skips (Berlin, 29 March 2026, 02:30) is {@link
 *       When.Reason#NONEXISTENT}; one that an overlap repeats (25 October 2026, 02:30) is the first
 *       of the two, at the earlier (summer) offset.
 *   <li>Vague or contradictory texts are {@link When.Reason#AMBIGUOUS}: a part of the day without a
 *       time ("tomorrow evening", "heute Abend"), a month alone ("December"), "midnight", a day
 *       named twice differently ("Thu 27.03." when that is a Friday; "heute morgen"), two times.
 *   <li>Dates that no calendar has ("31.02.", "2026-13-01"), impossible times ("25:00", "13am") and
 *       any word it does not know ("tomorrow with Anna") are {@link When.Reason#UNREADABLE}; so are
 *       blank texts and texts over {@value #MAX_LENGTH} characters.
 * </ul>
 *
 * <p>It never throws: any text, however odd, gives a {@link When}.
 */
public final class WhenParser {

  /** Longer texts are not dates; this keeps odd input cheap. */
  static final int MAX_LENGTH = 200;

  private WhenParser() {}

  /** What {@code text} means at {@code now} (whose zone is the user's). */
  public static When parse(String text, ZonedDateTime now) {
    if (text == null || now == null || text.isBlank() || text.length() > MAX_LENGTH) {
      return new When.AskBack(When.Reason.UNREADABLE);
    }
    try {
      return read(text, now);
    } catch (RuntimeException e) {
      // the rules are meant to be total; should one not be, the user is asked again rather than
      // the turn failing on a text nobody foresaw
      return new When.AskBack(When.Reason.UNREADABLE);
    }
  }

  /** The reading itself, without the safety net, so that tests see any exception it throws. */
  static When read(String text, ZonedDateTime now) {
    return Resolver.resolve(Reader.read(Tokenizer.tokens(text)), now);
  }
}
