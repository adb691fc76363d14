package followthrough.core.dialogs.join;

import static org.assertj.core.api.Assertions.assertThat;

import followthrough.core.dialogs.invite.InviteDialog;
import followthrough.core.dialogs.start.StartDialog;
import followthrough.core.dialogs.team.TeamDialog;
import followthrough.core.domain.team.Member;
import followthrough.core.domain.user.UserId;
import followthrough.core.memory.InMemoryActivity;
import followthrough.core.memory.InMemoryInvites;
import followthrough.core.memory.InMemoryTeam;
import followthrough.core.ports.TeamDigests;
import followthrough.core.testkit.ChatScript;
import followthrough.core.testkit.KeysOnlyMessages;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inviting and joining as transcripts: Anna (chat 1001) invites, Boris (2002) joins; refusals and
 * nasty input never crash a turn or change the team.
 */
class JoinDialogTest {

  private static final UserId ANNA = new UserId("telegram:1001");
  private static final UserId BORIS = new UserId("telegram:2002");

  private final InMemoryTeam team = new InMemoryTeam();
  private final InMemoryInvites invites = new InMemoryInvites();
  private final AtomicInteger codes = new AtomicInteger();
  private final TeamDigests noDigest =
      (leader, now) -> followthrough.core.conversation.Reply.key("team.digest.empty");
  private final ChatScript chat =
      ChatScript.of(
          new KeysOnlyMessages(),
          c ->
              List.of(
                  new InviteDialog(
                      invites,
                      (platform, payload) -> Optional.of("https://t.me/bot?start=" + payload),
                      () -> "inv" + codes.incrementAndGet()),
                  new JoinDialog(invites, team),
                  new StartDialog(c.profiles, new JoinOffer(invites, team)),
                  new TeamDialog(team, new InMemoryActivity(), noDigest)));

  private String invite(String sponsorChat) {
    chat.as(sponsorChat).send("/invite Sponsor " + sponsorChat);
    return "inv" + codes.get();
  }

  @Test
  void theDeepLinkOfAnInviteStartsTheOfferToJoin() {
    // given
    chat.as("1001").send("/invite Anna");
    assertThat(chat.keys()).containsExactly("invite.link");

    // when
    chat.as("2002").send("/start inv1");

    // then
    assertThat(chat.keys()).containsExactly("engine.start.greeting", "join.confirm");
    assertThat(chat.buttons()).containsExactly("/join ok inv1", "/join no");
    chat.press("/join ok inv1").send("Boris 🌟");
    assertThat(chat.keys()).containsExactly("join.done");
    assertThat(team.find(BORIS).orElseThrow().sponsor()).isEqualTo(ANNA);
  }

  @Test
  void sayingNoJoinsNobody() {
    // given
    String code = invite("1001");

    // when
    chat.as("2002").send("/join " + code).press("/join no");

    // then
    assertThat(chat.keys()).containsExactly("join.declined");
    assertThat(team.find(BORIS)).isEmpty();
  }

  @Test
  void aRevokedOrExpiredInviteIsRefused() {
    // given
    String revoked = invite("1001");
    chat.as("1001").press("/invite revoke " + revoked);
    assertThat(chat.keys()).containsExactly("invite.revoked");
    String expired = invite("1001");

    // when
    chat.as("2002").send("/join " + revoked);
    List<String> afterRevoked = chat.keys();
    chat.clock.advance(Duration.ofDays(15));
    chat.send("/join " + expired);

    // then
    assertThat(afterRevoked).containsExactly("join.invalid");
    assertThat(chat.keys()).containsExactly("join.invalid");
  }

  @Test
  void nobodyButTheSponsorRevokesAnInvite() {
    // given
    String code = invite("1001");

    // when
    chat.as("2002").send("/invite revoke " + code);

    // then
    assertThat(chat.keys()).containsExactly("invite.notFound");
    assertThat(invites.find(code).orElseThrow().revoked()).isFalse();
  }

  @Test
  void oneCannotJoinOnesOwnInviteOrSomeoneFromOnesOwnLine() {
    // given: Boris is in Anna's line
    String annas = invite("1001");
    chat.as("2002").send("/join " + annas).press("/join ok " + annas).send("Boris");
    String boris = invite("2002");

    // when
    chat.as("2002").send("/join " + boris);
    List<String> own = chat.keys();
    chat.as("1001").send("/join " + boris);

    // then
    assertThat(own).containsExactly("join.own");
    assertThat(chat.keys()).containsExactly("join.ownLine");
    assertThat(team.find(ANNA)).isEmpty();
  }

  @Test
  void aMemberWithASponsorCannotJoinAnother() {
    // given
    String first = invite("1001");
    chat.as("2002").send("/join " + first).press("/join ok " + first).send("Boris");
    String second = invite("3003");

    // when
    chat.as("2002").send("/join " + second);

    // then
    assertThat(chat.keys()).containsExactly("join.hasSponsor");
    assertThat(team.find(BORIS).orElseThrow().sponsor()).isEqualTo(ANNA);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "$where",
        "a.b",
        "<b>x</b>",
        "*_[]",
        "שלום",
        "\u0000\u0007",
        "inv1 inv2 inv3",
        "0123456789012345678901234567890123456789012345678901234567890123456789"
      })
  void nastyCodesAreAnsweredAndChangeNothing(String code) {
    // given
    invite("1001");

    // when
    chat.as("2002").send("/join " + code);

    // then
    assertThat(chat.keys()).hasSize(1).first().isIn("join.usage", "join.invalid");
    assertThat(team.find(BORIS)).isEmpty();
    assertThat(chat.step()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "   ",
        "\u0000\u0001",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
      })
  void aNameThatIsEmptyOrTooLongIsAskedAgain(String name) {
    // given
    String code = invite("1001");
    chat.as("2002").send("/join " + code).press("/join ok " + code);

    // when
    chat.send(name);

    // then
    assertThat(chat.keys()).containsExactly("join.invalid.name");
    assertThat(chat.step()).isEqualTo("NAME");
    chat.send("ב $.{name} <b>*_[]");
    assertThat(team.find(BORIS).orElseThrow().name()).isEqualTo("ב $.{name} <b>*_[]");
  }

  @Test
  void leavingAndRemovingAreConfirmed() {
    // given
    String code = invite("1001");
    chat.as("2002").send("/join " + code).press("/join ok " + code).send("Boris");

    // when: Boris thinks twice, Anna removes him
    chat.as("2002").send("/team leave").press("no");
    List<String> kept = chat.keys();
    chat.as("1001").send("/team remove");
    List<String> choices = chat.buttons();
    chat.press("rm:telegram:2002").press("yes");

    // then
    assertThat(kept).containsExactly("team.confirm.kept");
    assertThat(choices).containsExactly("rm:telegram:2002", "no");
    assertThat(chat.keys()).containsExactly("team.remove.done");
    assertThat(team.find(BORIS)).isEmpty();
    chat.as("2002").send("/team leave");
    assertThat(chat.keys()).containsExactly("team.leave.noSponsor");
  }

  @Test
  void aMemberLeavesTheirSponsor() {
    // given
    team.join(Member.joining(BORIS, ANNA, List.of(), "Boris", chat.clock.instant()));

    // when
    chat.as("2002").send("/team leave");
    List<String> asked = chat.keys();
    chat.send("what?").press("yes");

    // then
    assertThat(asked).containsExactly("team.leave.confirm");
    assertThat(chat.keys()).containsExactly("team.leave.done");
    assertThat(team.find(BORIS)).isEmpty();
  }
}
