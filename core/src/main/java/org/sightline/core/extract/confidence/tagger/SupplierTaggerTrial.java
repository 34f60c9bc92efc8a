package org.sightline.core.extract.confidence.tagger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.confidence.tagger.SupplierTokens.Token;
import org.sightline.core.extract.eval.CorpusSplit;
import org.sightline.core.extract.eval.GoldDocument;
import org.sightline.core.extract.eval.GoldTransfer;
import org.sightline.core.extract.eval.OrganizationsCsv;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.lexicon.Lexicon;
import org.sightline.core.model.Organization;
import org.sightline.core.registry.OrganizationNames;
import org.tribuo.Example;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.crf.CRFModel;
import org.tribuo.classification.sgd.crf.CRFTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.sequence.MutableSequenceDataset;
import org.tribuo.sequence.SequenceExample;

/**
 * A measured prototype, not part of extraction (ADR 0021, round 13): a linear-chain CRF (Tribuo's
 * {@link CRFTrainer}) that tags supplier names, trained by distant supervision (every exact
 * occurrence of a gold supplier name in a training passage is a name). Prints, per language, how
 * many of the gold supplier names of each passage the tagger finds and how many the rules'
 * proposals name ({@link Extractor#proposals}, at any confidence): five-fold by passage over the
 * train splits, and trained on all of them then scored on the dev splits. Dev lines are totals; no
 * line names or quotes a passage. Run by {@code scripts/supplier-tagger-trial.sh}.
 */
public final class SupplierTaggerTrial {
  private static final int FOLDS = 5;
  private static final int EPOCHS = Integer.getInteger("epochs", 10);
  // the weight of a sentence that names a gold supplier, against 1 for the others
  private static final float NAME_WEIGHT = Float.parseFloat(System.getProperty("nameWeight", "1"));
  private static final long SEED = 12345L;
  private static final LabelFactory LABELS = new LabelFactory();

  /** A passage read once: its sentences' examples, gold names and the names its proposals give. */
  record Passage(
      String id,
      String language,
      List<List<Token>> sentences,
      List<SequenceExample<Label>> examples,
      List<String> goldNames,
      List<String> proposalNames,
      List<String> scannedNames,
      boolean[] goldInText) {}

  private final Names names;

