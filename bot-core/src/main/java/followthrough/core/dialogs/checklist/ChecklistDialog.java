package followthrough.core.dialogs.checklist;

import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.dialogs.ContactPicker;
import followthrough.core.domain.checklist.Checklist;
import followthrough.core.domain.checklist.ChecklistTemplate;
import followthrough.core.domain.contact.Contact;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.ChecklistTemplates;
import followthrough.core.ports.Checklists;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.IdGenerator;
import followthrough.core.ports.SharedTemplates;
import java.util.List;
import java.util.Optional;

/**
 * Onboarding checklists ({@code /checklist}): the checklists under way; starting one for a contact
 * from a template (built in, the user's own, or shared by the team); ticking items (each tick is
 * progress, which resets the stall nudge); writing templates and sharing them with the team. The
 * buttons of {@link ChecklistButtons} reach it from contact cards, orders and nudges. See
 * checklist.md for the diagram. Give it the planning decorator ({@code PlanningChecklists}) so that
 * the stall nudges follow every change.
 */
public final class ChecklistDialog implements Dialog {

  enum Step {
    WHO,
    TEMPLATE,
    NAME,
    ITEMS
  }

  private final Contacts contacts;
  private final Checklists checklists;
  private final TemplateCatalog catalog;
  private final IdGenerator ids;
  private final ContactPicker picker;
  private final ChecklistViews views;
  private final TemplateWriting writing;

  public ChecklistDialog(
      Contacts contacts,
      Checklists checklists,
      ChecklistTemplates templates,
      SharedTemplates shared,
      IdGenerator ids) {
    this.contacts = contacts;
    this.checklists = checklists;
    this.catalog = new TemplateCatalog(templates, shared);
    this.ids = ids;
    this.picker = new ContactPicker(contacts);
    this.views = new ChecklistViews(contacts);
    this.writing = new TemplateWriting(catalog, views);
  }

  @Override
  public String id() {
    return "checklist";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of(ChecklistButtons.COMMAND);
  }

  @Override
  public List<String> steps() {
    return Dialog.stepNames(Step.class);
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    String[] parts = args.strip().split("\\s+");
    String rest = parts.length > 1 ? parts[1] : "";
    return switch (parts[0]) {
      case "" -> Turn.end(views.menu(checklists.open(ctx.user())));
      case ChecklistButtons.START -> startFor(ctx, parts);
      case ChecklistButtons.OPEN -> open(ctx, rest);
      case ChecklistButtons.TICK -> tick(ctx, rest, parts.length > 2 ? parts[2] : "");
      case ChecklistButtons.TEMPLATES -> Turn.end(writing.list(ctx));
      case ChecklistButtons.NEW_TEMPLATE -> writing.begin(ids.newId());
      case ChecklistButtons.SHARE -> Turn.end(writing.toggleShare(ctx, rest));
      default -> Turn.end(Reply.key("checklists.usage"));
    };
  }

  private Turn open(TurnContext ctx, String id) {
    return checklists
        .find(ctx.user(), id)
        .map(c -> Turn.end(views.checklist(c)))
        .orElseGet(() -> Turn.end(Reply.key("checklists.gone")));
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    ChecklistDraft draft = ChecklistDraft.fromSlots(state.slots());
    return switch (Step.valueOf(state.step())) {
      case WHO -> onPicked(ctx, draft, picker.read(ctx.user(), input, "checklists.ask.who"));
      case TEMPLATE -> onTemplate(ctx, draft, input);
      case NAME -> writing.onName(ctx, draft, input);
      case ITEMS -> writing.onItems(ctx, draft, input);
    };
  }

  private Turn startFor(TurnContext ctx, String[] parts) {
    ChecklistDraft draft = ChecklistDraft.start(ids.newId());
    if (parts.length < 2) {
      return Turn.ask(Step.WHO, draft.toSlots(), ContactPicker.ask("checklists.ask.who"));
    }
    boolean byId = parts[1].startsWith(ContactPicker.BY_ID);
    String query =
        byId ? parts[1] : String.join(" ", java.util.Arrays.asList(parts).subList(1, parts.length));
    ContactPicker.Result picked = picker.find(ctx.user(), query);
    if (byId && parts.length > 2 && picked instanceof ContactPicker.Result.Picked p) {
      Optional<ChecklistTemplate> template = catalog.find(ctx.user(), parts[2]);
      if (template.isPresent()) {
        return create(ctx, draft, p.contact(), template.get());
      }
    }
    return onPicked(ctx, draft, picked);
  }

  private Turn onPicked(TurnContext ctx, ChecklistDraft draft, ContactPicker.Result result) {
    if (result instanceof ContactPicker.Result.Picked picked) {
      Contact contact = picked.contact();
      ChecklistDraft named = draft.withContact(contact.id());
      return Turn.ask(
          Step.TEMPLATE,
          named.toSlots(),
          views.pickTemplate(contact.name(), catalog.available(ctx.user())));
    }
    return Turn.ask(Step.WHO, draft.toSlots(), ((ContactPicker.Result.Ask) result).reply());
  }

  private Turn onTemplate(TurnContext ctx, ChecklistDraft draft, Input input) {
    Optional<Contact> contact =
        contacts.find(ctx.user(), draft.contactId() == null ? "" : draft.contactId());
    if (contact.isEmpty()) {
      return Turn.end(Reply.key("pick.gone"));
    }
    Optional<ChecklistTemplate> template =
        input instanceof Input.Button b && b.value().startsWith(ChecklistViews.TEMPLATE)
            ? catalog.find(ctx.user(), b.value().substring(ChecklistViews.TEMPLATE.length()))
            : Optional.empty();
    if (template.isEmpty()) {
      return Turn.ask(
          Step.TEMPLATE,
          draft.toSlots(),
          Reply.key("dialog.pickButton"),
          views.pickTemplate(contact.get().name(), catalog.available(ctx.user())));
    }
    return create(ctx, draft, contact.get(), template.get());
  }

  /** Starts the checklist, unless one from this template is under way for the contact. */
  private Turn create(
      TurnContext ctx, ChecklistDraft draft, Contact contact, ChecklistTemplate template) {
    Optional<Checklist> running =
        checklists.forContact(ctx.user(), contact.id()).stream()
            .filter(c -> c.templateId().equals(template.id()) && !c.complete())
            .findFirst();
    if (running.isPresent()) {
      return Turn.end(views.checklist(running.get(), Phrase.of("checklists.already")));
    }
    Checklist checklist =
        Checklist.start(draft.id(), ctx.user(), contact.id(), template, ctx.now());
    checklists.add(checklist);
    Checklist saved = checklists.find(ctx.user(), checklist.id()).orElse(checklist);
    return Turn.end(views.checklist(saved, Phrase.of("checklists.started")).replacingPrompt());
  }

  private Turn tick(TurnContext ctx, String id, String index) {
    Optional<Checklist> found = checklists.find(ctx.user(), id);
    if (found.isEmpty()) {
      return Turn.end(Reply.key("checklists.gone"));
    }
    Optional<Checklist> ticked;
    try {
      ticked = found.get().toggled(Integer.parseInt(index), ctx.now());
    } catch (NumberFormatException e) {
      ticked = Optional.empty();
    }
    if (ticked.isEmpty()) {
      return Turn.end(views.checklist(found.get()));
    }
    checklists.update(ticked.get());
    return Turn.end(views.checklist(ticked.get()).replacingPrompt());
  }
}
