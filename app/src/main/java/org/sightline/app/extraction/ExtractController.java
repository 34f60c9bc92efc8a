package org.sightline.app.extraction;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.sightline.app.web.ApiError;
import org.sightline.app.web.Roles;
import org.sightline.core.json.Json;
import org.sightline.store.accounts.Role;
import org.sightline.store.documents.Label;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/extract} (contributors): a document in, candidate transfers out. The document
 * is stored (text, digest, title, URL, date, who, when) so the evidence offsets keep their meaning;
 * the register is not touched. Reviewers export the decisions taken on candidates as JSON Lines.
 */
@RestController
@RequestMapping(path = "/api/v1/extract")
record ExtractController(ExtractionService extraction) {
  @Operation(
      summary =
          "Extract candidate transfers from a text (contributor): {text, doc_date?, url?, title?}")
  @PostMapping(
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ObjectNode> extractJson(HttpServletRequest request) {
    JsonNode body = body(request);
    ExtractionService.Submission s =
        new ExtractionService.Submission(
            text(body, "text"),
            null,
            null,
            text(body, "doc_date"),
            text(body, "url"),
            text(body, "title"));
    return ResponseEntity.ok(answer(extraction.submit(s, Roles.currentUser(Role.CONTRIBUTOR))));
  }

  @Operation(summary = "Extract candidate transfers from an uploaded .txt, .html or .pdf file")
  @PostMapping(
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ObjectNode> extractFile(
      @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "doc_date", required = false) String docDate,
      @RequestParam(name = "url", required = false) String url,
      @RequestParam(name = "title", required = false) String title) {
    return ResponseEntity.ok(
        answer(
            extraction.submit(
                ExtractionService.Submission.of(file, text, docDate, url, title),
                Roles.currentUser(Role.CONTRIBUTOR))));
  }

  @Operation(summary = "Every review decision on a candidate, as JSON Lines (reviewer)")
  @GetMapping(path = "/labels", produces = "application/x-ndjson")
  void labels(HttpServletResponse response) throws IOException {
    response.setContentType("application/x-ndjson");
    response.setCharacterEncoding("UTF-8");
    OutputStream out = response.getOutputStream();
    extraction.forEachLabel(
        l -> {
          try {
            out.write(Json.MAPPER.writeValueAsBytes(labelJson(l)));
            out.write('\n');
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    out.flush();
  }

  static ObjectNode labelJson(Label l) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("id", l.id());
    o.put("document_id", l.documentId());
    o.put("candidate_index", l.candidateIndex());
    o.put("fingerprint", l.fingerprint());
    o.put("decision", l.decision().key());
    o.set("candidate", Json.MAPPER.readTree(l.candidateJson()));
    o.set("edited", l.editedJson() == null ? null : Json.MAPPER.readTree(l.editedJson()));
    o.put("transfer_id", l.transferId());
    o.put("reason", l.reason());
    o.put("author", l.author());
    o.put("created_at", l.createdAt().toString());
    return o;
  }

  private ObjectNode answer(ExtractionService.Extraction e) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("document_id", e.document().id());
    o.put("text_length", e.document().text().length());
    o.put("sha256", e.document().sha256());
    o.put("format", e.document().format());
    o.put("title", e.document().title());
    o.set("candidates", e.candidates());
    ArrayNode mentions = o.putArray("mentions");
    for (Mention m : e.mentions()) {
      ObjectNode n = mentions.addObject();
      n.put("start", m.start());
      n.put("end", m.end());
      n.put("kind", m.kind());
      n.put("label", m.label());
    }
    return o;
  }

  /** Reads the JSON body; RequestSizeFilter has already bounded it (LimitsConfiguration). */
  private JsonNode body(HttpServletRequest request) {
    byte[] bytes;
    try (InputStream in = request.getInputStream()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new DocumentRejected("the request body could not be read", false);
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (JacksonException e) {
      throw new DocumentRejected("the body is not valid JSON", false);
    }
    if (node == null || !node.isObject()) {
      throw new DocumentRejected(
          "the body must be a JSON object {text, doc_date?, url?, title?}", false);
    }
    return node;
  }

  private static String text(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isString()) {
      throw new DocumentRejected(field + " must be a string", false);
    }
    return n.asString();
  }

  @ExceptionHandler(DocumentRejected.class)
  ResponseEntity<ApiError> rejected(DocumentRejected e) {
    return ResponseEntity.status(
            e.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST)
        .contentType(MediaType.APPLICATION_JSON)
        .body(ApiError.of(e.tooLarge() ? "too_large" : "bad_document", e.getMessage()));
  }
}
