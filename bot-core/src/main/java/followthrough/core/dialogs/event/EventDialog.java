package followthrough.core.dialogs.event;

import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.ContactReliability;
import followthrough.core.dialogs.event.EventButtons.Action;
import followthrough.core.dialogs.event.EventButtons.Call;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.event.GroupEvent;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.Events;
import followthrough.core.ports.IdGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Group events ({@code /event}): the list of events; planning one (title, when, where or link,
 * capacity, prepayment and its amount); registering contacts by name, several at once; and, on the
 * event's card, the buttons of {@link EventActions} (prepaid, confirmed, cancelled, attendance, the
 * forecast explained). See event.md for the diagram. Give it the planning decorator ({@code
 * PlanningEvents}) so that the reminders follow every change.
 */
public final class EventDialog implements Dialog {

  enum Step {
    TITLE,
    WHEN,
    PLACE,
    CAPACITY,
    PREPAY,
    FEE,
    REGISTER
  }

  /** How far back the list shows past events. */
  private static final Duration RECENT = Duration.ofDays(30);

  private final Events events;
  private final IdGenerator ids;
  private final EventViews views;
  private final EventActions actions;

  public EventDialog(
      Contacts contacts, Events events, ContactReliability reliability, IdGenerator ids) {
    this.events = events;
    this.ids = ids;
    EventForecasts forecasts = new EventForecasts(events, reliability);
    this.views = new EventViews(contacts, forecasts);
    this.actions = new EventActions(contacts, events, views, forecasts);
  }

  @Override
  public String id() {
    return "event";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of(EventButtons.COMMAND);
  }

  @Override
  public List<String> steps() {
    return Dialog.stepNames(Step.class);
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    if (args.isBlank()) {
      return Turn.end(
          views.list(
              events.from(ctx.user(), ctx.now(), 10),
              events.before(ctx.user(), ctx.now(), 5).stream()
                  .filter(e -> e.at().isAfter(ctx.now().minus(RECENT)))
                  .toList(),
              ctx.zone()));
    }
    Optional<Call> call = Call.parse(args);
    if (call.isEmpty()) {
      return Turn.end(Reply.key("events.usage"));
    }
    if (call.get().action() == Action.NEW) {
      return Turn.ask(
          Step.TITLE, EventDraft.start(ids.newId()).toSlots(), Reply.key("events.ask.title"));
    }
    Optional<GroupEvent> event = actions.find(ctx, call.get());
    if (event.isEmpty()) {
      return Turn.end(Reply.key("events.gone"));
    }
    if (call.get().action() == Action.REGISTER) {
      return Turn.ask(
          Step.REGISTER, Map.of("id", event.get().id()), EventQuestions.register(event.get()));
    }
    return actions.on(ctx, event.get(), call.get());
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    EventDraft draft = EventDraft.fromSlots(state.slots());
    String text = input instanceof Input.Text t ? t.text() : null;
    String button = input instanceof Input.Button b ? b.value() : "";
    return switch (Step.valueOf(state.step())) {
      case TITLE ->
          onText(
              draft, text, EventInput.MAX_TITLE, Step.TITLE, this::askWhen, EventDraft::withTitle);
      case WHEN -> onWhen(ctx, draft, input);
      case PLACE ->
          button.equals(EventQuestions.SKIP)
              ? askCapacity(draft.withPlace(null))
              : onText(
                  draft,
                  text,
                  EventInput.MAX_PLACE,
                  Step.PLACE,
                  this::askCapacity,
                  EventDraft::withPlace);
      case CAPACITY -> onCapacity(draft, text, button);
      case PREPAY -> onPrepay(ctx, draft, button);
      case FEE ->
          onText(draft, text, EventInput.MAX_FEE, Step.FEE, d -> save(ctx, d), EventDraft::withFee);
      case REGISTER -> onRegister(ctx, draft, text);
    };
  }

