package org.sightline.store.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.Visibility;

/**
 * A version of the published register that a figure can cite: the SHA-256 of its deterministic
 * export (the transfers as JSON Lines, then the organizations CSV), so the same published data
 * always has the same version, whatever database holds it and whenever it is asked.
 *
 * @param version the content hash, 64 lower-case hex digits
 * @param publishedRecords published transfers plus published organizations
 * @param asOf the newest change among the published records (null for an empty register)
 */
public record RegisterVersion(String version, long publishedRecords, Instant asOf) {

  /** Reads the whole published register once (a full export's cost): cache the result. */
  public static RegisterVersion of(Register register) {
    MessageDigest sha256 = sha256();
    Exporter exporter = new Exporter(register);
    long records;
    try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
      records = exporter.export(ExportFormat.JSONL, out);
      records += exporter.exportOrganizations(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Instant[] newest = {null};
    register.forEachTransfer(Visibility.PUBLIC, t -> newest[0] = later(newest[0], t.updatedAt()));
    for (StoredOrganization o : register.organizations(Visibility.PUBLIC)) {
      newest[0] = later(newest[0], o.updatedAt());
    }
    return new RegisterVersion(HexFormat.of().formatHex(sha256.digest()), records, newest[0]);
  }

  /** The first twelve hex digits, enough to tell releases apart in a file name. */
  public String shortVersion() {
    return version.substring(0, 12);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a == null || (b != null && b.isAfter(a)) ? b : a;
  }
}
