package followthrough.core.dialogs.today;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Reply;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Contacts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The agenda's messages: one per item with its buttons, and what a press did. */
final class AgendaReplies {

  static final String DONE = "done:";
  static final String NOT_REACHED = "nr:";
  static final String SNOOZE = "snz:";
  static final String FOR_AN_HOUR = "s1h:";
  static final String TOMORROW = "stm:";
  static final String RESCHEDULE = "rs:";
  static final String DROP = "drop:";
  static final String KEPT = "kept:";

  private final Contacts contacts;

  AgendaReplies(Contacts contacts) {
    this.contacts = contacts;
  }

  /** The contact's name, or a dash when the contact is gone. */
  String name(UserId owner, String contactId) {
    return contacts.find(owner, contactId).map(Contact::name).orElse("–");
  }

  static Reply header(LocalDate today) {
    return Reply.key("today.header", "date", today);
  }

  static Reply empty() {
    return Reply.key("today.empty")
        .withRow(
            Choice.of("today.button.planCheckIn", "/checkin"),
            Choice.of("today.button.logContact", "/contact"));
  }

  static Reply more(int count) {
    return Reply.key("today.more", "count", count);
  }

  /** A follow-up with its buttons; {@code today} is the user's date. */
  Reply followUp(FollowUp f, LocalDate today, ZoneId zone) {
    LocalDateTime due = local(f.dueAt(), zone);
    boolean overdue = due.toLocalDate().isBefore(today);
    List<Phrase> details = new ArrayList<>();
    details.add(
        overdue
            ? Phrase.of("today.due.overdue", "due", due)
            : Phrase.of("today.due.today", "time", due.toLocalTime()));
    if (f.carriedOver() > 0) {
      details.add(Phrase.of("today.due.carried", "count", f.carriedOver()));
    }
    if (f.channel() != null) {
      details.add(
          Phrase.of("today.due.channel", "channel", Phrase.of("today.channel." + f.channel())));
    }
    if (f.note() != null) {
      details.add(Phrase.of("today.due.note", "note", Phrase.verbatim(f.note())));
    }
    return Reply.key(
            overdue ? "today.item.overdue" : "today.item.today",
            "kind",
            Phrase.of("today.kind." + f.kind()),
            "name",
            name(f.owner(), f.contactId()),
            "details",
            details)
        .withRow(
            Choice.of("today.button.done", DONE + f.id()),
            Choice.of("today.button.notReached", NOT_REACHED + f.id()))
        .withRow(
            Choice.of("today.button.snooze", SNOOZE + f.id()),
            Choice.of("today.button.reschedule", RESCHEDULE + f.id()));
  }

  /** A meeting of today with its buttons. */
  Reply meeting(Meeting m, ZoneId zone) {
    String name = name(m.owner(), m.contactId());
    Reply reply =
        m.place() == null
            ? Reply.key("today.meeting", "name", name, "time", local(m.at(), zone).toLocalTime())
            : Reply.key(
                "today.meeting.place",
                "name",
                name,
                "time",
                local(m.at(), zone).toLocalTime(),
                "place",
                Phrase.verbatim(m.place()));
    return reply.withRow(
        Choice.of("today.button.kept", KEPT + m.id()),
        Choice.of("today.button.noShow", "/noshow #" + m.contactId()));
  }

  /** Customers gone quiet, each with a button to plan a check-in. */
  static Reply inactive(List<Contact> customers, Map<String, Instant> lastOrders, ZoneId zone) {
    List<Phrase> lines = new ArrayList<>();
    List<List<Choice>> rows = new ArrayList<>();
    for (Contact c : customers) {
      Instant last = lastOrders.get(c.id());
      lines.add(
          last == null
              ? Phrase.of("today.inactive.never", "name", c.name())
              : Phrase.of(
                  "today.inactive.line",
                  "name",
                  c.name(),
                  "date",
                  local(last, zone).toLocalDate()));
      rows.add(
          List.of(
              new Choice(
                  Phrase.of("today.button.checkIn", "name", c.name()), "/checkin #" + c.id())));
    }
    return Reply.key("today.inactive", "list", lines).withRows(rows);
  }

  /** What a press did, shown in place of the item's message. */
  static Reply outcome(String key, String name) {
    return Reply.key(key, "name", name).replacingPrompt();
  }

  /** What a press did, with the new due time. */
  static Reply outcome(String key, String name, Instant due, ZoneId zone) {
    return Reply.key(key, "name", name, "due", local(due, zone)).replacingPrompt();
  }

  static Reply snoozeQuestion(String name, String id) {
    return Reply.key("today.snooze.ask", "name", name)
        .withRow(
            Choice.of("today.button.forAnHour", FOR_AN_HOUR + id),
            Choice.of("today.button.tomorrow", TOMORROW + id))
        .replacingPrompt();
  }

  static Reply whenQuestion(String name, String id) {
    return withDrop(WhenQuestion.ask("today.ask.when", "name", name), id).replacingPrompt();
  }

  static Reply withDrop(Reply question, String id) {
    return question.withRow(Choice.of("today.button.drop", DROP + id));
  }

  static LocalDateTime local(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDateTime();
  }
}
