package followthrough.core.dialogs.link;

import followthrough.core.domain.user.UserId;
import followthrough.core.ports.ChecklistTemplates;
import followthrough.core.ports.Checklists;
import followthrough.core.ports.Contacts;
import followthrough.core.ports.Events;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.Meetings;
import followthrough.core.ports.Orders;
import followthrough.core.ports.Touches;

/**
 * Gives everything one user owns to another when their accounts are linked: contacts first, then
 * what is about them (touches, orders, follow-ups, meetings, checklists, events) and the user's own
 * checklist templates, each store with its {@code moveOwner}.
 *
 * <p>There are no transactions (the embedded store has none), so a merge is not atomic. It is safe
 * anyway: every item is moved on its own from one owner to the other, so a failure halfway leaves
 * each item with one of the two owners and never loses one, and running the merge again moves what
 * is left and changes nothing else (idempotent). Items moved so far are shown to the new owner at
 * once; a contact's touches or plans may stay behind with the old owner until the merge is
 * repeated. Thread-safe as far as the stores are.
 */
public final class AccountMerge {

  /** How many items moved: the contacts (what the user is told about) and all items together. */
  public record Moved(int contacts, int total) {}

  private final Contacts contacts;
  private final Touches touches;
  private final Orders orders;
  private final FollowUps followUps;
  private final Meetings meetings;
  private final Checklists checklists;
  private final ChecklistTemplates templates;
  private final Events events;

  public AccountMerge(
      Contacts contacts,
      Touches touches,
      Orders orders,
      FollowUps followUps,
      Meetings meetings,
      Checklists checklists,
      ChecklistTemplates templates,
      Events events) {
    this.contacts = contacts;
    this.touches = touches;
    this.orders = orders;
    this.followUps = followUps;
    this.meetings = meetings;
    this.checklists = checklists;
    this.templates = templates;
    this.events = events;
  }

  /**
   * Moves all of {@code from}'s items to {@code to}; {@code to}'s own stay. Nothing moves when they
   * are the same user. Store failures are thrown; repeating the call finishes the merge.
   */
  public Moved move(UserId from, UserId to) {
    if (from.equals(to)) {
      return new Moved(0, 0);
    }
    int movedContacts = contacts.moveOwner(from, to);
    int others =
        touches.moveOwner(from, to)
            + orders.moveOwner(from, to)
            + followUps.moveOwner(from, to)
            + meetings.moveOwner(from, to)
            + checklists.moveOwner(from, to)
            + templates.moveOwner(from, to)
            + events.moveOwner(from, to);
    return new Moved(movedContacts, movedContacts + others);
  }
}
