package org.sightline.app.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tells anonymous clients apart for rate limiting without keeping their addresses: the key is an
 * HMAC-SHA256 of the remote address under a random secret made at start and held only in memory. A
 * plain hash would not do, since every IPv4 address can be hashed in minutes; without the secret
 * the keys cannot be turned back into addresses, and after a restart they match nothing. The
 * address itself is never stored, logged or compared.
 */
final class ClientKeys {
  private final SecretKeySpec secret;

  /** A Mac per thread: looking one up and keying it costs more than the digest itself. */
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  ClientKeys() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    this.secret = new SecretKeySpec(bytes, "HmacSHA256");
  }

  String of(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    byte[] digest =
        macs.get().doFinal((address == null ? "" : address).getBytes(StandardCharsets.UTF_8));
    // 96 bits: collisions between real clients are negligible, and nothing more is needed.
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(secret);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
