package org.sightline.core.extract.confidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A logistic regression over {@link Features}: confidence = sigmoid(w · x). The bundled weights
 * ({@code confidence-weights.json}) are fitted by {@link ConfidenceTrainer} on the training split
 * of the project's annotated corpus; without them a hand-set prior is used.
 */
public final class ConfidenceModel {
  static final String RESOURCE = "/org/sightline/core/extract/confidence-weights.json";
  private static volatile ConfidenceModel bundled;
  private final double[] weights;

  public ConfidenceModel(double[] weights) {
    if (weights.length != Features.COUNT) {
      throw new IllegalArgumentException(
          "expected " + Features.COUNT + " weights, got " + weights.length);
    }
    this.weights = weights.clone();
  }

  /** The fitted model bundled with the application, or the prior when none is bundled. */
  public static ConfidenceModel bundled() {
    ConfidenceModel m = bundled;
    if (m == null) {
      try (InputStream in = ConfidenceModel.class.getResourceAsStream(RESOURCE)) {
        m = in == null ? prior() : fromJson(Json.MAPPER.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bundled = m;
    }
    return m;
  }

  /** Hand-set weights used before any fitting: cue, same-sentence supplier and org help. */
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

  public static ConfidenceModel fromJson(JsonNode root) {
    JsonNode names = root.path("features");
    JsonNode ws = root.path("weights");
    double[] w = new double[Features.COUNT];
    for (int i = 0; i < names.size(); i++) {
      int idx = Features.NAMES.indexOf(names.get(i).asString());
      if (idx >= 0) {
        w[idx] = ws.get(i).asDouble();
      }
    }
    return new ConfidenceModel(w);
  }

  public ObjectNode toJson(String note) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("note", note);
    ArrayNode names = root.putArray("features");
    ArrayNode ws = root.putArray("weights");
    for (int i = 0; i < Features.COUNT; i++) {
      names.add(Features.NAMES.get(i));
      ws.add(Math.round(weights[i] * 10000) / 10000.0);
    }
    return root;
  }

  public double predict(double[] x) {
    double z = 0;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  public double[] weights() {
    return weights.clone();
  }

  /**
   * Fits weights by batch gradient descent on the log loss with an L2 penalty that pulls each
   * weight towards the {@link #prior()} rather than towards zero: with a small corpus, a feature
   * that never fires in training (a hypothetical, a negation) keeps its hand-set meaning instead of
   * being forgotten. Deterministic: same data, same weights.
   */
  public static ConfidenceModel fit(List<double[]> xs, List<Boolean> ys, double l2, int epochs) {
    double[] w = prior().weights();
    double[] mean = prior().weights();
    int n = xs.size();
    if (n == 0) {
      return prior();
    }
    double rate = 0.5;
    List<double[]> data = new ArrayList<>(xs);
    for (int epoch = 0; epoch < epochs; epoch++) {
      double[] grad = new double[w.length];
      for (int i = 0; i < n; i++) {
        double[] x = data.get(i);
        double z = 0;
        for (int k = 0; k < w.length; k++) {
          z += w[k] * x[k];
        }
        double p = 1 / (1 + Math.exp(-z));
        double err = p - (ys.get(i) ? 1 : 0);
        for (int k = 0; k < w.length; k++) {
          grad[k] += err * x[k];
        }
      }
      for (int k = 0; k < w.length; k++) {
        double reg = k == Features.BIAS ? 0 : l2 * (w[k] - mean[k]);
        w[k] -= rate * (grad[k] / n + reg);
      }
    }
    return new ConfidenceModel(w);
  }
}
