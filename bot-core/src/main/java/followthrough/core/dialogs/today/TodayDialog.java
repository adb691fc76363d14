package followthrough.core.dialogs.today;

import static followthrough.core.dialogs.today.AgendaReplies.outcome;

import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.followup.Agenda;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.followup.Snooze;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.Meetings;
import followthrough.core.ports.Orders;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Today's agenda: overdue and due follow-ups, today's meetings and customers gone quiet, each item
 * a message with buttons; see today.md for the diagram. It stays open so that the buttons keep
 * working; every press writes at most one fact and edits the item's message to show what was done.
 */
public final class TodayDialog implements Dialog {

  enum Step {
    AGENDA,
    RESCHEDULE
  }

  /** At most this many follow-ups are shown as messages; the rest are counted. */
  static final int SHOWN = 12;

  private static final Set<String> FOLLOW_UP_ACTIONS =
      Set.of(
          AgendaReplies.DONE,
          AgendaReplies.NOT_REACHED,
          AgendaReplies.SNOOZE,
          AgendaReplies.FOR_AN_HOUR,
          AgendaReplies.TOMORROW,
          AgendaReplies.RESCHEDULE,
          AgendaReplies.DROP);

  private final FollowUps followUps;
  private final Meetings meetings;
  private final AgendaReplies replies;
  private final QuietCustomers quiet;

  public TodayDialog(Contacts contacts, FollowUps followUps, Meetings meetings, Orders orders) {
    this.followUps = followUps;
    this.meetings = meetings;
    this.replies = new AgendaReplies(contacts);
    this.quiet = new QuietCustomers(contacts, orders, followUps);
  }

  @Override
  public String id() {
    return "today";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of("today");
  }

  @Override
  public List<String> steps() {
    return List.of(Step.AGENDA.name(), Step.RESCHEDULE.name());
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    ZoneId zone = ctx.zone();
    LocalDate today = ctx.now().atZone(zone).toLocalDate();
    Instant start = today.atStartOfDay(zone).toInstant();
    Instant end = today.plusDays(1).atStartOfDay(zone).toInstant();
    Agenda agenda =
        Agenda.of(
            followUps.openDueBefore(ctx.user(), end),
            meetings.between(ctx.user(), start, end),
            today,
            zone);
    List<Reply> out = new ArrayList<>();
    out.add(agenda.isEmpty() ? AgendaReplies.empty() : AgendaReplies.header(today));
    List<FollowUp> due = new ArrayList<>(agenda.overdue());
    due.addAll(agenda.dueToday());
    due.stream().limit(SHOWN).forEach(f -> out.add(replies.followUp(f, today, zone)));
    if (due.size() > SHOWN) {
      out.add(AgendaReplies.more(due.size() - SHOWN));
    }
    agenda.meetings().forEach(m -> out.add(replies.meeting(m, zone)));
    quiet.suggest(ctx).ifPresent(out::add);
    String step = agenda.isEmpty() ? null : Step.AGENDA.name();
    return new Turn(step, TodayDraft.none().toSlots(), out);
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    Step step = Step.valueOf(state.step());
    TodayDraft draft = TodayDraft.fromSlots(state.slots());
    if (input instanceof Input.Button b) {
      Optional<Turn> pressed = onButton(ctx, b.value(), step, draft);
      if (pressed.isPresent()) {
        return pressed.get();
      }
    }
    if (step == Step.RESCHEDULE && draft.rescheduling() != null) {
      return onWhen(ctx, input, draft.rescheduling());
    }
    return Turn.ask(step, draft.toSlots(), Reply.key("today.useButtons"));
  }

