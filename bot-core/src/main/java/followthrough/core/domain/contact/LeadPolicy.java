package followthrough.core.domain.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The patience rules for leads: about seven touches before a lead decides, never more than one a
 * week. The assistant suggests the next touch no sooner than a week after the last one, and stops
 * suggesting after seven touches in a row without a reply, unless the user asks for it.
 */
public final class LeadPolicy {

  /** The least time between two touches of a lead. */
  public static final Duration MIN_GAP = Duration.ofDays(7);

  /** After this many unanswered touches in a row, no more suggestions. */
  public static final int MAX_UNANSWERED = 7;

  private LeadPolicy() {}

  /** How many touches in a row, counting back from the newest, did not reach the person. */
  public static int unansweredInARow(List<Touch> touches) {
    int count = 0;
    for (Touch touch : newestFirst(touches)) {
      if (touch.reached()) {
        break;
      }
      count++;
    }
    return count;
  }

  /**
   * When to suggest the next touch of a prospect: a week after the last touch (or now, when that
   * has passed); empty for a contact who is no prospect, or after seven unanswered touches unless
   * {@code userAsked}.
   */
  public static Optional<Instant> nextTouch(
      Rung rung, List<Touch> touches, Instant now, boolean userAsked) {
    if (rung != Rung.PROSPECT) {
      return Optional.empty();
    }
    if (!userAsked && unansweredInARow(touches) >= MAX_UNANSWERED) {
      return Optional.empty();
    }
    Optional<Instant> last = newestFirst(touches).stream().findFirst().map(Touch::at);
    Instant earliest = last.map(at -> at.plus(MIN_GAP)).orElse(now);
    return Optional.of(earliest.isAfter(now) ? earliest : now);
  }

  /** Whether a touch at {@code at} would come sooner than a week after the last one. */
  public static boolean tooSoon(List<Touch> touches, Instant at) {
    return newestFirst(touches).stream()
        .findFirst()
        .map(last -> at.isBefore(last.at().plus(MIN_GAP)))
        .orElse(false);
  }

  private static List<Touch> newestFirst(List<Touch> touches) {
    return touches.stream().sorted(Comparator.comparing(Touch::at).reversed()).toList();
  }
}
