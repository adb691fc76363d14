package followthrough.core.dialogs.team;

import followthrough.core.conversation.TurnContext;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.team.Member;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Contacts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * A first-line member as a partner in their sponsor's own contacts, under the name the member chose
 * and an id derived from the member's, so that it is found again and never doubled. The sponsor's
 * touches and check-ins with the member then work like any other; nothing of the member's own data
 * is copied.
 */
public final class MemberContacts {

  private final Contacts contacts;

  MemberContacts(Contacts contacts) {
    this.contacts = contacts;
  }

  /** The id of the member's contact in the sponsor's contacts, added now if it is missing. */
  String ensure(TurnContext ctx, Member member) {
    String id = idFor(member);
    if (contacts.find(ctx.user(), id).isEmpty()) {
      contacts.add(
          new Contact(
              id, ctx.user(), member.name(), null, null, Rung.PARTNER, List.of(), null, ctx.now()));
    }
    return id;
  }

  /** {@code tm-} and 22 characters of the SHA-256 of the member's user id. */
  static String idFor(Member member) {
    return idFor(member.id());
  }

  /**
   * The id of the contact that stands for a first-line member in their sponsor's contacts: {@code
   * tm-} and 22 characters of the SHA-256 of the member's user id.
   */
  public static String idFor(UserId member) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(member.value().getBytes(StandardCharsets.UTF_8));
      return "tm-" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
