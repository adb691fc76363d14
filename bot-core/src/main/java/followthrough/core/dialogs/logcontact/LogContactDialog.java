package followthrough.core.dialogs.logcontact;

import static followthrough.core.dialogs.logcontact.LogContactQuestions.RESTART;
import static followthrough.core.dialogs.logcontact.LogContactQuestions.RUNG_PREFIX;
import static followthrough.core.dialogs.logcontact.LogContactQuestions.SAVE;
import static followthrough.core.dialogs.logcontact.LogContactQuestions.SKIP;
import static followthrough.core.dialogs.logcontact.LogContactQuestions.SOURCE_PREFIX;
import static followthrough.core.dialogs.logcontact.LogContactQuestions.askHandle;
import static followthrough.core.dialogs.logcontact.LogContactQuestions.askNote;
import static followthrough.core.dialogs.logcontact.LogContactQuestions.askSource;
import static followthrough.core.dialogs.logcontact.LogContactQuestions.rungQuestion;

import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.domain.contact.ContactHandle;
import followthrough.core.domain.contact.ContactText;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Source;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.IdGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Logs a contact in a few questions and plans the first follow-up that fits the rung; see
 * logcontact.md for the diagram. Saving stores the contact and its follow-ups in one turn, with ids
 * chosen at the start, so a repeated press stores nothing twice.
 */
public final class LogContactDialog implements Dialog {

  enum Step {
    NAME,
    SOURCE,
    RUNG,
    HANDLE,
    NOTE,
    FOLLOW_UP,
    CONFIRM
  }

  private final Contacts contacts;
  private final FollowUps followUps;
  private final IdGenerator ids;

  /**
   * The dialog storing contacts in {@code contacts} and their first follow-ups in {@code
   * followUps}.
   */
  public LogContactDialog(Contacts contacts, FollowUps followUps, IdGenerator ids) {
    this.contacts = contacts;
    this.followUps = followUps;
    this.ids = ids;
  }

  @Override
  public String id() {
    return "logcontact";
  }

  @Override
  public int version() {
    return 2;
  }

  @Override
  public List<String> commands() {
    return List.of("contact");
  }

  @Override
  public List<String> steps() {
    return Dialog.stepNames(Step.class);
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    LogContactDraft draft = LogContactDraft.start(ids.newId());
    if (args.isBlank()) {
      return Turn.ask(Step.NAME, draft.toSlots(), Reply.key("logcontact.ask.name"));
    }
    return onName(draft, args);
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    LogContactDraft draft = LogContactDraft.fromSlots(state.slots());
    return switch (Step.valueOf(state.step())) {
      case NAME -> input instanceof Input.Text t ? onName(draft, t.text()) : again(state);
      case SOURCE -> onSource(draft, input);
      case RUNG -> onRung(draft, input, state);
      case HANDLE -> onHandle(draft, input);
      case NOTE -> onNote(ctx, draft, input);
      case FOLLOW_UP -> onFollowUp(ctx, draft, input);
      case CONFIRM -> onConfirm(ctx, draft, input, state);
    };
  }

  private Turn onName(LogContactDraft draft, String text) {
    Optional<ContactText.Problem> problem = ContactText.checkName(text);
    if (problem.isPresent()) {
      String key = "logcontact.name." + problem.get().name().toLowerCase(Locale.ROOT);
      return Turn.ask(Step.NAME, draft.toSlots(), Reply.key(key, "max", ContactText.MAX_NAME));
    }
    LogContactDraft named = draft.withName(text.strip());
    return Turn.ask(Step.SOURCE, named.toSlots(), askSource(named));
  }

  private Turn onSource(LogContactDraft draft, Input input) {
    if (input instanceof Input.Button b && b.value().startsWith(SOURCE_PREFIX)) {
      Source source = Source.valueOf(b.value().substring(SOURCE_PREFIX.length()));
      return askRung(draft.withSource(source, null));
    }
    if (input instanceof Input.Button b && b.value().equals(SKIP)) {
      return askRung(draft.withSource(null, null));
    }
    if (input instanceof Input.Text t && ContactText.checkNote(t.text()).isEmpty()) {
      return askRung(draft.withSource(Source.OTHER, t.text().strip()));
    }
    return Turn.ask(Step.SOURCE, draft.toSlots(), Reply.key("dialog.unexpected"), askSource(draft));
  }

