package followthrough.core.ports;

import java.security.SecureRandom;
import java.util.Base64;

/** Ids of 96 random bits from {@link SecureRandom}, as 16 URL-safe characters. */
public final class RandomIdGenerator implements IdGenerator {

  private final SecureRandom random = new SecureRandom();

  @Override
  public String newId() {
    byte[] bytes = new byte[12];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
