package followthrough.core.conversation;

import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogRegistry;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.Messages;
import followthrough.core.i18n.SupportedLocales;
import followthrough.core.memory.InMemoryLinkedAccounts;
import followthrough.core.ports.DialogStateStore;
import followthrough.core.ports.LinkedAccounts;
import followthrough.core.ports.RevisionConflictException;
import followthrough.core.ports.UserProfiles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one turn: cleans the input, loads the user's profile and the conversation's dialog state,
 * routes to {@code /cancel}, {@code /help}, a dialog's start or the active dialog, saves the new
 * state against the loaded revision, and renders the replies in the turn's language. Never throws:
 * a failing turn answers with an apology and leaves the saved state as it was. Thread-safe;
 * adapters call it from their worker threads.
 */
public final class ConversationEngine {

  private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);

  private final DialogRegistry dialogs;
  private final DialogStateStore states;
  private final ReplyWording wording;
  private final Clock clock;
  private final Settings settings;
  private final InputCleaner cleaner;
  private final TurnUsers users;

  /** How long an idle dialog lives, and the longest text handed to dialogs (in code points). */
  public record Settings(Duration dialogTimeout, int maxInputLength) {
    /** 24 hours, 2,000 characters. */
    public static Settings defaults() {
      return new Settings(Duration.ofHours(24), 2000);
    }
  }

  public ConversationEngine(
      DialogRegistry dialogs,
      DialogStateStore states,
      UserProfiles profiles,
      Messages messages,
      Clock clock,
      Settings settings) {
    this(dialogs, states, profiles, messages, clock, settings, new InMemoryLinkedAccounts());
  }

  /**
   * An engine that resolves each turn's platform identity to its user through {@code links}, so
   * linked accounts share one profile, contacts and plans.
   */
  public ConversationEngine(
      DialogRegistry dialogs,
      DialogStateStore states,
      UserProfiles profiles,
      Messages messages,
      Clock clock,
      Settings settings,
      LinkedAccounts links) {
    this(dialogs, states, profiles, messages, clock, settings, links, user -> {});
  }

  /**
   * An engine with linked accounts that also tells {@code returning} when a user whose chat was
   * unreachable (they had blocked the bot) writes again in private, so that their paused nudges can
   * resume.
   */
  public ConversationEngine(
      DialogRegistry dialogs,
      DialogStateStore states,
      UserProfiles profiles,
      Messages messages,
      Clock clock,
      Settings settings,
      LinkedAccounts links,
      Consumer<UserId> returning) {
    this.users = new TurnUsers(profiles, links, returning);
    this.dialogs = dialogs;
    this.states = states;
    this.wording = new ReplyWording(messages, dialogs);
    this.clock = clock;
    this.settings = settings;
    this.cleaner = new InputCleaner(settings.maxInputLength());
  }

  /** Handles one inbound message or button press and returns the messages to send back. */
  public List<Outbound> handle(Inbound inbound) {
    Instant now = clock.instant();
    Locale locale = SupportedLocales.resolve(null, inbound.languageCode());
    List<Reply> replies = new ArrayList<>();
    try {
      InputCleaner.Cleaned cleaned = cleaner.clean(inbound.input());
      TurnContext ctx = users.context(inbound, now);
      locale = ctx.locale();
      if (cleaned.cut()) {
        replies.add(Reply.key("engine.input.cut", "max", settings.maxInputLength()));
      }
      replies.addAll(route(ctx, cleaned.input()));
    } catch (RevisionConflictException e) {
      log.info(
          "Two turns raced on one {} conversation; the later one was dropped", platform(inbound));
      replies.add(Reply.key("engine.conflict"));
    } catch (RuntimeException e) {
      log.warn("A turn failed on {}; the dialog stays where it was", platform(inbound), e);
      replies.add(Reply.key("engine.error"));
    }
    return wording.render(replies, locale, inbound.messageRef());
  }

  /**
   * Whether a dialog in this conversation waits for the user's next input (and has not expired).
   * Adapters ask it after a turn to offer a way to answer where typing is not possible, such as a
   * form in a Discord server channel.
   */
  public boolean awaitsInput(ConversationKey key) {
    return states.load(key).filter(s -> !s.expiredAt(clock.instant())).isPresent();
  }

  private static String platform(Inbound inbound) {
    return inbound.key().platform().code();
  }

  private List<Reply> route(TurnContext ctx, Input input) {
    Optional<DialogState> saved = states.load(ctx.key());
    long revision = saved.map(DialogState::revision).orElse(0L);
    Optional<DialogState> active = saved.filter(s -> !s.expiredAt(ctx.now()));
    boolean expired = saved.isPresent() && active.isEmpty();
    if (input instanceof Input.Button button && button.value().startsWith("/")) {
      input = Inbound.typed(ctx.key(), null, button.value()).input();
    }
    if (input instanceof Input.Command command) {
      return onCommand(ctx, command, active, revision);
    }
    if (active.isPresent()) {
      return proceed(ctx, active.get(), input);
    }
    if (expired) {
      states.delete(ctx.key(), revision);
      return List.of(Reply.key("engine.dialog.expired"));
    }
    return List.of(Reply.key("engine.idle"));
  }

  private List<Reply> onCommand(
      TurnContext ctx, Input.Command command, Optional<DialogState> active, long revision) {
    switch (command.name()) {
      case "cancel" -> {
        if (revision > 0) {
          states.delete(ctx.key(), revision);
        }
        return List.of(Reply.key(active.isPresent() ? "engine.cancel.done" : "engine.cancel.none"));
      }
      case "help" -> {
        return List.of(wording.help(command.name(), active.isPresent()));
      }
      default -> {
        Optional<Dialog> dialog = dialogs.byCommand(command.name());
        if (dialog.isEmpty() && command.name().equals("start")) {
          return List.of(wording.help(command.name(), active.isPresent()));
        }
        if (dialog.isEmpty()) {
          return List.of(Reply.key("engine.command.unknown", "command", command.name()));
        }
        return apply(ctx, dialog.get(), dialog.get().start(ctx, command.args()), revision);
      }
    }
  }

  private List<Reply> proceed(TurnContext ctx, DialogState state, Input input) {
    Optional<Dialog> found = dialogs.byId(state.dialogId());
    if (found.isEmpty()) {
      states.delete(ctx.key(), state.revision());
      return List.of(Reply.key("engine.dialog.gone"));
    }
    Dialog dialog = found.get();
    if (dialog.version() != state.dialogVersion() || !dialog.steps().contains(state.step())) {
      List<Reply> replies = new ArrayList<>();
      replies.add(Reply.key("engine.dialog.restarted"));
      replies.addAll(apply(ctx, dialog, dialog.start(ctx, ""), state.revision()));
      return replies;
    }
    return apply(ctx, dialog, dialog.onInput(ctx, state, input), state.revision());
  }

  private List<Reply> apply(TurnContext ctx, Dialog dialog, Turn turn, long revision) {
    if (turn.ended()) {
      states.delete(ctx.key(), revision);
    } else {
      states.save(
          new DialogState(
              ctx.key(),
              dialog.id(),
              dialog.version(),
              turn.step(),
              turn.slots(),
              revision,
              ctx.now(),
              ctx.now().plus(settings.dialogTimeout())));
    }
    return turn.replies();
  }
}
