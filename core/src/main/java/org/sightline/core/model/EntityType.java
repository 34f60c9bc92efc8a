package org.sightline.core.model;

/**
 * The kinds of record that are published through review and carry a revision history. The key is
 * the name the revision log, the proposals and the audit export store ({@code transfer}, {@code
 * organization}, {@code response}).
 */
public enum EntityType implements Keyed {
  TRANSFER,
  ORGANIZATION,
  RESPONSE
}
