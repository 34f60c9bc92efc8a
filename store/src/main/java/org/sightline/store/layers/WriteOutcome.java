package org.sightline.store.layers;

/** What an import of a layer or of indicators changed. */
public record WriteOutcome(int created, int updated, int unchanged) {
  public String summary() {
    return "created " + created + ", updated " + updated + ", unchanged " + unchanged;
  }
}
