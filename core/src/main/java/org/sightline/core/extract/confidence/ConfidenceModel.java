package org.sightline.core.extract.confidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sightline.core.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A logistic regression over {@link Features}: confidence = sigmoid(w · x), the probability that a
 * candidate is a transfer an annotator would record. The bundled weights ({@code
 * candidate-model.json}) are fitted with Tribuo by {@link ConfidenceTrainer} on the training texts;
 * extraction only reads them, so it needs no machine-learning library at run time. A feature the
 * file does not name weighs nothing.
 */
public final class ConfidenceModel {
  static final String RESOURCE = "/org/sightline/core/extract/candidate-model.json";
  private static volatile ConfidenceModel bundled;
  private final double[] weights;

  /** What one feature added to a candidate's score (log-odds), for explaining it to a reviewer. */
  public record Contribution(String feature, double value, double logOdds) {}

  public ConfidenceModel(double[] weights) {
    if (weights.length != Features.COUNT) {
      throw new IllegalArgumentException(
          "expected " + Features.COUNT + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
  }

  /** The fitted model bundled with the application. */
  public static ConfidenceModel bundled() {
    ConfidenceModel m = bundled;
    if (m == null) {
      try (InputStream in = ConfidenceModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing bundled resource " + RESOURCE);
        }
        m = fromJson(Json.MAPPER.readTree(in).path("transfer"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bundled = m;
    }
    return m;
  }

  /**
   * Hand-set weights that order drafts while they are merged (which of two drafts of the same
   * transfer absorbs the other). They never give a confidence: keeping the merge independent of the
   * fitted weights means a candidate's features are the same when the model is fitted and when it
   * is used.
   */
  public static ConfidenceModel prior() {
    double[] w = new double[Features.COUNT];
    w[Features.BIAS] = -1.0;
    w[Features.SUPPLIER_SAME_SENTENCE] = 1.0;
    w[Features.SUPPLIER_FROM_DOCUMENT] = -0.5;
    w[Features.CUE_STRENGTH] = 1.5;
    w[Features.NAMED_ORGANIZATION] = 0.8;
    w[Features.TECHNOLOGY] = 0.5;
    w[Features.WEAK_HEDGE] = -0.5;
    w[Features.NEGATION] = -1.0;
    w[Features.RECIPIENT_ROLE] = 1.0;
    w[Features.SUPPORTING_SENTENCES] = 0.5;
    w[Features.DOMESTIC] = -1.0;
    w[Features.CONTEXT_ONLY] = -1.5;
    w[Features.CROSS_PARAGRAPH] = -0.5;
    w[Features.NO_CUE] = -1.0;
    w[Features.SUPPLIER_STATED] = 0.5;
    return new ConfidenceModel(w);
  }

  /** Reads {@code {features:[name…], weights:[w…]}}, the bias being the feature "bias". */
  public static ConfidenceModel fromJson(JsonNode node) {
    JsonNode names = node.path("features");
    JsonNode ws = node.path("weights");
    double[] w = new double[Features.COUNT];
    for (int i = 0; i < names.size(); i++) {
      int idx = Features.NAMES.indexOf(names.get(i).asString());
      if (idx >= 0) {
        w[idx] = ws.get(i).asDouble();
      }
    }
    return new ConfidenceModel(w);
  }

  public ObjectNode toJson() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode names = root.putArray("features");
    ArrayNode ws = root.putArray("weights");
    for (int i = 0; i < Features.COUNT; i++) {
      names.add(Features.NAMES.get(i));
      ws.add(round(weights[i]));
    }
    return root;
  }

  /** Weights as stored: four decimals, so that a refit compares equal to the bundled file. */
  static double round(double w) {
    return Math.round(w * 10000) / 10000.0;
  }

  public double predict(double[] x) {
    double z = 0;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The features that moved this candidate's score most, strongest first (the bias is left out):
   * each with its value and what it added to the log-odds.
   */
  public List<Contribution> explain(double[] x, int limit) {
    List<Contribution> out = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      if (i != Features.BIAS && x[i] != 0 && weights[i] != 0) {
        out.add(new Contribution(Features.NAMES.get(i), x[i], weights[i] * x[i]));
      }
    }
    out.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.logOdds())));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
  }

  public double[] weights() {
    return weights.clone();
  }
}
