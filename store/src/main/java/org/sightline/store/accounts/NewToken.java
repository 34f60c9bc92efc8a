package org.sightline.store.accounts;

/** A token just created: the secret is shown to its owner once and never stored. */
public record NewToken(String secret, ApiToken token) {
  @Override
  public String toString() {
    return "NewToken[" + token + "]";
  }
}
