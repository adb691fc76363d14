package followthrough.core.dialogs.event;

import followthrough.core.conversation.Reply;
import followthrough.core.dialogs.ContactReliability;
import followthrough.core.domain.event.Attendance;
import followthrough.core.domain.event.GroupEvent;
import followthrough.core.domain.event.ShowUpForecast;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Events;
import java.util.ArrayList;
import java.util.List;

/**
 * The show-up forecast of an event ({@link ShowUpForecast}) from each registrant's reliability and
 * the user's past events, and its explanation in plain words.
 */
final class EventForecasts {

  /** How many past events make the user's history for the forecast. */
  static final int HISTORY = 50;

  private final Events events;
  private final ContactReliability reliability;

  EventForecasts(Events events, ContactReliability reliability) {
    this.events = events;
    this.reliability = reliability;
  }

  /** The forecast for the event's active registrants. */
  ShowUpForecast.Forecast forecast(GroupEvent event) {
    List<GroupEvent> past = events.before(event.owner(), event.at(), HISTORY);
    return ShowUpForecast.of(
        event.active(),
        contactId -> reliability.of(event.owner(), contactId),
        Attendance.overall(past.stream().filter(e -> !e.id().equals(event.id())).toList()));
  }

  /** How the forecast was computed, in plain words. */
  Reply explanation(GroupEvent event) {
    ShowUpForecast.Forecast f = forecast(event);
    List<Phrase> paragraphs = new ArrayList<>();
    paragraphs.add(
        Phrase.of(
            "events.explain.result",
            "registered",
            f.registered(),
            "expected",
            f.expected(),
            "prepaid",
            f.prepaid()));
    paragraphs.add(Phrase.of("events.explain.own", "count", f.fromOwn()));
    paragraphs.add(basis(f));
    paragraphs.add(Phrase.of("events.explain.prepaid", "count", f.prepaid()));
    return new Reply(paragraphs, List.of(), false).withRow(EventButtons.open(event.id()));
  }

  /** Where the chance of those without a record of their own came from. */
  private static Phrase basis(ShowUpForecast.Forecast f) {
    return f.history().known()
        ? Phrase.of(
            "events.explain.history",
            "count",
            f.fromHistory(),
            "percent",
            f.historyPercent(),
            "came",
            f.history().kept(),
            "settled",
            f.history().settled())
        : Phrase.of(
            "events.explain.first",
            "count",
            f.fromDefault(),
            "percent",
            Math.round(ShowUpForecast.FIRST_EVENT_RATE * 100));
  }
}
