package followthrough.core.team;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.conversation.Outbound;
import followthrough.core.domain.team.TeamChannel;
import followthrough.core.i18n.BundleMessages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sponsor sees activity facts of their members, never their members' contacts: marker strings
 * planted in the names, phones and notes of the contacts of Boris (Anna's first line) and Carla
 * (Boris's first line) appear in nothing Anna can reach: the overview, the removal list, the nudge
 * about a silent member and its three buttons, the digest on demand and the digest the job posts.
 * Rendered in real prose, in every language, text, button labels and button values.
 */
class SponsorPrivacyTest {

  private static final String MARKER = "ZQX";
  private static final String PHONE = "7777 9999";

  private final TeamScene scene = new TeamScene(new BundleMessages());
  private final List<Outbound> seenByAnna = new ArrayList<>();

  private void membersWithSecretContacts() {
    scene.chat.as("1001").send("/help");
    scene.channels.save(
        new TeamChannel("900", "channel-1", TeamScene.user("1001"), scene.chat.clock.instant()));
    scene.joins("2002", "Boris", "1001");
    scene.joins("3003", "Carla", "2002");
    scene.logsAContact("2002", "Olga " + MARKER + "name", "+49 151 " + PHONE, MARKER + " note");
    scene.logsAContact("3003", MARKER + " Petrov", "zqx.mail@example.org", "met " + MARKER);
    // the markers are really stored in the members' contacts
    assertThat(scene.chat.contacts.search(TeamScene.user("2002"), "", 0, 10))
        .singleElement()
        .satisfies(c -> assertThat(c.name() + c.note() + c.handles()).contains(MARKER, PHONE));
    assertThat(scene.chat.contacts.search(TeamScene.user("3003"), "", 0, 10))
        .singleElement()
        .satisfies(c -> assertThat(c.name() + c.note() + c.handles()).contains(MARKER, "zqx.mail"));
  }

  private void anna(String language, String... lines) {
    scene.chat.as("1001").language(language);
    for (String line : lines) {
      if (line.startsWith("press ")) {
        scene.chat.press(line.substring(6));
      } else {
        scene.chat.send(line);
      }
      seenByAnna.addAll(scene.chat.replies());
    }
  }

  private static List<String> everything(List<Outbound> messages) {
    List<String> all = new ArrayList<>();
    for (Outbound m : messages) {
      all.add(m.text());
      m.rows().forEach(row -> row.forEach(b -> all.add(b.label() + " " + b.value())));
    }
    return all;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "ru"})
  void noTeamOutputShowsAnythingOfTheMembersContacts(String language) {
    // given
    membersWithSecretContacts();
    scene.at("2026-03-08T00:05:00Z");
    scene.silentJob.run();
    scene.at("2026-03-09T09:00:00Z");
    scene.chat.as("1001").language(language).send("/help");

    // when
    scene.nudgeJob.runOnce();
    scene.digestJob.runOnce();
    anna(language, "/team", "/team digest", "/team remove", "press no");
    anna(language, "press /teamnudge reach telegram:2002", "press /teamnudge plan telegram:2002");
    anna(language, "press /teamnudge snooze telegram:2002", "/team");
    seenByAnna.addAll(scene.gateway.sent().stream().map(s -> s.message()).toList());

    // then: the members' chosen names are there, their contacts are not
    List<String> texts = everything(seenByAnna);
    assertThat(scene.gateway.sent()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(String.join("\n", texts)).contains("Boris").contains("Carla");
    assertThat(texts)
        .allSatisfy(t -> assertThat(t).doesNotContainIgnoringCase(MARKER).doesNotContain(PHONE));
  }

  @Test
  void theMembersOwnContactsStayTheirs() {
    // given
    membersWithSecretContacts();

    // when
    var annas = scene.chat.contacts.search(TeamScene.user("1001"), "", 0, 100);

    // then
    assertThat(annas).isEmpty();
    assertThat(scene.chat.contacts.search(TeamScene.user("2002"), "", 0, 100)).hasSize(1);
  }
}
