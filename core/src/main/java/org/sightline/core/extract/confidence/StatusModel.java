package org.sightline.core.extract.confidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.sightline.core.json.Json;
import org.sightline.core.model.TransferStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A multinomial logistic regression over {@link Features} that chooses a candidate's status: the
 * status with the highest score w_s · x. Fitted with Tribuo by {@link ConfidenceTrainer} on the
 * candidates that match a gold transfer, labelled with the gold status; stored beside the transfer
 * model in {@code candidate-model.json}. Without weights the rules' status stands.
 */
public final class StatusModel {
  private static volatile StatusModel bundled;

  /** How much likelier than the rules' status the model's choice must be to replace it. */
  static final double MARGIN = 0.3;

  private static final int STATUSES = TransferStatus.values().length;
  // [status][feature]; all zero when there is no fitted model
  private final double[][] weights;
  private final boolean fitted;

  public StatusModel(double[][] weights) {
    if (weights.length != STATUSES) {
      throw new IllegalArgumentException("expected weights for " + STATUSES + " statuses");
    }
    this.weights = new double[STATUSES][];
    boolean any = false;
    for (int s = 0; s < STATUSES; s++) {
      if (weights[s].length != Features.COUNT) {
        throw new IllegalArgumentException(
            "expected " + Features.COUNT + " weights, got " + weights[s].length);
      }
      this.weights[s] = weights[s].clone();
      for (double w : weights[s]) {
        any |= w != 0;
      }
    }
    this.fitted = any;
  }

  /** No fitted weights: {@link #choose} keeps the rules' status. */
  public static StatusModel none() {
    return new StatusModel(new double[STATUSES][Features.COUNT]);
  }

  /** The model bundled with the application. */
  public static StatusModel bundled() {
    StatusModel m = bundled;
    if (m == null) {
      try (InputStream in = StatusModel.class.getResourceAsStream(ConfidenceModel.RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing bundled resource " + ConfidenceModel.RESOURCE);
        }
        m = fromJson(Json.MAPPER.readTree(in).path("status"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bundled = m;
    }
    return m;
  }

  /**
   * The status with the highest probability, unless the rules' status is nearly as likely (within
   * {@link #MARGIN}): the rules read the sentence's own words, the model only weighs them, so a
   * close call goes to the rules. Without a fitted model the rules' status stands.
   */
  public TransferStatus choose(double[] x, TransferStatus ruleStatus) {
    if (!fitted) {
      return ruleStatus;
    }
    double[] z = new double[STATUSES];
    double max = Double.NEGATIVE_INFINITY;
    int best = 0;
    for (int s = 0; s < STATUSES; s++) {
      z[s] = weights[s][Features.BIAS];
      for (int k : Features.STATUS_INPUTS) {
        z[s] += weights[s][k] * x[k];
      }
      if (z[s] > max) {
        max = z[s];
        best = s;
      }
    }
    double sum = 0;
    for (int s = 0; s < STATUSES; s++) {
      sum += Math.exp(z[s] - max);
    }
    double pBest = 1 / sum;
    double pRule = Math.exp(z[ruleStatus.ordinal()] - max) / sum;
    return pBest - pRule < MARGIN ? ruleStatus : TransferStatus.values()[best];
  }

  /** Reads {@code {features:[name…], statuses:{key:[w…]}}}; missing statuses weigh nothing. */
  public static StatusModel fromJson(JsonNode node) {
    JsonNode names = node.path("features");
    double[][] w = new double[STATUSES][Features.COUNT];
    for (TransferStatus s : TransferStatus.values()) {
      JsonNode ws = node.path("statuses").path(s.key());
      for (int i = 0; i < names.size() && i < ws.size(); i++) {
        int idx = Features.NAMES.indexOf(names.get(i).asString());
        if (idx >= 0) {
          w[s.ordinal()][idx] = ws.get(i).asDouble();
        }
      }
    }
    return new StatusModel(w);
  }

  public ObjectNode toJson() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode names = root.putArray("features");
    Features.NAMES.forEach(names::add);
    ObjectNode statuses = root.putObject("statuses");
    for (TransferStatus s : TransferStatus.values()) {
      ArrayNode ws = statuses.putArray(s.key());
      for (double w : weights[s.ordinal()]) {
        ws.add(ConfidenceModel.round(w));
      }
    }
    return root;
  }

  double[][] weights() {
    double[][] copy = new double[STATUSES][];
    for (int s = 0; s < STATUSES; s++) {
      copy[s] = weights[s].clone();
    }
    return copy;
  }
}
