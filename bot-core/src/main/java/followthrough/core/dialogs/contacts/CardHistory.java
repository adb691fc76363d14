package followthrough.core.dialogs.contacts;

import followthrough.core.dialogs.ContactReliability;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.Checklists;
import followthrough.core.ports.FollowUps;
import followthrough.core.ports.Meetings;
import followthrough.core.ports.Orders;
import followthrough.core.ports.Touches;

/** The stores of what happened and what is planned with a contact, which the card shows. */
record CardHistory(
    Touches touches,
    Orders orders,
    FollowUps followUps,
    Meetings meetings,
    Checklists checklists,
    ContactReliability reliability) {

  /**
   * Removes everything recorded or planned with a contact. Each step is idempotent, and the contact
   * itself is deleted after this, so a failed turn can simply be repeated.
   */
  void deleteFor(UserId owner, String contactId) {
    followUps.deleteFor(owner, contactId);
    meetings.deleteFor(owner, contactId);
    touches.deleteFor(owner, contactId);
    orders.deleteFor(owner, contactId);
    checklists.deleteFor(owner, contactId);
  }
}
