package followthrough.core.dialogs.contacts;

import static followthrough.core.testkit.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.ContactHandle;
import followthrough.core.domain.contact.Order;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Touch;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.BundleMessages;
import followthrough.core.i18n.Messages;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.KeysOnlyMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListContactsDialogTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final ChatScript chat = chat(new KeysOnlyMessages());
  private final UserId me = chat.key().user();

  private static ChatScript chat(Messages messages) {
    return ChatScript.of(
        messages,
        c ->
            List.of(
                new ListContactsDialog(
                    c.contacts,
                    c.touches,
                    c.orders,
                    c.followUps,
                    c.meetings,
                    c.checklists,
                    c.events)));
  }

  private static Touch touch(UserId owner, String id, String contactId, int daysAgo, boolean ok) {
    return new Touch(
        id,
        owner,
        contactId,
        NOW.minus(Duration.ofDays(daysAgo)),
        Touch.Channel.CALL,
        ok,
        null,
        null,
        null,
        null,
        null);
  }

  private static void history(ChatScript chat, UserId owner, String contactId) {
    for (int i = 1; i <= 6; i++) {
      chat.touches.add(touch(owner, contactId + "t" + i, contactId, i, i % 2 == 0));
    }
    chat.meetings.add(
        Meeting.planned("m1", owner, contactId, NOW.minus(Duration.ofDays(9)), null, NOW)
            .withStatus(Meeting.Status.KEPT));
    chat.meetings.add(
        Meeting.planned("m2", owner, contactId, NOW.minus(Duration.ofDays(8)), null, NOW)
            .withStatus(Meeting.Status.NO_SHOW));
    chat.orders.add(new Order("o1", owner, contactId, NOW.minus(Duration.ofDays(20)), false, null));
    chat.orders.add(new Order("o2", owner, contactId, NOW.minus(Duration.ofDays(3)), false, null));
    chat.followUps.add(
        FollowUp.open(
            "f1",
            owner,
            contactId,
            FollowUp.Kind.CHECK_IN,
            null,
            Instant.parse("2026-03-04T10:00:00Z"),
            null,
            NOW));
  }

  private Contact stored(String id) {
    return chat.contacts.find(me, id).orElseThrow();
  }

  @Test
  void invitesToLogTheFirstContactWhenThereAreNone() {
    // when
    chat.send("/contacts");
    // then
    assertThat(chat.keys()).containsExactly("contacts.none");
    assertThat(chat.buttons()).containsExactly("/contact");
    assertThat(chat.step()).isNull();
  }

  @Test
  void listsContactsAsButtonsAPageAtATime() {
    // given
    for (int i = 1; i <= 10; i++) {
      chat.contacts.add(contact(me, "id" + i, String.format("Name %02d", i)));
    }
    // when
    chat.send("/contacts");
    // then
    assertThat(chat.keys()).containsExactly("contacts.list.header", "contacts.list.hint");
    assertThat(chat.buttons()).hasSize(9).startsWith("open:id1").endsWith("more:8");
    chat.press("more:8");
    assertThat(chat.buttons()).containsExactly("open:id9", "open:id10");
    assertThat(chat.replies().get(0).editMessageRef()).isEqualTo("m1");
  }

  @Test
  void findsByPartOfTheNameTypedWhileTheListIsOpen() {
    // given
    chat.contacts.add(contact(me, "a", "Jörg Müller"));
    chat.contacts.add(contact(me, "b", "Алёна"));
    chat.send("/contacts");
    // when
    chat.send("алена");
    // then
    assertThat(chat.keys()).containsExactly("contacts.search.header", "contacts.list.hint");
    assertThat(chat.buttons()).containsExactly("open:b");
  }

  @Test
  void saysSoWhenNothingMatchesAndOffersTheWholeList() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    // when
    chat.send("/contacts zzz");
    // then
    assertThat(chat.keys()).containsExactly("contacts.search.none");
    assertThat(chat.press("all").buttons()).containsExactly("open:a");
  }

  @Test
  void opensACardWithHistoryReliabilityOrdersTheNextStepAndEveryDialogue() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    history(chat, me, "a");
    chat.send("/contacts");
    // when
    chat.press("open:a");
    // then
    assertThat(chat.keys())
        .containsExactly(
            "contact.card",
            "contacts.card.touches",
            "contacts.card.reliability",
            "contacts.card.orders",
            "contacts.card.next.followUp");
    assertThat(chat.buttons())
        .containsExactly(
            "/touch #a",
            "/checkin #a",
            "/meeting #a",
            "/order #a",
            "/noshow #a",
            "/checklist s #a",
            "edit:a",
            "del:a",
            "all");
    assertThat(chat.step()).isEqualTo("LIST");
  }

  @Test
  void showsANewContactsCardWithAWeakLeadWarningAndNothingPlanned() {
    // given
    chat.contacts.add(
        new Contact("w", me, "Walter", null, null, Rung.PROSPECT, List.of(), null, NOW));
    chat.send("/contacts");
    // when
    chat.press("open:w");
    // then
    assertThat(chat.keys())
        .containsExactly(
            "contact.card",
            "contacts.card.weakLead",
            "contacts.card.noTouches",
            "contacts.card.noOrders",
            "contacts.card.next.none");
  }

  @Test
  void showsAnEarlierPlannedMeetingAsTheNextStep() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    history(chat, me, "a");
    chat.meetings.add(
        Meeting.planned("m3", me, "a", Instant.parse("2026-03-03T17:00:00Z"), "Café", NOW));
    chat.send("/contacts");
    // when
    chat.press("open:a");
    // then
    assertThat(chat.keys()).endsWith("contacts.card.next.meeting");
  }

  @Test
  void neverOpensAnotherUsersContact() {
    // given
    chat.contacts.add(contact(new UserId("telegram:other"), "x", "Secret"));
    chat.contacts.add(contact(me, "a", "Anna"));
    chat.send("/contacts");
    // when
    chat.press("open:x");
    // then
    assertThat(chat.keys()).containsExactly("contacts.card.gone");
    assertThat(chat.press("edit:x").keys()).containsExactly("contacts.card.gone");
    assertThat(chat.press("del:x").keys()).containsExactly("contacts.card.gone");
  }

  @Test
  void renamesAContactAndAsksAgainForAnEmptyName() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    chat.send("/contacts").press("open:a");
    // when
    chat.press("edit:a");
    // then
    assertThat(chat.keys()).containsExactly("contacts.edit.ask.field");
    assertThat(chat.buttons())
        .containsExactly("field:NAME", "field:RUNG", "field:HANDLE", "field:NOTE", "open:a");
    assertThat(chat.press("field:NAME").keys()).containsExactly("contacts.edit.ask.name");
    assertThat(chat.send("   ").keys())
        .containsExactly("contacts.edit.name.empty", "contacts.edit.ask.name");
    assertThat(chat.step()).isEqualTo("EDIT_VALUE");
    chat.send("Anna Schmidt");
    assertThat(chat.keys()).startsWith("contacts.edit.saved", "contact.card");
    assertThat(stored("a").name()).isEqualTo("Anna Schmidt");
    assertThat(chat.step()).isEqualTo("LIST");
  }

  @Test
  void movesAContactToAnotherRungByButtonOnly() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    chat.send("/contacts").press("edit:a").press("field:RUNG");
    // when
    chat.send("regular");
    // then
    assertThat(chat.keys()).containsExactly("dialog.pickButton", "contacts.edit.ask.rung");
    chat.press("rung:REGULAR_CUSTOMER");
    assertThat(stored("a").rung()).isEqualTo(Rung.REGULAR_CUSTOMER);
  }

  @Test
  void replacesHowToReachAContactOrSaysPlainlyThatNobodyCan() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    chat.send("/contacts").press("edit:a").press("field:HANDLE");
    // when
    chat.send("call her");
    // then
    assertThat(chat.keys())
        .containsExactly("contacts.edit.handle.invalid", "contacts.edit.ask.handle");
    chat.send("@anna_s");
    assertThat(stored("a").handles())
        .containsExactly(new ContactHandle(ContactHandle.Kind.USERNAME, "@anna_s"));
    chat.press("edit:a").press("field:HANDLE").press("clear");
    assertThat(stored("a").reachable()).isFalse();
    assertThat(chat.keys()).contains("contacts.card.weakLead");
  }

  @Test
  void changesAndRemovesTheNote() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    chat.send("/contacts").press("edit:a").press("field:NOTE");
    // when
    chat.send("likes green tea");
    // then
    assertThat(stored("a").note()).isEqualTo("likes green tea");
    chat.press("edit:a").press("field:NOTE").press("clear");
    assertThat(stored("a").note()).isNull();
  }

  @Test
  void cancellingAnEditInTheMiddleChangesNothing() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    chat.send("/contacts").press("edit:a").press("field:NAME");
    // when
    chat.send("/cancel");
    // then
    assertThat(chat.keys()).containsExactly("engine.cancel.done");
    assertThat(stored("a")).isEqualTo(contact(me, "a", "Anna"));
  }

  @Test
  void deletesAContactWithEverythingRecordedAndPlannedAfterConfirmation() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    chat.contacts.add(contact(me, "b", "Boris"));
    history(chat, me, "a");
    chat.touches.add(touch(me, "bt", "b", 1, true));
    chat.send("/contacts").press("open:a");
    // when
    chat.press("del:a");
    // then
    assertThat(chat.keys()).containsExactly("contacts.delete.ask");
    assertThat(chat.buttons()).containsExactly("delete", "open:a");
    assertThat(chat.send("yes").keys()).containsExactly("dialog.pickButton", "contacts.delete.ask");
    chat.press("delete");
    assertThat(chat.keys()).containsExactly("contacts.delete.done");
    assertThat(chat.contacts.find(me, "a")).isEmpty();
    assertThat(chat.touches.forContact(me, "a")).isEmpty();
    assertThat(chat.orders.forContact(me, "a")).isEmpty();
    assertThat(chat.meetings.forContact(me, "a")).isEmpty();
    assertThat(chat.followUps.find(me, "f1")).isEmpty();
    assertThat(chat.touches.forContact(me, "b")).hasSize(1);
    assertThat(chat.replies().get(0).editMessageRef()).isEqualTo("m1");
    chat.press("delete");
    assertThat(chat.contacts.find(me, "b")).isPresent();
  }

  @Test
  void keepsTheContactWhenDeletingIsDeclined() {
    // given
    chat.contacts.add(contact(me, "a", "Anna"));
    chat.send("/contacts").press("del:a");
    // when
    chat.press("open:a");
    // then
    assertThat(chat.keys()).startsWith("contact.card");
    assertThat(chat.contacts.find(me, "a")).isPresent();
    assertThat(chat.step()).isEqualTo("LIST");
  }

  @Test
  void showsTheCardInEnglishWithTheFiveNewestTouches() {
    // given
    ChatScript english = chat(new BundleMessages());
    UserId user = english.key().user();
    english.contacts.add(contact(user, "a", "Anna"));
    history(english, user, "a");
    english.send("/contacts");
    // when
    english.press("open:a");
    // then
    String text = english.replies().get(0).text();
    assertThat(text)
        .contains(
            "Last touches:\nMar 1, 2026 · call · not reached\nFeb 28, 2026 · call · reached",
            "Meetings: came to 1 of 2\n",
            "Orders: 2, the last on Feb 27, 2026\n",
            "Next step: Check-in, Mar 4, 2026, 10:00 AM");
    assertThat(text).doesNotContain("Feb 24, 2026");
  }

  @Test
  void showsTheCardInGerman() {
    // given
    ChatScript german = chat(new BundleMessages()).language("de");
    UserId user = german.key().user();
    german.contacts.add(contact(user, "a", "Jörg"));
    history(german, user, "a");
    german.send("/contacts");
    // when
    german.press("open:a");
    // then
    assertThat(german.replies().get(0).text())
        .contains("Jörg", "Stufe: Interessent", "+49 151 2345678", "02.03.2026")
        .contains("Letzte Kontakte:\n01.03.2026 · Anruf · nicht erreicht")
        .contains("Bestellungen: 2, die letzte am 27.02.2026")
        .contains("Nächster Schritt: Nachfassen, 04.03.2026, 10:00");
  }
}
