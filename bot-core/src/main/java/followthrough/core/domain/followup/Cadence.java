package followthrough.core.domain.followup;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classic follow-up rhythm after a first contact or a first purchase: after 3 days, 3 weeks and
 * 3 months by default, adjustable per user. Written as {@code 3d,3w,3m}.
 */
public record Cadence(List<Period> steps) {

  /** 3 days, 3 weeks, 3 months. */
  public static final Cadence DEFAULT =
      new Cadence(List.of(Period.ofDays(3), Period.ofWeeks(3), Period.ofMonths(3)));

  private static final Pattern STEP = Pattern.compile("(\\d{1,3})\\s*([dwm])");
  private static final int MAX_STEPS = 6;

  public Cadence {
    steps = List.copyOf(steps);
    if (steps.isEmpty() || steps.size() > MAX_STEPS) {
      throw new IllegalArgumentException("a cadence has 1 to 6 steps");
    }
  }

  /** The follow-up dates after {@code day}, one per step, each counted from {@code day}. */
  public List<LocalDate> datesAfter(LocalDate day) {
    return steps.stream().map(day::plus).toList();
  }

  /**
   * Reads {@code 3d,3w,3m} (days, weeks, months; 1 to 6 steps, increasing); empty when the text is
   * not such a list.
   */
  public static Optional<Cadence> parse(String text) {
    List<Period> steps = new ArrayList<>();
    for (String part : text.toLowerCase(Locale.ROOT).split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      Matcher m = STEP.matcher(part.strip());
      if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
        return Optional.empty();
      }
      int n = Integer.parseInt(m.group(1));
      steps.add(
          switch (m.group(2)) {
            case "d" -> Period.ofDays(n);
            case "w" -> Period.ofWeeks(n);
            default -> Period.ofMonths(n);
          });
    }
    if (steps.isEmpty() || steps.size() > MAX_STEPS || !increasing(steps)) {
      return Optional.empty();
    }
    return Optional.of(new Cadence(steps));
  }

  /** The cadence as {@code 3d,3w,3m}. */
  public String format() {
    List<String> parts = new ArrayList<>();
    for (Period p : steps) {
      if (p.getMonths() > 0) {
        parts.add(p.getMonths() + "m");
      } else if (p.getDays() % 7 == 0) {
        parts.add(p.getDays() / 7 + "w");
      } else {
        parts.add(p.getDays() + "d");
      }
    }
    return String.join(",", parts);
  }

  private static boolean increasing(List<Period> steps) {
    LocalDate base = LocalDate.of(2000, 1, 1);
    for (int i = 1; i < steps.size(); i++) {
      if (!base.plus(steps.get(i)).isAfter(base.plus(steps.get(i - 1)))) {
        return false;
      }
    }
    return true;
  }
}
