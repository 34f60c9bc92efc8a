package org.sightline.core.extract.assemble;

import java.util.ArrayList;
import java.util.List;

/**
 * "la Empresa Hondureña de Telecomunicaciones (Hondutel)", "l'Agence nationale (ANSI)": a short
 * name in brackets right after a proposed supplier's name is the same firm's other name, and joins
 * the candidate's names as the alias words do (ADR 0034, round 6), so a record written with either
 * name is found. Spanish, French and Portuguese only (round 12).
 */
final class BracketedAcronyms {
  private static final int MAX_LENGTH = 20;

  private BracketedAcronyms() {}

  static void add(List<Draft> drafts, String norm) {
    for (Draft d : drafts) {
      List<String> found = new ArrayList<>(1);
      for (String name : d.orgs) {
        String alias = after(norm, name);
        if (alias != null && !d.orgs.contains(alias)) {
          found.add(alias);
        }
      }
      d.orgs.addAll(found);
    }
  }

  /** The first bracketed short name right after {@code name} in {@code norm}, or null. */
  static String after(String norm, String name) {
    if (name.length() < 8 || name.indexOf(' ') < 0) {
      return null; // a name of one word has no other name to shorten
    }
    int at = norm.indexOf(name);
    while (at >= 0) {
      int open = at + name.length();
      if (open + 1 < norm.length() && norm.charAt(open) == ' ' && norm.charAt(open + 1) == '(') {
        int close = norm.indexOf(')', open + 2);
        if (close > open + 2 && close - open - 2 <= MAX_LENGTH) {
          String inside = norm.substring(open + 2, close);
          if (shortName(inside)) {
            return inside;
          }
        }
      }
      at = norm.indexOf(name, at + 1);
    }
    return null;
  }

  /**
   * One word, starting with a capital, with another capital or all capitals: "INCV", "Hondutel".
   */
  private static boolean shortName(String s) {
    if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '-' && c != '&') {
        return false;
      }
    }
    return true;
  }
}
