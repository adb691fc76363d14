package followthrough.core.dialogs.settings;

import followthrough.core.conversation.Choice;
import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.domain.user.Preferences;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.Phrase;
import followthrough.core.i18n.SupportedLocales;
import followthrough.core.ports.UserProfiles;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The user's settings: a menu with the current values, one question per setting, each answer saved
 * at once (one write per turn) and the menu shown again; see settings.md for the diagram.
 */
public final class SettingsDialog implements Dialog {

  enum Step {
    MENU,
    LANGUAGE,
    ZONE,
    AGENDA_HOUR,
    QUIET_HOURS,
    CADENCE,
    INACTIVE_DAYS,
    STALL_DAYS,
    SILENT_NEW,
    SILENT_LATER,
    DIGEST
  }

  private static final Set<String> LANGUAGES = Set.of("en", "de", "ru", SettingsMenu.AUTO);

  private final UserProfiles profiles;

  public SettingsDialog(UserProfiles profiles) {
    this.profiles = profiles;
  }

  @Override
  public String id() {
    return "settings";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of("settings");
  }

  @Override
  public List<String> steps() {
    return Dialog.stepNames(Step.class);
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    return Turn.ask(
        Step.MENU, new SettingsDraft(false).toSlots(), SettingsMenu.menu(ctx.profile()));
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    Step step = Step.valueOf(state.step());
    SettingsDraft draft = SettingsDraft.fromSlots(state.slots());
    if (step != Step.MENU && isButton(input, SettingsMenu.BACK)) {
      return Turn.ask(
          Step.MENU, draft.toSlots(), SettingsMenu.menu(ctx.profile()).replacingPrompt());
    }
    return switch (step) {
      case MENU -> onMenu(ctx, draft, input);
      case LANGUAGE -> onLanguage(ctx, draft, input);
      case ZONE -> onZone(ctx, draft, input);
      default -> onPreference(ctx, step, draft, input);
    };
  }

  private Turn onMenu(TurnContext ctx, SettingsDraft draft, Input input) {
    if (input instanceof Input.Button b && b.value().startsWith(SettingsMenu.SET)) {
      Optional<Step> chosen =
          Arrays.stream(Step.values())
              .filter(s -> s != Step.MENU)
              .filter(s -> b.value().equals(SettingsMenu.SET + s.name()))
              .findFirst();
      if (chosen.isPresent()) {
        Reply question = SettingsMenu.question(chosen.get(), ctx.profile().preferences());
        return Turn.ask(chosen.get(), draft.toSlots(), question.replacingPrompt());
      }
    }
    if (isButton(input, SettingsMenu.CLOSE)) {
      return Turn.end(
          Reply.key(draft.changed() ? "settings.closed.saved" : "settings.closed.unchanged")
              .replacingPrompt());
    }
    return Turn.ask(
        Step.MENU,
        draft.toSlots(),
        SettingsMenu.menu(ctx.profile(), Phrase.of("dialog.pickButton")));
  }

  /**
   * Saves the language and ends: this turn's texts were already put in the old language, so the
   * confirmation uses a key whose text is in the new language in every bundle.
   */
  private Turn onLanguage(TurnContext ctx, SettingsDraft draft, Input input) {
    String code =
        input instanceof Input.Button b && b.value().startsWith(SettingsMenu.LANGUAGE)
            ? b.value().substring(SettingsMenu.LANGUAGE.length())
            : "";
    if (!LANGUAGES.contains(code)) {
      return Turn.ask(
          Step.LANGUAGE,
          draft.toSlots(),
          Reply.key("dialog.pickButton"),
          SettingsMenu.question(Step.LANGUAGE, ctx.profile().preferences()));
    }
    UserProfile profile = ctx.profile();
    String chosen = code.equals(SettingsMenu.AUTO) ? null : code;
    profiles.save(profile.withChosenLanguage(chosen));
    String now = SupportedLocales.resolve(chosen, profile.platformLanguage()).getLanguage();
    return Turn.end(
        Reply.key("settings.language.done." + now)
            .withRow(new Choice(Phrase.of("settings.language.more." + now), "/settings"))
            .replacingPrompt());
  }

  private Turn onZone(TurnContext ctx, SettingsDraft draft, Input input) {
    Optional<ZoneId> zone = ZoneQuestion.read(input);
    if (zone.isEmpty()) {
      return Turn.ask(Step.ZONE, draft.toSlots(), withBack(ZoneQuestion.again()));
    }
    UserProfile saved = ctx.profile().withZone(zone.get());
    profiles.save(saved);
    return Turn.ask(
        Step.MENU,
        new SettingsDraft(true).toSlots(),
        SettingsMenu.menu(saved, ZoneQuestion.saved(zone.get(), ctx.now())).replacingPrompt());
  }

  private Turn onPreference(TurnContext ctx, Step step, SettingsDraft draft, Input input) {
    String answer = "";
    if (input instanceof Input.Button b && b.value().startsWith(SettingsMenu.VALUE)) {
      answer = b.value().substring(SettingsMenu.VALUE.length());
    } else if (input instanceof Input.Text t) {
      answer = t.text();
    }
    Preferences current = ctx.profile().preferences();
    Optional<Preferences> changed = SettingsInput.apply(step, answer, current);
    if (changed.isEmpty()) {
      return Turn.ask(
          step,
          draft.toSlots(),
          Reply.of(SettingsMenu.invalid(step)),
          SettingsMenu.question(step, current));
    }
    UserProfile saved = ctx.profile().withPreferences(changed.get());
    profiles.save(saved);
    return Turn.ask(
        Step.MENU,
        new SettingsDraft(true).toSlots(),
        SettingsMenu.menu(saved, SettingsMenu.saved(step, changed.get())).replacingPrompt());
  }

  private static Reply withBack(Reply question) {
    return question.withRow(Choice.of("settings.button.back", SettingsMenu.BACK));
  }

  private static boolean isButton(Input input, String value) {
    return input instanceof Input.Button b && b.value().equals(value);
  }
}