  private Turn onRung(LogContactDraft draft, Input input, DialogState state) {
    if (input instanceof Input.Button b && b.value().startsWith(RUNG_PREFIX)) {
      Rung rung = Rung.valueOf(b.value().substring(RUNG_PREFIX.length()));
      return Turn.ask(Step.HANDLE, draft.withRung(rung).toSlots(), askHandle());
    }
    return Turn.ask(Step.RUNG, state.slots(), Reply.key("dialog.pickButton"), rungQuestion());
  }

  private Turn onHandle(LogContactDraft draft, Input input) {
    if (input instanceof Input.Button b && b.value().equals(SKIP)) {
      return Turn.ask(
          Step.NOTE,
          draft.withHandle(null).toSlots(),
          Reply.key("logcontact.handle.weakLead"),
          askNote());
    }
    if (input instanceof Input.Text t) {
      Optional<ContactHandle> handle = ContactHandle.parse(t.text());
      if (handle.isPresent()) {
        return Turn.ask(Step.NOTE, draft.withHandle(handle.get()).toSlots(), askNote());
      }
    }
    return Turn.ask(
        Step.HANDLE, draft.toSlots(), Reply.key("logcontact.handle.invalid"), askHandle());
  }

  private Turn onNote(TurnContext ctx, LogContactDraft draft, Input input) {
    if (input instanceof Input.Button b && b.value().equals(SKIP)) {
      return afterNote(ctx, draft.withNote(null));
    }
    if (input instanceof Input.Text t) {
      Optional<ContactText.Problem> problem = ContactText.checkNote(t.text());
      if (problem.isEmpty()) {
        return afterNote(ctx, draft.withNote(t.text().strip()));
      }
      if (problem.get() == ContactText.Problem.TOO_LONG) {
        return Turn.ask(
            Step.NOTE,
            draft.toSlots(),
            Reply.key("logcontact.note.tooLong", "max", ContactText.MAX_NOTE),
            askNote());
      }
    }
    return Turn.ask(Step.NOTE, draft.toSlots(), Reply.key("dialog.unexpected"), askNote());
  }

  private Turn afterNote(TurnContext ctx, LogContactDraft draft) {
    return Turn.ask(Step.FOLLOW_UP, draft.toSlots(), FollowUpQuestion.ask(ctx, draft));
  }

  private Turn onFollowUp(TurnContext ctx, LogContactDraft draft, Input input) {
    FollowUpQuestion.Answer answer = FollowUpQuestion.read(ctx, draft, input);
    if (answer instanceof FollowUpQuestion.Answer.Answered answered) {
      return confirm(ctx, answered.draft());
    }
    return Turn.ask(
        Step.FOLLOW_UP, draft.toSlots(), ((FollowUpQuestion.Answer.Again) answer).reply());
  }

  private Turn onConfirm(TurnContext ctx, LogContactDraft draft, Input input, DialogState state) {
    if (input instanceof Input.Button b && b.value().equals(SAVE)) {
      return save(ctx, draft);
    }
    if (input instanceof Input.Button b && b.value().equals(RESTART)) {
      return start(ctx, "");
    }
    return Turn.ask(
        Step.CONFIRM,
        state.slots(),
        Reply.key("dialog.pickButton"),
        LogContactQuestions.summary(draft, plan(ctx, draft)));
  }

  private Turn save(TurnContext ctx, LogContactDraft draft) {
    contacts.add(draft.toContact(ctx.user(), ctx.now()));
    List<Phrase> paragraphs = new ArrayList<>();
    paragraphs.add(Phrase.of("logcontact.saved", "name", draft.name()));
    draft.toFollowUps(ctx.user(), ctx.now()).forEach(followUps::add);
    paragraphs.addAll(FollowUpQuestion.saved(ctx, draft));
    return Turn.end(LogContactQuestions.saved(paragraphs));
  }

  private Turn askRung(LogContactDraft draft) {
    return Turn.ask(Step.RUNG, draft.toSlots(), rungQuestion());
  }

  private Turn confirm(TurnContext ctx, LogContactDraft draft) {
    return Turn.ask(
        Step.CONFIRM, draft.toSlots(), LogContactQuestions.summary(draft, plan(ctx, draft)));
  }

  private List<Phrase> plan(TurnContext ctx, LogContactDraft draft) {
    return List.of(FollowUpQuestion.summary(ctx, draft));
  }

  private static Turn again(DialogState state) {
    return Turn.ask(Step.valueOf(state.step()), state.slots(), Reply.key("dialog.unexpected"));
  }
}
