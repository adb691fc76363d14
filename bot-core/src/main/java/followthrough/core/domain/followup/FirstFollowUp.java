package followthrough.core.domain.followup;

import followthrough.core.domain.contact.Rung;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * The first follow-up suggested when a contact is logged, by rung: a new lead once, in 3 days (the
 * next touch; never pushy); a first-time customer the user's cadence (3 days, 3 weeks and 3 months
 * by default), because the days after a purchase matter most; anyone else once, in a week (a
 * check-in).
 *
 * @param kind the kind of follow-up to plan
 * @param after when, counted from the day the contact is logged, one entry per follow-up
 */
public record FirstFollowUp(FollowUp.Kind kind, List<Period> after) {

  /** When to follow up with a new lead. */
  public static final Period LEAD = Period.ofDays(3);

  /** When to follow up with anyone who is neither a new lead nor a first-time customer. */
  public static final Period OTHERS = Period.ofWeeks(1);

  public FirstFollowUp {
    Objects.requireNonNull(kind, "kind");
    after = List.copyOf(after);
  }

  /** The suggestion for a contact on {@code rung}, given the user's cadence. */
  public static FirstFollowUp suggest(Rung rung, Cadence cadence) {
    if (rung == Rung.PROSPECT) {
      return new FirstFollowUp(FollowUp.Kind.NEXT_TOUCH, List.of(LEAD));
    }
    if (rung == Rung.FIRST_TIME_CUSTOMER) {
      return new FirstFollowUp(FollowUp.Kind.CADENCE, cadence.steps());
    }
    return new FirstFollowUp(FollowUp.Kind.CHECK_IN, List.of(OTHERS));
  }

  /** The days of the follow-ups, counted from {@code today}. */
  public List<LocalDate> datesAfter(LocalDate today) {
    return after.stream().map(today::plus).toList();
  }
}
