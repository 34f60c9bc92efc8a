package org.sightline.core.screen;

/**
 * A registered organization a screened name matches: which of its names matched ({@code
 * matchedName}, the name itself or an alias), the score (0 to 1; higher means more alike, and
 * scores rank alerts), and why.
 */
public record NameMatch(
    String organizationId,
    String organizationName,
    String matchedName,
    boolean matchedOnAlias,
    double score,
    MatchExplanation explanation) {}
