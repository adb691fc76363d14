package followthrough.core.memory;

import followthrough.core.domain.user.LinkCode;
import followthrough.core.domain.user.UserId;
import followthrough.core.ports.LinkedAccounts;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Links and codes in maps; values are immutable records, so reads share them safely. */
public final class InMemoryLinkedAccounts implements LinkedAccounts {

  /** Links are followed at most this far, so a mistaken cycle cannot hang a turn. */
  static final int MAX_HOPS = 8;

  private final ConcurrentMap<UserId, UserId> links = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, LinkCode> codes = new ConcurrentHashMap<>();

  @Override
  public UserId canonical(UserId identity) {
    UserId user = identity;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      UserId next = links.get(user);
      if (next == null || next.equals(user)) {
        return user;
      }
      user = next;
    }
    return user;
  }

  @Override
  public void link(UserId identity, UserId user) {
    links.put(identity, user);
  }

  @Override
  public void saveCode(LinkCode code) {
    codes.put(code.code(), code);
  }

  @Override
  public Optional<UserId> redeem(String code, Instant now) {
    return Optional.ofNullable(codes.remove(code))
        .filter(c -> c.expiresAt().isAfter(now))
        .map(LinkCode::user);
  }
}
