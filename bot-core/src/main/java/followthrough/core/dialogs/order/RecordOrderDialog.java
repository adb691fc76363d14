package followthrough.core.dialogs.order;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.ContactPhrases;
import followthrough.core.dialogs.ContactPicker;
import followthrough.core.dialogs.checklist.ChecklistButtons;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.ContactText;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.IdGenerator;
import followthrough.core.ports.Orders;
import java.util.List;
import java.util.Optional;

/**
 * Records an order: who, whether they brought someone along, an optional note, confirm; see
 * order.md for the diagram. Saving stores the order, moves the contact up the ladder and plans the
 * thank-yous and, for a first purchase, the cadence, in one idempotent turn. Never asks for an
 * amount or a price.
 */
public final class RecordOrderDialog implements Dialog {

  enum Step {
    WHO,
    REFERRAL,
    NOTE,
    CONFIRM
  }

  private static final String WHO = "order.ask.who";
  private static final String REFERRAL_YES = "ref:yes";
  private static final String REFERRAL_NO = "ref:no";
  private static final String SKIP = "skip";
  private static final String SAVE = "save";

  private final Contacts contacts;
  private final ContactPicker picker;
  private final OrderSaving saving;
  private final IdGenerator ids;

  /** The dialog reading and moving contacts, storing orders and planning follow-ups. */
  public RecordOrderDialog(Contacts contacts, Orders orders, FollowUps followUps, IdGenerator ids) {
    this.contacts = contacts;
    this.picker = new ContactPicker(contacts);
    this.saving = new OrderSaving(contacts, orders, followUps);
    this.ids = ids;
  }

  @Override
  public String id() {
    return "order";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of("order");
  }

  @Override
  public List<String> steps() {
    return Dialog.stepNames(Step.class);
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    OrderDraft draft = OrderDraft.start(ids.newId());
    return picked(draft, picker.start(ctx.user(), args, WHO));
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    OrderDraft draft = OrderDraft.fromSlots(state.slots());
    String pressed = input instanceof Input.Button b ? b.value() : "";
    return switch (Step.valueOf(state.step())) {
      case WHO -> picked(draft, picker.read(ctx.user(), input, WHO));
      case REFERRAL -> onReferral(draft, pressed);
      case NOTE -> onNote(draft, input, pressed);
      case CONFIRM -> onConfirm(ctx, draft, pressed);
    };
  }

  private Turn picked(OrderDraft draft, ContactPicker.Result result) {
    if (result instanceof ContactPicker.Result.Picked picked) {
      OrderDraft chosen = draft.withContact(picked.contact());
      return Turn.ask(Step.REFERRAL, chosen.toSlots(), askReferral(chosen));
    }
    return Turn.ask(Step.WHO, draft.toSlots(), ((ContactPicker.Result.Ask) result).reply());
  }

  private Turn onReferral(OrderDraft draft, String pressed) {
    if (pressed.equals(REFERRAL_YES) || pressed.equals(REFERRAL_NO)) {
      OrderDraft answered = draft.withReferral(pressed.equals(REFERRAL_YES));
      return Turn.ask(Step.NOTE, answered.toSlots(), askNote(answered));
    }
    return Turn.ask(
        Step.REFERRAL, draft.toSlots(), Reply.key("dialog.pickButton"), askReferral(draft));
  }

  private Turn onNote(OrderDraft draft, Input input, String pressed) {
    if (pressed.equals(SKIP)) {
      return confirm(draft.withNote(null));
    }
    if (input instanceof Input.Text t) {
      Optional<ContactText.Problem> problem = ContactText.checkNote(t.text());
      if (problem.isEmpty()) {
        return confirm(draft.withNote(t.text().strip()));
      }
      if (problem.get() == ContactText.Problem.TOO_LONG) {
        Reply why = Reply.key("order.note.tooLong", "max", ContactText.MAX_NOTE);
        return Turn.ask(Step.NOTE, draft.toSlots(), why, askNote(draft));
      }
    }
    return Turn.ask(Step.NOTE, draft.toSlots(), Reply.key("dialog.unexpected"), askNote(draft));
  }

  private Turn onConfirm(TurnContext ctx, OrderDraft draft, String pressed) {
    if (!pressed.equals(SAVE)) {
      return Turn.ask(
          Step.CONFIRM, draft.toSlots(), Reply.key("dialog.pickButton"), summary(draft));
    }
    Optional<Contact> contact = contacts.find(ctx.user(), draft.contactId());
    if (contact.isEmpty()) {
      return Turn.end(Reply.key("order.gone"));
    }
    List<Phrase> said = saving.save(ctx, draft, contact.get());
    Reply saved = new Reply(said, List.of(), false).replacingPrompt();
    Optional<Reply> offer =
        contacts
            .find(ctx.user(), draft.contactId())
            .flatMap(moved -> ChecklistButtons.offer(contact.get(), moved.rung()));
    return offer.map(o -> Turn.end(saved, o)).orElseGet(() -> Turn.end(saved));
  }

  private Turn confirm(OrderDraft draft) {
    return Turn.ask(Step.CONFIRM, draft.toSlots(), summary(draft));
  }

  private static Reply askReferral(OrderDraft draft) {
    return Reply.key("order.ask.referral", "name", draft.name())
        .withRow(
            Choice.of("order.button.referral", REFERRAL_YES),
            Choice.of("order.button.noReferral", REFERRAL_NO));
  }

  private static Reply askNote(OrderDraft draft) {
    return Reply.key("order.ask.note", "name", draft.name())
        .withRow(Choice.of("dialog.button.skip", SKIP));
  }

  private static Reply summary(OrderDraft draft) {
    return Reply.key(
            "order.confirm.summary",
            "name",
            draft.name(),
            "referral",
            Phrase.of(
                draft.broughtSomeone() ? "order.summary.referral" : "order.summary.noReferral"),
            "note",
            ContactPhrases.note(draft.note()))
        .withRow(
            Choice.of("order.button.save", SAVE), Choice.of("dialog.button.cancel", "/cancel"));
  }
}
