package followthrough.core.conversation;

import static followthrough.core.testkit.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.dialog.DialogRegistry;
import followthrough.core.domain.user.UserId;
import followthrough.core.domain.user.UserProfile;
import followthrough.core.memory.InMemoryDialogStateStore;
import followthrough.core.memory.InMemoryLinkedAccounts;
import followthrough.core.memory.InMemoryUserProfiles;
import followthrough.core.testkit.Fixtures;
import followthrough.core.testkit.KeysOnlyMessages;
import followthrough.core.testkit.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ReturningUsersTest {

  private final InMemoryUserProfiles profiles = new InMemoryUserProfiles();
  private final List<UserId> returned = new ArrayList<>();
  private final ConversationEngine engine = engineTelling(returned::add);
  private final ConversationKey key = Fixtures.key("1001");

  private ConversationEngine engineTelling(Consumer<UserId> returning) {
    return new ConversationEngine(
        new DialogRegistry(List.of()),
        new InMemoryDialogStateStore(),
        profiles,
        new KeysOnlyMessages(),
        new MutableClock(T0),
        ConversationEngine.Settings.defaults(),
        new InMemoryLinkedAccounts(),
        returning);
  }

  private void blocked() {
    UserProfile profile = profiles.find(key.user()).orElseThrow();
    profiles.save(profile.withAddress(profile.address().markedUnreachable()));
  }

  @Test
  void tellsOnceWhenAUserWhoseChatWasUnreachableWritesAgain() {
    // given
    engine.handle(Inbound.typed(key, "en", "hello"));
    blocked();
    // when
    engine.handle(Inbound.typed(key, "en", "hello again"));
    engine.handle(Inbound.typed(key, "en", "/help"));
    // then
    assertThat(returned).containsExactly(key.user());
  }

  @Test
  void tellsNothingForUsersWhoseChatWasAlwaysReachable() {
    // when
    engine.handle(Inbound.typed(key, "en", "hello"));
    engine.handle(Inbound.typed(key, "en", "hello"));
    // then
    assertThat(returned).isEmpty();
  }

  @Test
  void aFailingListenerDoesNotFailTheTurn() {
    // given
    ConversationEngine failing =
        engineTelling(
            user -> {
              throw new IllegalStateException("store down");
            });
    failing.handle(Inbound.typed(key, "en", "hello"));
    blocked();
    // when
    List<Outbound> replies = failing.handle(Inbound.typed(key, "en", "hello again"));
    // then
    assertThat(replies).extracting(Outbound::text).containsExactly("engine.idle");
    assertThat(profiles.find(key.user()).orElseThrow().address().unreachable()).isFalse();
  }
}