  private Turn onText(
      EventDraft draft,
      @Nullable String text,
      int max,
      Step step,
      Function<EventDraft, Turn> next,
      BiFunction<EventDraft, String, EventDraft> with) {
    Optional<String> value = text == null ? Optional.empty() : EventInput.text(text, max);
    if (value.isPresent()) {
      return next.apply(with.apply(draft, value.get()));
    }
    Phrase problem =
        text == null || text.isBlank()
            ? Phrase.of("dialog.unexpected")
            : Phrase.of("events.tooLong", "max", max);
    return Turn.ask(step, draft.toSlots(), Reply.of(problem), EventQuestions.of(step, draft));
  }

  private Turn onWhen(TurnContext ctx, EventDraft draft, Input input) {
    WhenQuestion.Answer answer =
        WhenQuestion.read(ctx, input, "events.ask.when", "title", draft.titleOrEmpty());
    if (answer instanceof WhenQuestion.Answer.At at) {
      return askPlace(draft.withAt(at.at()));
    }
    if (answer instanceof WhenQuestion.Answer.DayOnly) {
      return Turn.ask(
          Step.WHEN,
          draft.toSlots(),
          Reply.key("events.when.needsTime"),
          EventQuestions.of(Step.WHEN, draft));
    }
    return Turn.ask(Step.WHEN, draft.toSlots(), ((WhenQuestion.Answer.Again) answer).reply());
  }

  private Turn onCapacity(EventDraft draft, @Nullable String text, String button) {
    if (button.equals(EventQuestions.SKIP)) {
      return askPrepay(draft.withCapacity(null));
    }
    Optional<Integer> capacity = text == null ? Optional.empty() : EventInput.capacity(text);
    if (capacity.isPresent()) {
      return askPrepay(draft.withCapacity(capacity.get()));
    }
    return Turn.ask(
        Step.CAPACITY,
        draft.toSlots(),
        Reply.key("events.capacity.invalid", "max", EventInput.MAX_CAPACITY),
        EventQuestions.of(Step.CAPACITY, draft));
  }

  private Turn onPrepay(TurnContext ctx, EventDraft draft, String button) {
    if (button.equals(EventQuestions.YES)) {
      return Turn.ask(Step.FEE, draft.toSlots(), EventQuestions.of(Step.FEE, draft));
    }
    if (button.equals(EventQuestions.NO)) {
      return save(ctx, draft.withFee(null));
    }
    return Turn.ask(
        Step.PREPAY,
        draft.toSlots(),
        Reply.key("dialog.pickButton"),
        EventQuestions.of(Step.PREPAY, draft));
  }

  private Turn onRegister(TurnContext ctx, EventDraft draft, @Nullable String text) {
    Optional<GroupEvent> event = events.find(ctx.user(), draft.id());
    if (event.isEmpty()) {
      return Turn.end(Reply.key("events.gone"));
    }
    if (text == null || text.isBlank()) {
      return Turn.ask(Step.REGISTER, draft.toSlots(), EventQuestions.register(event.get()));
    }
    return Turn.ask(Step.REGISTER, draft.toSlots(), actions.register(ctx, event.get(), text));
  }

  private Turn save(TurnContext ctx, EventDraft draft) {
    GroupEvent event = draft.toEvent(ctx.user(), ctx.now());
    events.add(event);
    GroupEvent saved = events.find(ctx.user(), event.id()).orElse(event);
    return Turn.end(views.card(saved, ctx.zone(), Phrase.of("events.saved")).replacingPrompt());
  }

  private Turn askWhen(EventDraft draft) {
    return Turn.ask(Step.WHEN, draft.toSlots(), EventQuestions.of(Step.WHEN, draft));
  }

  private Turn askPlace(EventDraft draft) {
    return Turn.ask(Step.PLACE, draft.toSlots(), EventQuestions.of(Step.PLACE, draft));
  }

  private Turn askCapacity(EventDraft draft) {
    return Turn.ask(Step.CAPACITY, draft.toSlots(), EventQuestions.of(Step.CAPACITY, draft));
  }

  private Turn askPrepay(EventDraft draft) {
    return Turn.ask(Step.PREPAY, draft.toSlots(), EventQuestions.of(Step.PREPAY, draft));
  }
}
