package followthrough.core.domain.followup;

import followthrough.core.domain.meeting.Meeting;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * The day's agenda in the user's zone: follow-ups that are overdue (due before today), those due
 * today, and today's planned meetings, each in time order.
 */
public record Agenda(List<FollowUp> overdue, List<FollowUp> dueToday, List<Meeting> meetings) {

  public Agenda {
    overdue = List.copyOf(overdue);
    dueToday = List.copyOf(dueToday);
    meetings = List.copyOf(meetings);
  }

  /** The agenda of {@code today} from the user's open follow-ups and meetings. */
  public static Agenda of(
      List<FollowUp> open, List<Meeting> meetings, LocalDate today, ZoneId zone) {
    Instant start = today.atStartOfDay(zone).toInstant();
    Instant end = today.plusDays(1).atStartOfDay(zone).toInstant();
    Comparator<FollowUp> byDue = Comparator.comparing(FollowUp::dueAt);
    return new Agenda(
        open.stream()
            .filter(FollowUp::isOpen)
            .filter(f -> f.dueAt().isBefore(start))
            .sorted(byDue)
            .toList(),
        open.stream()
            .filter(FollowUp::isOpen)
            .filter(f -> !f.dueAt().isBefore(start) && f.dueAt().isBefore(end))
            .sorted(byDue)
            .toList(),
        meetings.stream()
            .filter(m -> m.status() == Meeting.Status.PLANNED)
            .filter(m -> !m.at().isBefore(start) && m.at().isBefore(end))
            .sorted(Comparator.comparing(Meeting::at))
            .toList());
  }

  public boolean isEmpty() {
    return overdue.isEmpty() && dueToday.isEmpty() && meetings.isEmpty();
  }
}
