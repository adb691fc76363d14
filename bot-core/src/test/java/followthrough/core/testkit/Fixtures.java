package followthrough.core.testkit;

import followthrough.core.conversation.ConversationKey;
import followthrough.core.conversation.Platform;
import followthrough.core.dialog.DialogState;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.ContactHandle;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Source;
import followthrough.core.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small builders for test data. */
public final class Fixtures {

  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  public static final UserId ANNA = new UserId("telegram:1001");
  public static final UserId BORIS = new UserId("telegram:1002");

  private Fixtures() {}

  /** A prospect with a phone number, owned by {@code owner}. */
  public static Contact contact(UserId owner, String id, String name) {
    return new Contact(
        id,
        owner,
        name,
        Source.WORK,
        null,
        Rung.PROSPECT,
        List.of(new ContactHandle(ContactHandle.Kind.PHONE, "+49 151 2345678")),
        null,
        T0);
  }

  /** A private Telegram conversation of the given user id. */
  public static ConversationKey key(String userId) {
    return new ConversationKey(Platform.TELEGRAM, userId, userId);
  }

  /** A new (unsaved) dialog state in step {@code step}, expiring a day after {@code T0}. */
  public static DialogState state(ConversationKey key, String step, Map<String, String> slots) {
    return new DialogState(key, "logcontact", 1, step, slots, 0, T0, T0.plus(Duration.ofDays(1)));
  }
}
