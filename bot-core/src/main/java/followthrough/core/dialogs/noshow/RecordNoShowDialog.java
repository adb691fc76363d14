package followthrough.core.dialogs.noshow;

import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.ContactPicker;
import followthrough.core.dialogs.ContactReliability;
import followthrough.core.dialogs.meeting.MeetingTimeQuestion;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.meeting.Reliability;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.Events;
import followthrough.core.ports.IdGenerator;
import followthrough.core.ports.Meetings;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records a no-show in one step, without blame: picks the meeting (a contact's latest planned
 * meeting, or one of the last week's), marks it missed, shows the contact's reliability and offers
 * to plan a new meeting (the missed one stays a no-show, so reliability stays honest); see
 * noshow.md for the diagram.
 */
public final class RecordNoShowDialog implements Dialog {

  enum Step {
    PICK,
    WHO,
    RESCHEDULE,
    TIME
  }

  /** How far back the meetings offered without a name go. */
  static final Duration RECENT = Duration.ofDays(7);

  private final Contacts contacts;
  private final Meetings meetings;
  private final ContactReliability reliabilities;
  private final IdGenerator ids;
  private final ContactPicker picker;

  public RecordNoShowDialog(Contacts contacts, Meetings meetings, Events events, IdGenerator ids) {
    this.reliabilities = new ContactReliability(meetings, events);
    this.contacts = contacts;
    this.meetings = meetings;
    this.ids = ids;
    this.picker = new ContactPicker(contacts);
  }

  @Override
  public String id() {
    return "noshow";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of("noshow");
  }

  @Override
  public List<String> steps() {
    return Dialog.stepNames(Step.class);
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    NoShowDraft draft = NoShowDraft.start(ids.newId());
    if (!args.isBlank()) {
      return onContact(ctx, draft, picker.find(ctx.user(), args.strip()));
    }
    if (recent(ctx).isEmpty()) {
      return Turn.ask(
          Step.WHO,
          draft.toSlots(),
          Reply.of(Phrase.of("noshow.recent.none"), Phrase.of("noshow.ask.who")));
    }
    return Turn.ask(Step.PICK, draft.toSlots(), pickQuestion(ctx, draft));
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    NoShowDraft draft = NoShowDraft.fromSlots(state.slots());
    return switch (Step.valueOf(state.step())) {
      case PICK -> onPick(ctx, draft, input);
      case WHO -> onContact(ctx, draft, picker.read(ctx.user(), input, "noshow.ask.who"));
      case RESCHEDULE -> onReschedule(ctx, draft, input);
      case TIME -> onTime(ctx, draft, input);
    };
  }

  private Turn onPick(TurnContext ctx, NoShowDraft draft, Input input) {
    if (input instanceof Input.Text) {
      return onContact(ctx, draft, picker.read(ctx.user(), input, "noshow.ask.who"));
    }
    String value = input instanceof Input.Button b ? b.value() : "";
    if (value.equals(NoShowQuestions.OTHER)) {
      return Turn.ask(Step.WHO, draft.toSlots(), NoShowQuestions.askWho());
    }
    if (value.startsWith(NoShowQuestions.MEETING)) {
      Optional<Meeting> meeting =
          meetings
              .find(ctx.user(), value.substring(NoShowQuestions.MEETING.length()))
              .filter(
                  m ->
                      m.status() == Meeting.Status.PLANNED || m.status() == Meeting.Status.NO_SHOW);
      if (meeting.isPresent()) {
        return record(ctx, draft, meeting.get());
      }
      return Turn.ask(
          Step.PICK, draft.toSlots(), Reply.key("noshow.meeting.gone"), pickQuestion(ctx, draft));
    }
    return Turn.ask(
        Step.PICK, draft.toSlots(), Reply.key("dialog.pickButton"), pickQuestion(ctx, draft));
  }

  private Turn onContact(TurnContext ctx, NoShowDraft draft, ContactPicker.Result result) {
    if (result instanceof ContactPicker.Result.Ask ask) {
      return Turn.ask(Step.WHO, draft.toSlots(), ask.reply());
    }
    Contact contact = ((ContactPicker.Result.Picked) result).contact();
    List<Meeting> begun = begun(ctx, contact.id());
    if (begun.isEmpty()) {
      return Turn.end(NoShowQuestions.noMeeting(contact));
    }
    if (begun.size() == 1) {
      return record(ctx, draft, begun.get(0));
    }
    NoShowDraft chosen = draft.withContact(contact);
    return Turn.ask(Step.PICK, chosen.toSlots(), pickQuestion(ctx, chosen));
  }

  private Turn record(TurnContext ctx, NoShowDraft draft, Meeting meeting) {
    meetings.update(meeting.withStatus(Meeting.Status.NO_SHOW));
    String name =
        contacts
            .find(ctx.user(), meeting.contactId())
            .map(Contact::name)
            .orElse(draft.nameOrEmpty());
    Reliability reliability = reliabilities.of(ctx.user(), meeting.contactId());
    NoShowDraft recorded = draft.withMissed(meeting, name);
    return Turn.ask(
        Step.RESCHEDULE,
        recorded.toSlots(),
        NoShowQuestions.recorded(ctx, meeting, name, reliability));
  }

  private Turn onReschedule(TurnContext ctx, NoShowDraft draft, Input input) {
    if (input instanceof Input.Button b && b.value().equals(NoShowQuestions.NOT_NOW)) {
      return Turn.end(NoShowQuestions.later(draft));
    }
    WhenQuestion.Answer answer =
        WhenQuestion.read(ctx, input, "noshow.ask.reschedule", "name", draft.nameOrEmpty());
    if (answer instanceof WhenQuestion.Answer.Again again) {
      return Turn.ask(Step.RESCHEDULE, draft.toSlots(), NoShowQuestions.withNotNow(again.reply()));
    }
    return onAnswer(ctx, draft, answer);
  }

  private Turn onTime(TurnContext ctx, NoShowDraft draft, Input input) {
    if (draft.day() == null) {
      return Turn.ask(
          Step.RESCHEDULE, draft.toSlots(), NoShowQuestions.reschedule(draft.nameOrEmpty()));
    }
    WhenQuestion.Answer answer = MeetingTimeQuestion.read(ctx, input, draft.day());
    if (answer instanceof WhenQuestion.Answer.Again again) {
      return Turn.ask(Step.TIME, draft.toSlots(), again.reply());
    }
    return onAnswer(ctx, draft, answer);
  }

  private Turn onAnswer(TurnContext ctx, NoShowDraft draft, WhenQuestion.Answer answer) {
    if (answer instanceof WhenQuestion.Answer.DayOnly dayOnly) {
      return Turn.ask(
          Step.TIME,
          draft.withDay(dayOnly.day()).toSlots(),
          MeetingTimeQuestion.ask(dayOnly.day()));
    }
    Instant at = ((WhenQuestion.Answer.At) answer).at();
    meetings.add(draft.rescheduled(ctx.user(), at, ctx.now()));
    return Turn.end(NoShowQuestions.rescheduled(ctx, draft, at));
  }

  /** The planned meetings to offer: the contact's (once known) or the last week's. */
  private Reply pickQuestion(TurnContext ctx, NoShowDraft draft) {
    if (draft.contactId() != null) {
      return NoShowQuestions.pick(
          ctx,
          Phrase.of("noshow.ask.whichOf", "name", draft.nameOrEmpty()),
          begun(ctx, draft.contactId()),
          Map.of(draft.contactId(), draft.nameOrEmpty()));
    }
    List<Meeting> recent = recent(ctx);
    Map<String, String> names = new HashMap<>();
    for (Meeting m : recent) {
      contacts.find(ctx.user(), m.contactId()).ifPresent(c -> names.put(c.id(), c.name()));
    }
    List<Meeting> named = recent.stream().filter(m -> names.containsKey(m.contactId())).toList();
    return NoShowQuestions.pick(ctx, Phrase.of("noshow.ask.which"), named, names);
  }

  /** The user's planned meetings of the last week up to now, newest first. */
  private List<Meeting> recent(TurnContext ctx) {
    List<Meeting> between = meetings.between(ctx.user(), ctx.now().minus(RECENT), ctx.now());
    return newestPlanned(between);
  }

  /** A contact's planned meetings that have begun, newest first. */
  private List<Meeting> begun(TurnContext ctx, String contactId) {
    return newestPlanned(
        meetings.forContact(ctx.user(), contactId).stream()
            .filter(m -> !m.at().isAfter(ctx.now()))
            .toList());
  }

  private static List<Meeting> newestPlanned(List<Meeting> all) {
    return all.stream()
        .filter(m -> m.status() == Meeting.Status.PLANNED)
        .sorted(Comparator.comparing(Meeting::at).reversed())
        .limit(ContactPicker.MATCHES)
        .toList();
  }
}
