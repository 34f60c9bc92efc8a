package org.sightline.core.extract.assemble;

/**
 * A named organization on the supplying side of a sentence.
 *
 * @param country its home country, or null when neither the register nor the sentence gives it
 * @param isNew not in the register
 * @param bySlot found only because it fills the supplier's slot ("a contract with X")
 * @param start where the sentence names it, or -1 when it comes from the story before
 */
record Supplier(String name, String country, boolean isNew, boolean bySlot, int start) {
  Supplier fromStory() {
    return new Supplier(name, country, isNew, bySlot, -1);
  }
}