  SupplierTaggerTrial(List<Organization> orgs) {
    this.names = new Names(orgs);
  }

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println(
          "usage: SupplierTaggerTrial ORGANIZATIONS.csv TRAIN.jsonl... [--dev DEV]...");
      System.exit(2);
    }
    List<Organization> orgs = OrganizationsCsv.read(Path.of(args[0]));
    List<GoldDocument> train = new ArrayList<>();
    List<GoldDocument> dev = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--dev")) {
        dev.addAll(GoldDocument.read(Path.of(args[++i])));
      } else {
        train.addAll(CorpusSplit.train(GoldDocument.read(Path.of(args[i]))));
      }
    }
    SupplierTaggerTrial trial = new SupplierTaggerTrial(orgs);
    Extractor extractor = new Extractor(orgs);
    TokenFeatures features = new TokenFeatures(orgs, Lexicon.bundled());
    List<Passage> trainPassages = trial.passages(train, extractor, features);
    List<Passage> devPassages = trial.passages(dev, extractor, features);
    System.out.printf(
        Locale.ROOT,
        "%d train passages, %d dev passages, %d epochs%n",
        trainPassages.size(),
        devPassages.size(),
        EPOCHS);
    Map<String, Tally> cv = new TreeMap<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Passage> fit = new ArrayList<>();
      List<Passage> held = new ArrayList<>();
      for (Passage p : trainPassages) {
        (fold(p.id()) == fold ? held : fit).add(p);
      }
      CRFModel model = fit(fit);
      List<String> seen = goldNames(fit);
      for (Passage p : held) {
        trial.score(model, p, seen, cv);
      }
    }
    print("train, five-fold by passage (out of fold)", cv);
    CRFModel all = fit(trainPassages);
    List<String> seen = goldNames(trainPassages);
    System.out.printf(
        Locale.ROOT,
        "fitted on all train: %d features x %d labels%n",
        all.getFeatureIDMap().size(),
        all.getOutputIDInfo().size());
    Map<String, Tally> devTally = new TreeMap<>();
    for (Passage p : devPassages) {
      trial.score(all, p, seen, devTally);
    }
    print("dev, trained on all train passages (totals)", devTally);
  }

  /** Every gold supplier name of the passages (repeats kept; compared by key later). */
  static List<String> goldNames(List<Passage> passages) {
    Set<String> keys = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (Passage p : passages) {
      for (String n : p.goldNames()) {
        if (keys.add(OrganizationNames.key(n))) {
          out.add(n);
        }
      }
    }
    return out;
  }

  /** A passage's fold: CRC32 of {@code fold 0:<id>} modulo five, as the selection figure's. */
  static int fold(String id) {
    CRC32 crc = new CRC32();
    crc.update(("fold 0:" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return (int) (crc.getValue() % FOLDS);
  }

  /** The passage's language: the gold and blind sets are English, the corpora's ids begin so. */
  static String language(String id) {
    return id.startsWith("sl-") || id.startsWith("sb-") ? "en" : id.substring(0, 2);
  }

  List<Passage> passages(List<GoldDocument> docs, Extractor extractor, TokenFeatures features) {
    List<Passage> out = new ArrayList<>();
    for (GoldDocument d : docs) {
      List<String> gold = new ArrayList<>();
      for (GoldTransfer g : d.gold()) {
        for (String n : g.supplierOrgs()) {
          if (gold.stream().noneMatch(x -> names.same(x, n))) {
            gold.add(n);
          }
        }
      }
      List<String> proposed = new ArrayList<>();
      for (Candidate c : extractor.proposals(d.text(), d.date())) {
        proposed.addAll(c.supplierOrgs());
      }
      // the organizations the rules' scan recognises, whether or not a proposal pairs them
      List<String> scanned = new ArrayList<>();
      String norm = org.sightline.core.extract.text.TextNormaliser.normalise(d.text());
      for (org.sightline.core.extract.MentionSpan m : extractor.mentions(d.text())) {
        if (m.type().equals("organization")) {
          scanned.add(m.value());
          scanned.add(norm.substring(m.start(), m.end()));
        }
      }
      Language lang = Language.of(d.text());
      List<List<Token>> sentences = SupplierTokens.sentences(d.text());
      List<SequenceExample<Label>> examples = new ArrayList<>();
      boolean[] inText = new boolean[gold.size()];
      for (List<Token> s : sentences) {
        String[] labels = SupplierTokens.label(s, gold);
        examples.add(example(features.of(s, lang), labels, weight(labels)));
        for (int[] span : SupplierTokens.spans(List.of(labels))) {
          String found = text(s, span);
          for (int g = 0; g < gold.size(); g++) {
            inText[g] |= gold.get(g).equals(found);
          }
        }
      }
      out.add(
          new Passage(
              d.id(), language(d.id()), sentences, examples, gold, proposed, scanned, inText));
    }
    return out;
  }

  private static float weight(String[] labels) {
    return java.util.Arrays.asList(labels).contains(SupplierTokens.B) ? NAME_WEIGHT : 1f;
  }

  private static SequenceExample<Label> example(
      List<String[]> features, String[] labels, float weight) {
    List<Example<Label>> tokens = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      String[] f = features.get(i);
      double[] ones = new double[f.length];
      java.util.Arrays.fill(ones, 1.0);
      tokens.add(new ArrayExample<>(new Label(labels[i]), f, ones));
    }
    return new SequenceExample<>(tokens, weight);
  }

  private static String text(List<Token> sentence, int[] span) {
    StringBuilder b = new StringBuilder();
    for (int i = span[0]; i < span[1]; i++) {
      Token t = sentence.get(i);
      if (i > span[0] && t.start() > sentence.get(i - 1).end()) {
        b.append(' ');
      }
      b.append(t.text());
    }
    return b.toString();
  }

  static CRFModel fit(List<Passage> passages) {
    MutableSequenceDataset<Label> data =
        new MutableSequenceDataset<>(new SimpleDataSourceProvenance("sentences", LABELS), LABELS);
    for (Passage p : passages) {
      p.examples().forEach(data::add);
    }
    CRFTrainer trainer = new CRFTrainer(new AdaGrad(0.1, 0.1), EPOCHS, Integer.MAX_VALUE, SEED);
    return trainer.train(data, java.util.Map.of());
  }

  /** The distinct names the tagger marks in a passage. */
  List<String> tagged(CRFModel model, Passage p) {
    List<String> out = new ArrayList<>();
    for (int s = 0; s < p.sentences().size(); s++) {
      List<String> labels = new ArrayList<>();
      for (Prediction<Label> pr : model.predict(p.examples().get(s))) {
        labels.add(pr.getOutput().getLabel());
      }
      for (int[] span : SupplierTokens.spans(labels)) {
        String n = text(p.sentences().get(s), span);
        if (!OrganizationNames.key(n).isEmpty() && out.stream().noneMatch(x -> names.same(x, n))) {
          out.add(n);
        }
      }
    }
    return out;
  }

  void score(CRFModel model, Passage p, List<String> seen, Map<String, Tally> byLanguage) {
    List<String> tagged = tagged(model, p);
    for (String key : List.of(p.language(), "all")) {
      Tally t = byLanguage.computeIfAbsent(key, k -> new Tally());
      t.passages++;
      for (int g = 0; g < p.goldNames().size(); g++) {
        String gold = p.goldNames().get(g);
        boolean byRules = names.anySame(p.proposalNames(), gold);
        boolean byTagger = names.anySame(tagged, gold);
        t.gold++;
        t.goldInText += p.goldInText()[g] ? 1 : 0;
        t.rulesFind += byRules ? 1 : 0;
        t.taggerFind += byTagger ? 1 : 0;
        t.eitherFind += byRules || byTagger ? 1 : 0;
        if (!byRules) {
          t.rulesMiss++;
          t.rulesMissInText += p.goldInText()[g] ? 1 : 0;
          t.rulesMissScanned += names.anySame(p.scannedNames(), gold) ? 1 : 0;
          t.rulesMissSeen += names.anySame(seen, gold) ? 1 : 0;
          t.taggerFindsRulesMiss += byTagger ? 1 : 0;
          t.taggerFindsRulesMissSeen += byTagger && names.anySame(seen, gold) ? 1 : 0;
        }
      }
      for (String n : tagged) {
        t.tagged++;
        if (names.anySame(p.goldNames(), n)) {
          t.taggedRight++;
        } else if (!names.anySame(p.proposalNames(), n)) {
          t.taggedWrongNew++;
        }
      }
      Set<String> proposedKeys = new HashSet<>();
      for (String n : p.proposalNames()) {
        if (proposedKeys.add(OrganizationNames.key(n))) {
          t.proposed++;
          t.proposedRight += names.anySame(p.goldNames(), n) ? 1 : 0;
        }
      }
    }
  }

  /** Per-language counts of gold supplier names (distinct per passage) and of names found. */
  static final class Tally {
    int passages;
    int gold;
    int goldInText;
    int rulesFind;
    int taggerFind;
    int eitherFind;
    int rulesMiss;
    int rulesMissInText;
    int rulesMissScanned;
    int rulesMissSeen;
    int taggerFindsRulesMiss;
    int taggerFindsRulesMissSeen;
    int tagged;
    int taggedRight;
    int taggedWrongNew;
    int proposed;
    int proposedRight;
  }

  private static void print(String title, Map<String, Tally> byLanguage) {
    System.out.println(title);
    System.out.println(
        "lang passages gold in-text | rules R P | tagger R P | either R"
            + " | rules-miss (in text; register; seen in fit) tagger-finds (seen in fit)"
            + " | false/passage (not proposed)");
    for (Map.Entry<String, Tally> e : byLanguage.entrySet()) {
      Tally t = e.getValue();
      int wrong = t.tagged - t.taggedRight;
      System.out.printf(
          Locale.ROOT,
          "%-4s %4d %4d %4d | %d %.3f %.3f | %d %.3f %.3f | %.3f | %d (%d; %d; %d) %d (%d) | %.2f (%.2f)%n",
          e.getKey(),
          t.passages,
          t.gold,
          t.goldInText,
          t.rulesFind,
          ratio(t.rulesFind, t.gold),
          ratio(t.proposedRight, t.proposed),
          t.taggerFind,
          ratio(t.taggerFind, t.gold),
          ratio(t.taggedRight, t.tagged),
          ratio(t.eitherFind, t.gold),
          t.rulesMiss,
          t.rulesMissInText,
          t.rulesMissScanned,
          t.rulesMissSeen,
          t.taggerFindsRulesMiss,
          t.taggerFindsRulesMissSeen,
          ratio(wrong, t.passages),
          ratio(t.taggedWrongNew, t.passages));
    }
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** Name comparison as the scorer's: normalised keys, the register's aliases one organization. */
  static final class Names {
    private final Map<String, Set<String>> aliasKeys = new HashMap<>();

    Names(List<Organization> orgs) {
      for (Organization o : orgs) {
        Set<String> keys = new HashSet<>();
        keys.add(OrganizationNames.key(o.name()));
        o.aliases().forEach(a -> keys.add(OrganizationNames.key(a)));
        keys.remove("");
        for (String k : keys) {
          aliasKeys.computeIfAbsent(k, x -> new HashSet<>()).addAll(keys);
        }
      }
    }

    Set<String> keys(String name) {
      String k = OrganizationNames.key(name);
      Set<String> known = aliasKeys.get(k);
      return known != null ? known : k.isEmpty() ? Set.of() : Set.of(k);
    }

    boolean same(String a, String b) {
      Set<String> ka = keys(a);
      return keys(b).stream().anyMatch(ka::contains);
    }

    boolean anySame(List<String> list, String name) {
      return list.stream().anyMatch(x -> same(x, name));
    }
  }
}
