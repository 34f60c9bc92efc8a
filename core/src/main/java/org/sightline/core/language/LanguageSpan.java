package org.sightline.core.language;

/** A stretch of text, {@code [start, end)} in characters, and the language it is written in. */
public record LanguageSpan(int start, int end, String language) {}
