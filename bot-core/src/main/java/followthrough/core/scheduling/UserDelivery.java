package followthrough.core.scheduling;

import followthrough.core.conversation.ConversationAddress;
import followthrough.core.conversation.Reply;
import followthrough.core.dialogs.nudge.NudgeButtons;
import followthrough.core.domain.user.ChatAddress;
import followthrough.core.domain.user.UserId;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.i18n.Phrase;
import followthrough.core.i18n.SupportedLocales;
import followthrough.core.ports.ChatGateway;
import followthrough.core.ports.UserProfiles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one user's claimed nudges to their chat, in their language (chosen, else the platform's,
 * else English): each checked and composed, late ones grouped into one message when there are more
 * than the threshold (after a stop: one message, not a flood), the rest one message each, the
 * morning agenda first. Once the chat turns out unreachable, the user's remaining nudges are given
 * up without trying, and the chat is marked unreachable so that later nudges are held back (given
 * up unsent) until the user writes again. A failure with one nudge never stops the others.
 */
final class UserDelivery {

  private static final Logger log = LoggerFactory.getLogger(UserDelivery.class);
  private static final Comparator<Ready> ORDER =
      Comparator.comparing((Ready r) -> r.nudge().dueAt())
          .thenComparing(r -> r.nudge().kind() != Nudge.Kind.AGENDA);

  private final NudgeComposer composer;
  private final UserProfiles profiles;
  private final ChatGateway gateway;
  private final NudgeWording wording;
  private final NudgeOutcomes outcomes;
  private final NudgeJob.Settings settings;

  UserDelivery(
      NudgeComposer composer,
      UserProfiles profiles,
      ChatGateway gateway,
      NudgeWording wording,
      NudgeOutcomes outcomes,
      NudgeJob.Settings settings) {
    this.composer = composer;
    this.profiles = profiles;
    this.gateway = gateway;
    this.wording = wording;
    this.outcomes = outcomes;
    this.settings = settings;
  }

  void deliver(UserId owner, List<Nudge> nudges, Instant now) {
    Optional<UserProfile> profile = profiles.find(owner);
    if (profile.isEmpty() || profile.get().address() == null) {
      nudges.forEach(n -> outcomes.gaveUp(n, "no chat address for " + owner));
      return;
    }
    if (profile.get().address().unreachable()) {
      // paused until the user writes again: not even a try, so a blocked bot sends nothing
      nudges.forEach(n -> settle(() -> outcomes.unreachable(n)));
      return;
    }
    Optional<Target> target = Target.of(profile.get());
    if (target.isEmpty()) {
      nudges.forEach(n -> outcomes.gaveUp(n, "unknown platform of " + owner));
      return;
    }
    if (!deliver(target.get(), compose(nudges, profile.get(), now), now)) {
      pause(profile.get());
    }
  }

  /** Marks the user's chat unreachable; the engine clears it when the user writes again. */
  private void pause(UserProfile profile) {
    ChatAddress address = profile.address();
    try {
      if (address != null) {
        profiles.save(profile.withAddress(address.markedUnreachable()));
      }
    } catch (RuntimeException e) {
      log.warn("Could not mark a chat unreachable; its nudges fail the same way meanwhile", e);
    }
  }

  /** Delivers the user's ready nudges; false when the chat turned out unreachable. */
  private boolean deliver(Target target, List<Ready> ready, Instant now) {
    Instant lateBefore = now.minus(settings.lateAfter());
    List<Ready> late = ready.stream().filter(r -> r.nudge().dueAt().isBefore(lateBefore)).toList();
    boolean reachable = true;
    if (late.size() > settings.groupAbove()) {
      reachable = send(target, grouped(late), late, now);
      ready.removeAll(late);
    }
    for (Ready item : ready) {
      if (reachable) {
        reachable = send(target, item.composition().message(), List.of(item), now);
      } else {
        settle(() -> outcomes.unreachable(item.nudge()));
      }
    }
    return reachable;
  }

  private List<Ready> compose(List<Nudge> nudges, UserProfile profile, Instant now) {
    List<Ready> ready = new ArrayList<>();
    for (Nudge nudge : nudges) {
      try {
        Composition composition = composer.compose(nudge, profile, now);
        if (composition.isMoot()) {
          outcomes.moot(nudge, composition.next());
        } else {
          ready.add(new Ready(nudge, composition));
        }
      } catch (RuntimeException e) {
        log.warn("Could not compose nudge {}; it is retried", nudge.id(), e);
        settle(() -> outcomes.failed(nudge, ChatGateway.Delivery.FAILED, now));
      }
    }
    ready.sort(ORDER);
    return ready;
  }

  /** Sends one message for the items and settles them; false when the chat is unreachable. */
  private boolean send(Target target, Reply message, List<Ready> items, Instant now) {
    ChatGateway.Delivery delivery;
    try {
      delivery = gateway.send(target.address(), wording.render(message, target.locale()));
    } catch (RuntimeException e) {
      log.warn("The gateway failed on nudge {}", items.get(0).nudge().id(), e);
      delivery = ChatGateway.Delivery.FAILED;
    }
    ChatGateway.Delivery outcome = delivery;
    for (Ready item : items) {
      settle(
          () -> {
            switch (outcome.outcome()) {
              case SENT -> outcomes.sent(item.nudge(), item.composition().next());
              case UNREACHABLE -> outcomes.unreachable(item.nudge());
              default -> outcomes.failed(item.nudge(), outcome, now);
            }
          });
    }
    return outcome.outcome() != ChatGateway.Outcome.UNREACHABLE;
  }

  private static Reply grouped(List<Ready> late) {
    List<Phrase> lines = late.stream().map(r -> r.composition().line()).toList();
    return Reply.of(
            Phrase.of("nudge.group.header", "count", late.size()),
            Phrase.of("nudge.group.list", "list", lines),
            Phrase.of("nudge.group.hint"))
        .withRow(NudgeButtons.today());
  }

  /** Records an outcome; a failing store is logged, and the lease brings the nudge back. */
  private static void settle(Runnable record) {
    try {
      record.run();
    } catch (RuntimeException e) {
      log.warn("Could not record a nudge's outcome; its lease will bring it back", e);
    }
  }

  private record Ready(Nudge nudge, Composition composition) {}

  private record Target(ConversationAddress address, Locale locale) {
    static Optional<Target> of(UserProfile profile) {
      try {
        return Optional.of(
            new Target(
                ConversationAddress.of(Objects.requireNonNull(profile.address())),
                SupportedLocales.resolve(profile.chosenLanguage(), profile.platformLanguage())));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
  }
}
