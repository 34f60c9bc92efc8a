package org.sightline.core.registry;

import java.util.Currency;

/** Whether a code is an ISO 4217 currency code, as the JDK's {@link Currency} table knows them. */
public final class CurrencyCodes {
  private CurrencyCodes() {}

  /** True for "USD", "KES"; false for null, "usd" and made-up codes such as "ABC". */
  public static boolean isIso4217(String code) {
    if (code == null) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
