package followthrough.core.dialogs.link;

import followthrough.core.conversation.Input;
import followthrough.core.conversation.Reply;
import followthrough.core.conversation.TurnContext;
import followthrough.core.dialog.Dialog;
import followthrough.core.dialog.DialogState;
import followthrough.core.dialog.Turn;
import followthrough.core.domain.user.LinkCode;
import followthrough.core.domain.user.UserId;
import followthrough.core.i18n.Phrase;
import followthrough.core.ports.LinkedAccounts;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * {@code /link} gives a one-time code (100 random bits, valid for 10 minutes); {@code /link CODE}
 * on another platform joins that platform's identity to the user who asked for the code. What the
 * joining account owns (contacts and everything about them) is first moved to that user with {@link
 * AccountMerge}, so both accounts show everything afterwards and nothing is hidden; then the moved
 * follow-ups and meetings get their nudges planned for that user ({@code replan}). When the joining
 * identity was itself linked already, its user is joined too, so every identity of the two users
 * ends up as one. One turn each, no steps.
 */
public final class LinkAccountsDialog implements Dialog {

  static final Duration VALID = Duration.ofMinutes(10);
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int LENGTH = 20;
  private static final int MAX_TYPED = 64;

  private final LinkedAccounts links;
  private final AccountMerge merge;
  private final Consumer<UserId> replan;
  private final RandomGenerator random;

  /**
   * @param replan plans a user's nudges again from their open follow-ups and meetings (the
   *     application's {@code NudgeChains}); called for the code's user after data was moved
   * @param random a cryptographically strong generator in production ({@code SecureRandom})
   */
  public LinkAccountsDialog(
      LinkedAccounts links, AccountMerge merge, Consumer<UserId> replan, RandomGenerator random) {
    this.links = links;
    this.merge = merge;
    this.replan = replan;
    this.random = random;
  }

  /** Without nudges to plan again (for set-ups without a nudge queue). */
  public LinkAccountsDialog(LinkedAccounts links, AccountMerge merge, RandomGenerator random) {
    this(links, merge, user -> {}, random);
  }

  @Override
  public String id() {
    return "link";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<String> commands() {
    return List.of("link");
  }

  @Override
  public List<String> steps() {
    return List.of();
  }

  @Override
  public Turn start(TurnContext ctx, String args) {
    return args.isBlank() ? issue(ctx) : redeem(ctx, args);
  }

  @Override
  public Turn onInput(TurnContext ctx, DialogState state, Input input) {
    return Turn.end(Reply.key("link.usage"));
  }

  private Turn issue(TurnContext ctx) {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    links.saveCode(new LinkCode(code.toString(), ctx.user(), ctx.now().plus(VALID)));
    return Turn.end(
        Reply.key("link.code", "code", grouped(code.toString()), "minutes", VALID.toMinutes()));
  }

  private Turn redeem(TurnContext ctx, String typed) {
    String code = normalized(typed);
    if (code.length() != LENGTH) {
      return Turn.end(Reply.key("link.invalid"));
    }
    Optional<UserId> owner = links.redeem(code, ctx.now());
    if (owner.isEmpty()) {
      return Turn.end(Reply.key("link.invalid"));
    }
    UserId target = links.canonical(owner.get()); // it may have been linked on since
    if (target.equals(ctx.user())) {
      return Turn.end(Reply.key("link.same"));
    }
    return join(ctx, target);
  }

  /**
   * Moves the data first and links afterwards: should the move fail halfway, nothing is linked yet
   * and every item still has one of the two owners; the user asks for a new code and the next merge
   * moves the rest.
   */
  private Turn join(TurnContext ctx, UserId owner) {
    UserId joining = ctx.user();
    AccountMerge.Moved moved = merge.move(joining, owner);
    if (!joining.equals(ctx.key().user())) {
      links.link(joining, owner); // the joining user's other identities follow along
    }
    links.link(ctx.key().user(), owner);
    if (moved.total() > 0) {
      replan.accept(owner);
    }
    if (moved.contacts() == 0) {
      return Turn.end(Reply.key("link.done"));
    }
    return Turn.end(
        Reply.of(Phrase.of("link.done"), Phrase.of("link.merged", "count", moved.contacts())));
  }

  /** Upper case, without spaces and dashes, and the letters people confuse read as digits. */
  static String normalized(String typed) {
    String cut = typed.length() > MAX_TYPED ? typed.substring(0, MAX_TYPED) : typed;
    StringBuilder out = new StringBuilder();
    for (char c : cut.toUpperCase(Locale.ROOT).toCharArray()) {
      char read = c == 'O' ? '0' : (c == 'I' || c == 'L') ? '1' : c;
      if (ALPHABET.indexOf(read) >= 0) {
        out.append(read);
      }
    }
    return out.toString();
  }

  private static String grouped(String code) {
    return String.join(
        "-",
        code.substring(0, 5),
        code.substring(5, 10),
        code.substring(10, 15),
        code.substring(15));
  }
}
