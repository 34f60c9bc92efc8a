package org.sightline.core.screen;

import java.util.List;

/**
 * Why a name matched: both names as compared (their words after normalisation), the normalisations
 * applied to each, the matched words ("hikvison~hikvision 0.978" for a near miss), the rules that
 * weighed words otherwise than by their kind ("begins with the registered name 'siemens'; extra
 * words: mobility"), and the two parts of the score: {@code score = 0.7 × tokenScore + 0.3 ×
 * charScore}.
 */
public record MatchExplanation(
    String screenedAs,
    String registeredAs,
    List<String> screenedSteps,
    List<String> registeredSteps,
    List<String> matchedWords,
    List<String> rules,
    double tokenScore,
    double charScore) {

  public MatchExplanation {
    screenedSteps = List.copyOf(screenedSteps);
    registeredSteps = List.copyOf(registeredSteps);
    matchedWords = List.copyOf(matchedWords);
    rules = List.copyOf(rules);
  }

  /** One line for a CSV cell or a tooltip. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    b.append('"').append(screenedAs).append("\" vs \"").append(registeredAs).append('"');
    b.append("; words ").append(NameScorer.format(tokenScore));
    b.append(", characters ").append(NameScorer.format(charScore));
    if (!matchedWords.isEmpty()) {
      b.append("; matched ").append(String.join(", ", matchedWords));
    }
    rules.forEach(r -> b.append("; ").append(r));
    if (!screenedSteps.isEmpty()) {
      b.append("; screened name: ").append(String.join(", ", screenedSteps));
    }
    if (!registeredSteps.isEmpty()) {
      b.append("; registered name: ").append(String.join(", ", registeredSteps));
    }
    return b.toString();
  }
}
