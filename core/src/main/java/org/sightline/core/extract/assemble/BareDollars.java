package org.sightline.core.extract.assemble;

import java.util.Map;
import org.sightline.core.extract.lexicon.Language;

/**
 * A bare "$" is the local currency where the text's language writes its own money so: a Spanish
 * text about Colombia, Mexico or Argentina writes pesos as "$9.999 millones" and dollars as "US$"
 * or "dólares"; a French text about Canada writes "100 000 $" for Canadian dollars. English and
 * Portuguese keep "$" as the US dollar ("R$" is the real).
 */
final class BareDollars {
  private static final Map<String, String> SPANISH =
      Map.of(
          "MX", "MXN", "CO", "COP", "AR", "ARS", "CL", "CLP", "UY", "UYU", "DO", "DOP", "CU",
          "CUP");
  private static final Map<String, String> FRENCH = Map.of("CA", "CAD");

  private BareDollars() {}

  /**
   * The recipient's currency for an amount in USD written with a bare "$" ({@code written}, lower
   * case, as the amount stands in the text), else null.
   */
  static String local(String currency, String written, String recipient, Language language) {
    if (!"USD".equals(currency) || recipient == null || !bare(written)) {
      return null;
    }
    return switch (language) {
      case ES -> SPANISH.get(recipient);
      case FR -> FRENCH.get(recipient);
      default -> null;
    };
  }

  /** A "$" with no letter before it ("US$", "R$", "C$") and no dollar word in the amount. */
  private static boolean bare(String written) {
    int dollar = written.indexOf('$');
    if (dollar < 0 || (dollar > 0 && Character.isLetter(written.charAt(dollar - 1)))) {
      return false;
    }
    return !written.contains("dólar") && !written.contains("dollar") && !written.contains("usd");
  }
}
