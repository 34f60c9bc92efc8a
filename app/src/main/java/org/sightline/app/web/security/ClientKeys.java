package org.sightline.app.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Tells anonymous clients apart for rate limiting without keeping their addresses: the key is a
 * SHA-256 of a random secret, made at start and held only in memory, followed by the remote
 * address. A plain hash would not do, since every IPv4 address can be hashed in minutes; without
 * the secret the keys cannot be turned back into addresses, and after a restart they match nothing.
 * The address itself is never stored, logged or compared.
 *
 * <p>Not an HMAC: an HMAC guards against forged tags, and nobody outside sees or presents these
 * keys; a secret prefix hides the address as well, with one SHA-256 block for an IPv4 address
 * instead of the HMAC's four (the hash was 4% of a cached API answer, ADR 0035).
 */
final class ClientKeys {
  private final byte[] secret = new byte[32];

  /** A digest per thread: looking one up costs more than the hash itself. */
  private final ThreadLocal<MessageDigest> digests = ThreadLocal.withInitial(ClientKeys::sha256);

  ClientKeys() {
    new SecureRandom().nextBytes(secret);
  }

  String of(HttpServletRequest request) {
    return of(request.getRemoteAddr());
  }

  /** The key of a client address as the server reports it (null: unknown). */
  String of(String address) {
    MessageDigest sha256 = digests.get();
    sha256.update(secret);
    byte[] digest =
        sha256.digest((address == null ? "" : address).getBytes(StandardCharsets.UTF_8));
    // 96 bits: collisions between real clients are negligible, and nothing more is needed.
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
