package org.sightline.app.extraction;

/**
 * A span of the extracted text that extraction recognised, for highlighting: [start, end) in
 * characters of the stored text.
 *
 * @param kind country, organization, technology, money, date or cue
 * @param label what was recognised, for a reader ("Zimbabwe (ZW)", "Facial recognition", "USD
 *     240,000,000", "2018-03", "status: denied")
 */
record Mention(int start, int end, String kind, String label) {}
