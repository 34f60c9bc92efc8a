package org.sightline.app.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.sightline.app.testing.Bodies.okBody;
import static org.sightline.app.testing.JsonRequests.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.MultipartFrame;
import org.sightline.app.testing.SignedIn;
import org.sightline.core.extract.confidence.ConfidenceModel;
import org.sightline.core.extract.confidence.Features;
import org.sightline.core.model.PublicationState;
import org.sightline.store.accounts.Role;
import org.sightline.store.documents.Decision;
import org.sightline.store.documents.Documents;
import org.sightline.store.documents.Label;
import org.sightline.store.registry.Visibility;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/extract} and the review decisions behind {@code /review/extract}: who may
 * extract, what comes back for a text with a known transfer, how bad and oversized input is
 * refused, that extraction leaves the register alone, and what accept, edit and reject store.
 */
class ExtractApiTest extends ExtractTestContext {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void anonymousCallersGet401AsJsonAndTheReviewPageAsksThemToSignIn() throws Exception {
    mvc.perform(postJson("/api/v1/extract", "{\"text\":\"Huawei supplied cameras to Kenya.\"}"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.error").value("unauthorized"));
    mvc.perform(multipart("/api/v1/extract").file(txt("a.txt", "Huawei supplied Kenya.")))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/review/extract")).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/api/v1/extract/labels")).andExpect(status().isUnauthorized());
  }

  @Test
  void aContributorGetsTheCandidatesOfAKnownTransferAndTheRegisterIsUnchanged() throws Exception {
    JsonNode gold = goldText("sl-01");
    String text = gold.path("text").asString();
    String token = bearer(user(Role.CONTRIBUTOR));
    long transfersBefore = register.countTransfers(Visibility.REVIEWER);
    long revisionBefore = register.lastRevisionId();

    JsonNode answer = extract(token, text, "2021-02-03", "https://example.org/nairobi");

    JsonNode huawei = candidate(answer, "Huawei", "KE");
    assertThat(huawei)
        .as("a Huawei → Kenya candidate in %s", answer.path("candidates"))
        .isNotNull();
    assertThat(huawei.path("doc_id").asString())
        .isEqualTo(String.valueOf(answer.path("document_id").asLong()));
    assertThat(huawei.path("confidence").asDouble()).isBetween(0.5, 1.0);
    // The model's view is stored with the candidate: its score and what moved it, strongest
    // first, each effect being the bundled weight of that feature times the candidate's value.
    assertThat(huawei.path("model").path("score").asDouble())
        .isEqualTo(huawei.path("confidence").asDouble());
    JsonNode drivers = huawei.path("model").path("drivers");
    assertThat(drivers.size()).isBetween(1, 5);
    double[] weights = ConfidenceModel.bundled().weights();
    double previous = Double.MAX_VALUE;
    for (JsonNode d : drivers) {
      int feature = Features.NAMES.indexOf(d.path("feature").asString());
      assertThat(feature).as("a feature of the model: %s", d).isPositive();
      double effect = d.path("effect").asDouble();
      assertThat(effect)
          .isNotZero()
          .isCloseTo(weights[feature] * d.path("value").asDouble(), within(0.01));
      assertThat(Math.abs(effect)).isLessThanOrEqualTo(previous);
      previous = Math.abs(effect);
    }
    for (JsonNode e : huawei.path("evidence")) {
      // Offsets point into the stored text: the quote is exactly what they cut out.
      assertThat(text.substring(e.path("start").asInt(), e.path("end").asInt()))
          .isEqualTo(e.path("text").asString());
    }
    List<String> kinds = new ArrayList<>();
    answer.path("mentions").forEach(m -> kinds.add(m.path("kind").asString()));
    assertThat(kinds).contains("country", "organization", "technology", "money", "date");
    assertThat(answer.path("text_length").asInt()).isEqualTo(text.length());

    var stored = documents.find(answer.path("document_id").asLong()).orElseThrow();
    assertThat(stored.text()).isEqualTo(text);
    assertThat(stored.sha256()).isEqualTo(Documents.sha256(text));
    assertThat(stored.url()).isEqualTo("https://example.org/nairobi");
    assertThat(stored.docDate()).hasToString("2021-02-03");
    assertThat(stored.author()).startsWith("contributor-");
    assertThat(register.countTransfers(Visibility.REVIEWER)).isEqualTo(transfersBefore);
    assertThat(register.lastRevisionId()).isEqualTo(revisionBefore);
  }