  private Optional<Turn> onButton(TurnContext ctx, String value, Step step, TodayDraft draft) {
    int colon = value.indexOf(':');
    String action = colon < 0 ? value : value.substring(0, colon + 1);
    String id = value.substring(colon + 1);
    if (action.equals(AgendaReplies.KEPT)) {
      return Optional.of(Turn.ask(step, draft.toSlots(), kept(ctx, id)));
    }
    if (!FOLLOW_UP_ACTIONS.contains(action)) {
      return Optional.empty();
    }
    Optional<FollowUp> open = followUps.find(ctx.user(), id).filter(FollowUp::isOpen);
    if (open.isEmpty()) {
      return Optional.of(
          Turn.ask(step, draft.toSlots(), Reply.key("today.settled").replacingPrompt()));
    }
    if (action.equals(AgendaReplies.RESCHEDULE)) {
      String name = replies.name(ctx.user(), open.get().contactId());
      return Optional.of(
          Turn.ask(
              Step.RESCHEDULE,
              draft.rescheduling(id).toSlots(),
              AgendaReplies.whenQuestion(name, id)));
    }
    Reply reply = settle(ctx, action, open.get());
    boolean wasPending = id.equals(draft.rescheduling());
    return Optional.of(
        wasPending
            ? Turn.ask(Step.AGENDA, TodayDraft.none().toSlots(), reply)
            : Turn.ask(step, draft.toSlots(), reply));
  }

  /** Applies a button to an open follow-up: one write at most, the outcome to show. */
  private Reply settle(TurnContext ctx, String action, FollowUp f) {
    String name = replies.name(ctx.user(), f.contactId());
    ZoneId zone = ctx.zone();
    Instant now = ctx.now();
    if (action.equals(AgendaReplies.SNOOZE)) {
      return AgendaReplies.snoozeQuestion(name, f.id());
    }
    FollowUp next =
        switch (action) {
          case AgendaReplies.DONE -> f.done();
          // a second press on an old message must not count the carry-over twice
          case AgendaReplies.NOT_REACHED ->
              Snooze.isPastToday(f, now, zone) ? f : f.notReached(now, zone);
          case AgendaReplies.FOR_AN_HOUR -> Snooze.forAnHour(f, now);
          case AgendaReplies.TOMORROW -> Snooze.untilTomorrow(f, now, zone);
          default -> f.dropped();
        };
    followUps.update(next);
    return switch (action) {
      case AgendaReplies.DONE -> outcome("today.done", name);
      case AgendaReplies.NOT_REACHED -> outcome("today.notReached", name, next.dueAt(), zone);
      case AgendaReplies.DROP -> outcome("today.dropped", name);
      default -> outcome("today.snoozed", name, next.dueAt(), zone);
    };
  }

  private Turn onWhen(TurnContext ctx, Input input, String id) {
    Optional<FollowUp> open = followUps.find(ctx.user(), id).filter(FollowUp::isOpen);
    if (open.isEmpty()) {
      return Turn.ask(Step.AGENDA, TodayDraft.none().toSlots(), Reply.key("today.settled"));
    }
    String name = replies.name(ctx.user(), open.get().contactId());
    WhenQuestion.Answer answer = WhenQuestion.read(ctx, input, "today.ask.when", "name", name);
    if (answer instanceof WhenQuestion.Answer.Again again) {
      return Turn.ask(
          Step.RESCHEDULE,
          TodayDraft.none().rescheduling(id).toSlots(),
          AgendaReplies.withDrop(again.reply(), id));
    }
    Instant at =
        answer instanceof WhenQuestion.Answer.At exact
            ? exact.at()
            : WhenQuestion.atHour(
                ((WhenQuestion.Answer.DayOnly) answer).day(),
                ctx.profile().preferences().agendaHour(),
                ctx.zone(),
                ctx.now());
    followUps.update(open.get().rescheduled(at));
    return Turn.ask(
        Step.AGENDA,
        TodayDraft.none().toSlots(),
        outcome("today.rescheduled", name, at, ctx.zone()));
  }

  private Reply kept(TurnContext ctx, String meetingId) {
    Optional<Meeting> meeting = meetings.find(ctx.user(), meetingId);
    if (meeting.isEmpty()
        || (meeting.get().status() != Meeting.Status.PLANNED
            && meeting.get().status() != Meeting.Status.KEPT)) {
      return Reply.key("today.settled").replacingPrompt();
    }
    meetings.update(meeting.get().withStatus(Meeting.Status.KEPT));
    return outcome("today.kept", replies.name(ctx.user(), meeting.get().contactId()));
  }
}
