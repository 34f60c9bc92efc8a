package org.sightline.core.extract;

/** An exact quote from the extracted text, at character offsets [start, end). */
public record Evidence(String text, int start, int end) {}