  @Test
  void anUploadedHtmlFileIsReadForItsMainText() throws Exception {
    String html =
        "<html><head><title>Nairobi cameras</title></head><body><nav>Home | World</nav>"
            + "<article><p>The system was supplied by Huawei to Kenya's police in 2019.</p>"
            + "</article></body></html>";
    mvc.perform(
            multipart("/api/v1/extract")
                .file(
                    new MockMultipartFile(
                        "file", "story.html", "text/html", html.getBytes(StandardCharsets.UTF_8)))
                .header("Authorization", bearer(user(Role.CONTRIBUTOR))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.format").value("html"))
        .andExpect(jsonPath("$.title").value("Nairobi cameras"))
        .andExpect(jsonPath("$.candidates[0].supplier_orgs[0]").value("Huawei"))
        .andExpect(jsonPath("$.candidates[0].recipient_country").value("KE"));
  }

  @Test
  void badInputIsRefusedWithOneClearLine() throws Exception {
    String token = bearer(user(Role.CONTRIBUTOR));
    long documentsBefore = documentCount();
    expect400(json(token, "{\"text\":\"   \"}"), "the text is empty");
    expect400(json(token, "{\"text\":"), "the body is not valid JSON");
    expect400(json(token, "[1,2]"), "the body must be a JSON object");
    expect400(json(token, "{\"text\":42}"), "text must be a string");
    expect400(
        json(token, "{\"text\":\"Huawei in Kenya.\",\"doc_date\":\"3 Feb 2021\"}"),
        "doc_date must be YYYY-MM-DD");
    expect400(
        json(token, "{\"text\":\"Huawei in Kenya.\",\"url\":\"javascript:alert(1)\"}"),
        "url must be an http(s) address");
    expect400(json(token, "{\"text\":\"abc\\u0000\\u0001def\"}"), "looks binary");

    byte[] binary = new byte[4096];
    Arrays.fill(binary, (byte) 7);
    binary[10] = 0;
    expect400(upload(token, "photo.txt", binary), "looks like a binary file");
    expect400(upload(token, "secret.pdf", encryptedPdf()), "is an encrypted PDF");
    expect400(upload(token, "broken.pdf", "%PDF-1.7 not really".getBytes()), "not a readable PDF");
    expect400(upload(token, "memo.docx", "PK...".getBytes()), "unsupported file type");
    expect400(upload(token, "empty.txt", new byte[0]), "empty.txt is empty");
    expect400(
        mvc.perform(
            multipart("/api/v1/extract").param("title", "x").header("Authorization", token)),
        "the text is empty");
    assertThat(documentCount()).isEqualTo(documentsBefore);
  }

  @Test
  void aDocumentOverTheLimitIs413() throws Exception {
    String token = bearer(user(Role.CONTRIBUTOR));
    String big = "Surveillance. ".repeat((int) (MAX_BYTES / 14) + 10);
    ObjectNode body = JSON.createObjectNode().put("text", big);
    mvc.perform(postJson("/api/v1/extract", token, JSON.writeValueAsString(body)))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.error").value("too_large"))
        .andExpect(jsonPath("$.message").value(containsString("the limit is 1.0 MB")));
    mvc.perform(
            multipart("/api/v1/extract").file(txt("big.txt", big)).header("Authorization", token))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.message").value(startsWith("big.txt is too large")));
  }

  @Test
  void anUploadBeyondTheContainersMultipartLimitIs413JsonOverRealHttp() throws Exception {
    // spring.servlet.multipart.max-request-size is 13MB: the server refuses the body before any
    // controller runs, and the answer must still be the JSON error contract.
    MultipartFrame frame = MultipartFrame.textFile("huge.txt");
    byte[] body = new byte[frame.head().length + 14 * 1024 * 1024 + frame.tail().length];
    Arrays.fill(body, (byte) 'a');
    System.arraycopy(frame.head(), 0, body, 0, frame.head().length);
    System.arraycopy(frame.tail(), 0, body, body.length - frame.tail().length, frame.tail().length);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/extract")))
                    .header("Authorization", bearer(user(Role.CONTRIBUTOR)))
                    .header("Content-Type", frame.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.path("error").asString()).isEqualTo("too_large");
    assertThat(error.path("message").asString()).startsWith("the upload is too large");
  }

  @Test
  void acceptingACandidateCreatesADraftWithTheQuoteAsEvidenceThatOnlyContributorsSee()
      throws Exception {
    String name = user(Role.CONTRIBUTOR);
    String token = bearer(name);
    // A text of its own: the same candidate on the same text becomes one draft only.
    String text =
        goldText("sl-01").path("text").asString() + " Reference " + UUID.randomUUID() + ".";
    JsonNode answer = extract(token, text, "2021-02-03", null);
    long documentId = answer.path("document_id").asLong();
    int number = number(answer, candidate(answer, "Huawei", "KE"));
    JsonNode proposed = answer.path("candidates").get(number - 1);
    long transfersBefore = register.countTransfers(Visibility.REVIEWER);

    MvcResult accepted =
        mvc.perform(
                post(candidatePath(documentId, number) + "/accept")
                    .with(contributor(name))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(
                redirectedUrl("/review/extract/documents/" + documentId + "#candidate-" + number))
            .andReturn();
    String transferId = draftId(accepted);

    assertThat(register.countTransfers(Visibility.REVIEWER)).isEqualTo(transfersBefore + 1);
    mvc.perform(get("/api/v1/transfers/" + transferId)).andExpect(status().isNotFound());
    mvc.perform(get("/review/extract/drafts/" + transferId)).andExpect(redirectedUrl("/login"));
    JsonNode draft =
        JSON.readTree(
            okBody(
                mvc,
                get("/api/v1/transfers/" + transferId)
                    .header("Authorization", bearer(user(Role.REVIEWER)))));
    assertThat(
            register.findTransfer(transferId, Visibility.REVIEWER).orElseThrow().transfer().state())
        .isEqualTo(PublicationState.DRAFT);
    assertThat(draft.path("supplier_orgs").get(0).path("name").asString()).isEqualTo("Huawei");
    assertThat(draft.path("recipient_country").asString()).isEqualTo("KE");
    JsonNode source = draft.path("sources").get(0);
    // The quote is the candidate's evidence; sentences that are apart in the text are joined
    // with an ellipsis.
    List<String> quotes = new ArrayList<>();
    proposed.path("evidence").forEach(e -> quotes.add(e.path("text").asString()));
    assertThat(source.path("evidence").asString()).isEqualTo(String.join(" \u2026 ", quotes));
    assertThat(source.path("evidence").asString()).contains("supplied by Huawei");
    assertThat(source.path("date").asString()).isEqualTo("2021-02-03");
    assertThat(source.path("publisher").asString())
        .isEqualTo("Document submitted for extraction (Sightline document " + documentId + ")");

    List<Label> labels = documents.labels(documentId);
    assertThat(labels).hasSize(1);
    assertThat(labels.get(0).decision()).isEqualTo(Decision.ACCEPTED);
    assertThat(labels.get(0).transferId()).isEqualTo(transferId);
    assertThat(labels.get(0).author()).isEqualTo(name);
    assertThat(JSON.readTree(labels.get(0).candidateJson()).path("recipient_country").asString())
        .isEqualTo("KE");

    // A second accept of the same candidate is refused: one decision, one draft.
    mvc.perform(
            post(candidatePath(documentId, number) + "/accept")
                .with(contributor(name))
                .with(csrf()))
        .andExpect(redirectedUrl("/review/extract/documents/" + documentId));
    assertThat(register.countTransfers(Visibility.REVIEWER)).isEqualTo(transfersBefore + 1);
    mvc.perform(get("/review/extract/drafts/" + transferId).with(contributor(name)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(transferId)))
        .andExpect(content().string(containsString("supplied by Huawei")));
    // Another contributor sees drafts they made, not this one (as in the API, drafts are for
    // their author and reviewers).
    mvc.perform(get("/review/extract/drafts/" + transferId).with(contributor("someone-else")))
        .andExpect(status().isNotFound());
  }

  @Test
  void rejectingStoresALabelThatReviewersCanExport() throws Exception {
    String name = user(Role.CONTRIBUTOR);
    JsonNode answer = extract(bearer(name), goldText("sl-05").path("text").asString(), null, null);
    long documentId = answer.path("document_id").asLong();
    long transfersBefore = register.countTransfers(Visibility.REVIEWER);

    mvc.perform(
            post(candidatePath(documentId, 1) + "/reject")
                .param("reason", "bought through distributors, not supplied by the vendor")
                .with(contributor(name))
                .with(csrf()))
        .andExpect(redirectedUrl("/review/extract/documents/" + documentId + "#candidate-1"));

    List<Label> labels = documents.labels(documentId);
    assertThat(labels)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.decision()).isEqualTo(Decision.REJECTED);
              assertThat(l.reason())
                  .isEqualTo("bought through distributors, not supplied by the vendor");
              assertThat(l.transferId()).isNull();
              assertThat(l.fingerprint()).hasSize(64);
            });
    assertThat(register.countTransfers(Visibility.REVIEWER)).isEqualTo(transfersBefore);
    mvc.perform(get("/review/extract/documents/" + documentId).with(contributor(name)))
        .andExpect(content().string(containsString("bought through distributors")));

    String export =
        mvc.perform(
                get("/api/v1/extract/labels").header("Authorization", bearer(user(Role.REVIEWER))))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", startsWith("application/x-ndjson")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    JsonNode line =
        export
            .lines()
            .map(JSON::readTree)
            .filter(n -> n.path("document_id").asLong() == documentId)
            .findFirst()
            .orElseThrow();
    assertThat(line.path("decision").asString()).isEqualTo("rejected");
    // The label carries the candidate that was rejected (the first one of the answer).
    JsonNode rejected = answer.path("candidates").get(0);
    assertThat(line.path("candidate").path("supplier_orgs"))
        .isEqualTo(rejected.path("supplier_orgs"));
    assertThat(line.path("candidate").path("recipient_country"))
        .isEqualTo(rejected.path("recipient_country"));
    mvc.perform(get("/api/v1/extract/labels").header("Authorization", bearer(name)))
        .andExpect(status().isForbidden());
  }

