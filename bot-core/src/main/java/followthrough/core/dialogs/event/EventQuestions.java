package followthrough.core.dialogs.event;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Reply;
import followthrough.core.dialogs.event.EventButtons.Action;
import followthrough.core.dialogs.event.EventDialog.Step;
import followthrough.core.dialogs.when.WhenQuestion;
import followthrough.core.domain.event.GroupEvent;

/** The questions of planning an event and of registering contacts, with their buttons. */
final class EventQuestions {

  static final String SKIP = "skip";
  static final String YES = "yes";
  static final String NO = "no";

  private EventQuestions() {}

  static Reply register(GroupEvent event) {
    return Reply.key("events.ask.register", "title", event.title())
        .withRow(Choice.of("events.button.done", EventButtons.value(Action.OPEN, event.id())));
  }

  static Reply of(Step step, EventDraft draft) {
    Choice skip = Choice.of("dialog.button.skip", SKIP);
    return switch (step) {
      case WHEN -> WhenQuestion.ask("events.ask.when", "title", draft.titleOrEmpty());
      case PLACE -> Reply.key("events.ask.place").withRow(skip);
      case CAPACITY -> Reply.key("events.ask.capacity").withRow(skip);
      case PREPAY ->
          Reply.key("events.ask.prepay")
              .withRow(Choice.of("events.button.yes", YES), Choice.of("events.button.no", NO));
      case FEE -> Reply.key("events.ask.fee");
      default -> Reply.key("events.ask.title");
    };
  }
}
