package followthrough.core.dialogs.event;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Reply;
import followthrough.core.dialogs.event.EventButtons.Action;
import followthrough.core.domain.event.GroupEvent;
import followthrough.core.domain.event.Registration;
import followthrough.core.domain.event.ShowUpForecast;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Contacts;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The event card with its forecast, the tick lists of registrants, and the forecast explained. */
final class EventViews {

  private final Contacts contacts;
  private final EventForecasts forecasts;

  EventViews(Contacts contacts, EventForecasts forecasts) {
    this.contacts = contacts;
    this.forecasts = forecasts;
  }

  /** The card: what, when, where, fee, the forecast and the registrants, with every action. */
  Reply card(GroupEvent event, ZoneId zone, Phrase... before) {
    List<Phrase> paragraphs = new ArrayList<>(List.of(before));
    paragraphs.add(
        Phrase.of("events.card", "title", event.title(), "when", local(event.at(), zone)));
    if (event.place() != null) {
      paragraphs.add(Phrase.of("events.card.place", "place", event.place()));
    }
    if (event.capacity() != null) {
      paragraphs.add(Phrase.of("events.card.capacity", "capacity", event.capacity()));
    }
    if (event.fee() != null) {
      paragraphs.add(Phrase.of("events.card.fee", "fee", event.fee()));
    }
    paragraphs.add(summary(event));
    if (!event.active().isEmpty()) {
      paragraphs.add(Phrase.of("events.card.registrants", "list", lines(event)));
    }
    String id = event.id();
    return new Reply(paragraphs, List.of(), false)
        .withRow(button("events.button.register", Action.REGISTER, id), prepaidButton(event))
        .withRow(
            EventButtons.confirm(id),
            button("events.button.cancelRegistration", Action.CANCEL_LIST, id))
        .withRow(
            button("events.button.attendance", Action.ATTENDANCE, id),
            button("events.button.explain", Action.EXPLAIN, id))
        .withRow(Choice.of("events.button.all", "/" + EventButtons.COMMAND));
  }

  private Phrase summary(GroupEvent event) {
    if (event.status() == GroupEvent.Status.HELD) {
      long came = event.active().stream().filter(r -> Boolean.TRUE.equals(r.attended())).count();
      return Phrase.of("events.card.held", "came", came, "registered", event.active().size());
    }
    ShowUpForecast.Forecast f = forecasts.forecast(event);
    Phrase forecast =
        Phrase.of(
            "events.card.forecast",
            "registered",
            f.registered(),
            "expected",
            f.expected(),
            "prepaid",
            f.prepaid());
    if (event.capacity() != null && f.registered() > event.capacity()) {
      return Phrase.of(
          "events.card.overCapacity", "forecast", forecast, "capacity", event.capacity());
    }
    return forecast;
  }

  private List<Phrase> lines(GroupEvent event) {
    List<Phrase> lines = new ArrayList<>();
    for (Registration r : event.active()) {
      lines.add(
          Phrase.of(
              "events.card.line",
              "name",
              name(event, r),
              "prepaid",
              mark(r.prepaid(), "events.mark.prepaid"),
              "confirmed",
              mark(r.confirmed(), "events.mark.confirmed"),
              "came",
              r.attended() == null
                  ? Phrase.verbatim("")
                  : Phrase.of(r.attended() ? "events.mark.came" : "events.mark.missed")));
    }
    return lines;
  }

  /**
   * A tick list of the active registrants: each a button that toggles {@code toggle}, marked when
   * {@code ticked}; back to the card below.
   */
  Reply tickList(
      GroupEvent event, String headerKey, Action toggle, Predicate<Registration> ticked) {
    Reply list = Reply.key(headerKey, "title", event.title());
    List<Registration> all = event.registrations();
    for (int i = 0; i < all.size(); i++) {
      Registration r = all.get(i);
      if (r.active()) {
        Phrase label =
            Phrase.of(
                ticked.test(r) ? "events.tick.on" : "events.tick.off", "name", name(event, r));
        list = list.withRow(new Choice(label, EventButtons.value(toggle, event.id(), i)));
      }
    }
    if (event.active().isEmpty()) {
      list = Reply.key("events.none.registered", "title", event.title());
    }
    return list.withRow(EventButtons.open(event.id())).replacingPrompt();
  }

  /** The attendance list, with Everyone / Nobody and Save. */
  Reply attendance(GroupEvent event) {
    Reply list =
        tickList(
            event, "events.attendance.ask", Action.CAME, r -> Boolean.TRUE.equals(r.attended()));
    String id = event.id();
    return list.withRow(
            button("events.button.everyone", Action.EVERYONE, id),
            button("events.button.nobody", Action.NOBODY, id))
        .withRow(button("events.button.saveAttendance", Action.SAVE_ATTENDANCE, id));
  }

  /** The user's upcoming events and the last few past ones, as buttons, and Plan. */
  Reply list(List<GroupEvent> upcoming, List<GroupEvent> past, ZoneId zone) {
    Reply list =
        Reply.key(upcoming.isEmpty() && past.isEmpty() ? "events.list.empty" : "events.list");
    List<GroupEvent> all = new ArrayList<>(upcoming);
    all.addAll(past);
    for (GroupEvent e : all) {
      Phrase label = Phrase.of("events.list.item", "title", e.title(), "when", local(e.at(), zone));
      list = list.withRow(new Choice(label, EventButtons.value(Action.OPEN, e.id())));
    }
    return list.withRow(Choice.of("events.button.plan", EventButtons.value(Action.NEW, "")));
  }

  Phrase name(GroupEvent event, Registration r) {
    return contacts
        .find(event.owner(), r.contactId())
        .map(c -> Phrase.verbatim(c.name()))
        .orElseGet(() -> Phrase.of("events.someone"));
  }

  private Choice prepaidButton(GroupEvent event) {
    return button("events.button.prepaid", Action.PREPAID_LIST, event.id());
  }

  private static Phrase mark(boolean on, String key) {
    return on ? Phrase.of(key) : Phrase.verbatim("");
  }

  private static Choice button(String key, Action action, String id) {
    return Choice.of(key, EventButtons.value(action, id));
  }

  static LocalDateTime local(Instant at, ZoneId zone) {
    return LocalDateTime.ofInstant(at, zone);
  }
}