  @Test
  void anEditIsCheckedByTheRegisterRulesFieldByFieldBeforeTheDraftIsMade() throws Exception {
    String name = user(Role.CONTRIBUTOR);
    JsonNode answer = extract(bearer(name), goldText("sl-05").path("text").asString(), null, null);
    long documentId = answer.path("document_id").asLong();
    long transfersBefore = register.countTransfers(Visibility.REVIEWER);

    // "Dahua and Hikvision cameras have been installed in ... Zimbabwe": one joint candidate
    // for both vendors; the edit form starts from its fields, one vendor a line.
    JsonNode zimbabwe = candidate(answer, "Hikvision", "ZW");
    List<String> vendors = new ArrayList<>();
    zimbabwe.path("supplier_orgs").forEach(o -> vendors.add(o.asString()));
    assertThat(vendors).containsExactlyInAnyOrder("Dahua", "Hikvision");
    int number = number(answer, zimbabwe);
    mvc.perform(get(candidatePath(documentId, number) + "/edit").with(contributor(name)))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString(">" + String.join("\n", vendors) + "</textarea>")))
        .andExpect(content().string(containsString("value=\"video_surveillance\" checked")));

    mvc.perform(
            post(candidatePath(documentId, number) + "/edit")
                .param("suppliers", "Dahua")
                .param("recipient_country", "XX")
                .param("status", "delivered")
                .param("year_start", "2019")
                .param("source_evidence", "Dahua and Hikvision cameras have been installed")
                .with(contributor(name))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("unknown ISO 3166-1 alpha-2 country code")))
        .andExpect(content().string(containsString("at least one technology category")))
        .andExpect(content().string(containsString("The draft was not saved.")));
    assertThat(documents.labels(documentId)).isEmpty();
    assertThat(register.countTransfers(Visibility.REVIEWER)).isEqualTo(transfersBefore);

    MvcResult saved =
        mvc.perform(
                post(candidatePath(documentId, number) + "/edit")
                    .param("suppliers", "Hikvision")
                    .param("supplier_country", "cn")
                    .param("recipient_country", "ZW")
                    .param("technologies", "video_surveillance")
                    .param("status", "delivered")
                    .param("end_user", "public schools")
                    .param("source_publisher", "Sightline sample")
                    .param("source_evidence", "Dahua and Hikvision cameras have been installed")
                    .with(contributor(name))
                    .with(csrf()))
            .andExpect(redirectedUrl("/review/extract/documents/" + documentId + "#candidate-2"))
            .andReturn();
    String transferId = draftId(saved);
    Label label = documents.labels(documentId).get(0);
    assertThat(label.decision()).isEqualTo(Decision.EDITED);
    assertThat(label.transferId()).isEqualTo(transferId);
    JsonNode edited = JSON.readTree(label.editedJson());
    assertThat(edited.path("supplier_country").asString()).isEqualTo("CN");
    assertThat(edited.path("supplier_orgs").get(0).path("name").asString()).isEqualTo("Hikvision");
    assertThat(
            register
                .findTransfer(transferId, Visibility.REVIEWER)
                .orElseThrow()
                .transfer()
                .endUser())
        .isEqualTo("public schools");
  }

  @Test
  void theReviewPageHighlightsMentionsAndEvidenceAndEscapesTheDocument() throws Exception {
    String name = user(Role.CONTRIBUTOR);
    String text =
        "<script>alert('x')</script> The system was supplied by Huawei to Kenya's police in"
            + " 2019 under a contract worth KES 1.5 billion.";
    JsonNode answer = extract(bearer(name), text, null, null);
    long documentId = answer.path("document_id").asLong();

    String page =
        mvc.perform(get("/review/extract/documents/" + documentId).with(contributor(name)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("<script>alert"))))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("&lt;script&gt;alert(");
    assertThat(page).contains("class=\"m m-organization\"", "class=\"m m-money\"", "m-country");
    assertThat(page).contains("ev ev-1").contains("id=\"ev-1\"");
    assertThat(page).contains("Accept", "Edit", "Reject");
    mvc.perform(get("/review/extract/documents/" + (documentId + 999)).with(contributor(name)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post(candidatePath(documentId, 99) + "/accept").with(contributor(name)).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(get(candidatePath(documentId, 99) + "/edit").with(contributor(name)))
        .andExpect(status().isNotFound());
  }

  @Test
  void thePageReportsABadDocumentInTheFormAndKeepsWhatWasTyped() throws Exception {
    String name = user(Role.CONTRIBUTOR);
    mvc.perform(
            multipart("/review/extract")
                .param("text", "Huawei cameras for Kenya")
                .param("doc_date", "yesterday")
                .with(contributor(name))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("doc_date must be YYYY-MM-DD")))
        .andExpect(content().string(containsString("Huawei cameras for Kenya</textarea>")));
    MvcResult ok =
        mvc.perform(
                multipart("/review/extract")
                    .param("text", "Huawei supplied cameras to Kenya's police in 2019.")
                    .with(contributor(name))
                    .with(csrf()))
            .andExpect(redirectedUrlPrefix("/review/extract/documents/"))
            .andReturn();
    assertThat(ok.getResponse().getRedirectedUrl()).matches("/review/extract/documents/\\d+");
  }

  @Test
  void documentsWithUndecidedCandidatesAreListedUntilEveryCandidateIsDecided() throws Exception {
    String name = user(Role.CONTRIBUTOR);
    MvcResult submitted =
        mvc.perform(
                multipart("/review/extract")
                    .param(
                        "text", "Huawei supplied surveillance cameras to Kenya's police in 2019.")
                    .param("title", "Cameras for the Kenyan police")
                    .with(contributor(name))
                    .with(csrf()))
            .andReturn();
    String path = submitted.getResponse().getRedirectedUrl();
    long documentId = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    int candidates =
        JSON.readTree(documents.find(documentId).orElseThrow().candidatesJson()).size();
    assertThat(candidates).isPositive();
    String link = "href=\"/review/extract/documents/" + documentId + "\"";

    mvc.perform(get("/review/extract").with(contributor(name)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(link)))
        .andExpect(content().string(containsString("Cameras for the Kenyan police")))
        .andExpect(content().string(containsString("0 of " + candidates + " decided")));

    for (int n = 1; n <= candidates; n++) {
      mvc.perform(
          post(candidatePath(documentId, n) + "/reject")
              .param("reason", "not this one")
              .with(contributor(name))
              .with(csrf()));
    }
    mvc.perform(get("/review/extract").with(contributor(name)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(link))));
  }

  private static org.springframework.test.web.servlet.ResultMatcher redirectedUrlPrefix(
      String prefix) {
    return result ->
        assertThat(result.getResponse().getRedirectedUrl()).isNotNull().startsWith(prefix);
  }

  private RequestPostProcessor contributor(String name) {
    return SignedIn.as(accounts, name, Role.CONTRIBUTOR);
  }

  private static String candidatePath(long documentId, int number) {
    return "/review/extract/documents/" + documentId + "/candidates/" + number;
  }

  /** The draft an accept or edit made: the curator stays on the document, told its id. */
  private static String draftId(MvcResult r) {
    String id = (String) r.getFlashMap().get("draft");
    assertThat(id).startsWith("T-");
    return id;
  }

  private JsonNode extract(String token, String text, String docDate, String url) throws Exception {
    ObjectNode body = JSON.createObjectNode().put("text", text);
    if (docDate != null) {
      body.put("doc_date", docDate);
    }
    if (url != null) {
      body.put("url", url);
    }
    return JSON.readTree(
        okBody(mvc, postJson("/api/v1/extract", token, JSON.writeValueAsString(body))));
  }

  private static JsonNode candidate(JsonNode answer, String supplier, String recipient) {
    for (JsonNode c : answer.path("candidates")) {
      boolean named = false;
      for (JsonNode o : c.path("supplier_orgs")) {
        named |= o.asString().equals(supplier);
      }
      if (named && c.path("recipient_country").asString().equals(recipient)) {
        return c;
      }
    }
    return null;
  }

  private static int number(JsonNode answer, JsonNode candidate) {
    int i = 0;
    for (JsonNode c : answer.path("candidates")) {
      i++;
      if (c.equals(candidate)) {
        return i;
      }
    }
    throw new AssertionError("candidate not in the answer");
  }

  private org.springframework.test.web.servlet.ResultActions json(String token, String body)
      throws Exception {
    return mvc.perform(postJson("/api/v1/extract", token, body));
  }

  private org.springframework.test.web.servlet.ResultActions upload(
      String token, String fileName, byte[] bytes) throws Exception {
    return mvc.perform(
        multipart("/api/v1/extract")
            .file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
            .header("Authorization", token));
  }

  private static void expect400(
      org.springframework.test.web.servlet.ResultActions result, String message) throws Exception {
    result
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("bad_document"))
        .andExpect(jsonPath("$.message").value(containsString(message)));
  }

  private static MockMultipartFile txt(String name, String text) {
    return new MockMultipartFile("file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
  }

  private long documentCount() throws Exception {
    try (var c = database.connection();
        var s = c.createStatement();
        var rs = s.executeQuery("SELECT COUNT(*) FROM extract_document")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static byte[] encryptedPdf() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
