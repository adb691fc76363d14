package followthrough.mongo;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.T0;
import static followthrough.core.testkit.Fixtures.key;
import static followthrough.core.testkit.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followthrough.core.dialog.DialogState;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.Order;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.contact.Touch;
import followthrough.core.domain.followup.FollowUp;
import followthrough.core.domain.meeting.Meeting;
import followthrough.core.domain.user.Preferences;
import followthrough.core.domain.user.UserProfile;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class DocumentsTest {

  @Test
  void leavesUnsetContactFieldsOutOfTheDocument() {
    // given
    Contact bare = new Contact("c1", ANNA, "Jörg", null, null, Rung.PROSPECT, List.of(), null, T0);
    // when
    Document document = ContactDocuments.toDocument(bare);
    // then
    assertThat(document)
        .containsOnlyKeys("_id", "owner", "name", "nameKey", "rung", "handles", "createdAt");
    assertThat(document.getString("nameKey")).isEqualTo("jörg");
    assertThat(document.get("createdAt")).isEqualTo(Date.from(T0));
    assertThat(ContactDocuments.fromDocument(document)).isEqualTo(bare);
  }

  @Test
  void leavesUnsetProfileFieldsOutOfTheDocument() {
    // given
    UserProfile profile = UserProfile.firstSeen(ANNA, T0);
    // when
    Document document = UserProfileDocuments.toDocument(profile);
    // then
    assertThat(document).containsOnlyKeys("_id", "createdAt", "preferences");
    assertThat(UserProfileDocuments.fromDocument(document)).isEqualTo(profile);
  }

  @Test
  void storesPreferencesWithLocalTimesInIsoForm() {
    // given
    Preferences preferences = new Preferences(7, LocalTime.of(22, 30), LocalTime.MIDNIGHT, "2d", 9);
    UserProfile profile = UserProfile.firstSeen(ANNA, T0).withPreferences(preferences);
    // when
    Document document = UserProfileDocuments.toDocument(profile);
    // then
    assertThat(document.get("preferences", Document.class))
        .isEqualTo(
            new Document("agendaHour", 7)
                .append("quietFrom", "22:30")
                .append("quietUntil", "00:00")
                .append("cadence", "2d")
                .append("inactiveAfterDays", 9)
                .append("checklistStallDays", 3)
                .append("silentNewDays", 5)
                .append("silentLaterDays", 14)
                .append("digestDay", "MONDAY")
                .append("digestHour", 9));
    assertThat(UserProfileDocuments.fromDocument(document)).isEqualTo(profile);
  }

  @Test
  void readsPreferencesStoredBeforeTeamsWithTheTeamDefaults() {
    // given
    Document old =
        new Document("_id", ANNA.value())
            .append("createdAt", Date.from(T0))
            .append(
                "preferences",
                new Document("agendaHour", 7)
                    .append("quietFrom", "22:30")
                    .append("quietUntil", "00:00")
                    .append("cadence", "2d")
                    .append("inactiveAfterDays", 9));
    // when
    Preferences read = UserProfileDocuments.fromDocument(old).preferences();
    // then
    assertThat(read.silentNewDays()).isEqualTo(5);
    assertThat(read.silentLaterDays()).isEqualTo(14);
    assertThat(read.digestDay()).isEqualTo(java.time.DayOfWeek.MONDAY);
    assertThat(read.digestHour()).isEqualTo(9);
  }

  @Test
  void readsAProfileWithoutPreferencesWithTheDefaults() {
    // given
    Document old = new Document("_id", ANNA.value()).append("createdAt", Date.from(T0));
    // when
    UserProfile profile = UserProfileDocuments.fromDocument(old);
    // then
    assertThat(profile.preferences()).isEqualTo(Preferences.DEFAULT);
  }

  @Test
  void keepsAnUnaskedAnswerOfATouchApartFromANo() {
    // given
    Touch unasked =
        new Touch("t1", ANNA, "c1", T0, Touch.Channel.CALL, false, null, null, null, null, null);
    Touch no =
        new Touch("t2", ANNA, "c1", T0, Touch.Channel.CALL, true, false, null, null, false, null);
    // when
    Document unaskedDocument = TouchDocuments.toDocument(unasked);
    Document noDocument = TouchDocuments.toDocument(no);
    // then
    assertThat(unaskedDocument)
        .containsOnlyKeys("_id", "owner", "contactId", "at", "channel", "reached");
    assertThat(noDocument).containsEntry("satisfied", false).containsEntry("reorder", false);
    assertThat(TouchDocuments.fromDocument(unaskedDocument)).isEqualTo(unasked);
    assertThat(TouchDocuments.fromDocument(noDocument)).isEqualTo(no);
  }

  @Test
  void storesFollowUpEnumsByNameAndLeavesUnsetFieldsOut() {
    // given
    FollowUp followUp =
        FollowUp.open("f1", ANNA, "c1", FollowUp.Kind.CADENCE, null, T0, null, T0).done();
    // when
    Document document = FollowUpDocuments.toDocument(followUp);
    // then
    assertThat(document)
        .containsOnlyKeys(
            "_id", "owner", "contactId", "kind", "dueAt", "status", "carriedOver", "createdAt")
        .containsEntry("kind", "CADENCE")
        .containsEntry("status", "DONE");
    assertThat(FollowUpDocuments.fromDocument(document)).isEqualTo(followUp);
  }

  @Test
  void leavesUnsetMeetingAndOrderFieldsOutOfTheDocument() {
    // given
    Meeting meeting = Meeting.planned("m1", ANNA, "c1", T0, null, T0);
    Order order = new Order("o1", ANNA, "c1", T0, false, null);
    // when
    Document meetingDocument = MeetingDocuments.toDocument(meeting);
    Document orderDocument = OrderDocuments.toDocument(order);
    // then
    assertThat(meetingDocument)
        .containsOnlyKeys("_id", "owner", "contactId", "at", "status", "createdAt")
        .containsEntry("status", "PLANNED");
    assertThat(orderDocument).containsOnlyKeys("_id", "owner", "contactId", "at", "referral");
    assertThat(MeetingDocuments.fromDocument(meetingDocument)).isEqualTo(meeting);
    assertThat(OrderDocuments.fromDocument(orderDocument)).isEqualTo(order);
  }

  @Test
  void roundsQueryBoundsUpToTheNextMillisecondAndClampsThem() {
    // given
    Instant exact = T0.plusMillis(5);
    // when / then
    assertThat(BsonFields.bound(exact)).isEqualTo(Date.from(exact));
    assertThat(BsonFields.bound(exact.plusNanos(1))).isEqualTo(Date.from(exact.plusMillis(1)));
    assertThat(BsonFields.bound(Instant.MAX).getTime()).isEqualTo(Long.MAX_VALUE);
    assertThat(BsonFields.bound(Instant.MIN).getTime()).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void readsBackADialogStateWithItsSlots() {
    // given
    DialogState saved = state(key("7"), "NAME", Map.of("a.b", "$x", "", "")).withRevision(3);
    // when
    DialogState read = DialogStateDocuments.fromDocument(DialogStateDocuments.toDocument(saved));
    // then
    assertThat(read).isEqualTo(saved);
  }

  @Test
  void namesTheFieldWhenAStoredDocumentLacksIt() {
    // given
    Document broken = new Document("_id", "c1").append("owner", "telegram:1");
    // when / then
    assertThatThrownBy(() -> ContactDocuments.fromDocument(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'name'");
  }
}
