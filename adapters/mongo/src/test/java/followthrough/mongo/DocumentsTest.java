package followthrough.mongo;

import static followthrough.core.testkit.Fixtures.ANNA;
import static followthrough.core.testkit.Fixtures.T0;
import static followthrough.core.testkit.Fixtures.key;
import static followthrough.core.testkit.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import followthrough.core.dialog.DialogState;
import followthrough.core.domain.contact.Contact;
import followthrough.core.domain.contact.Rung;
import followthrough.core.domain.user.UserProfile;
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
    assertThat(document).containsOnlyKeys("_id", "createdAt");
    assertThat(UserProfileDocuments.fromDocument(document)).isEqualTo(profile);
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
