package org.sightline.core.extract.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a document into clean text: {@code .txt} (BOM, then strict UTF-8, then a charset detector),
 * {@code .html} (main text without navigation, header, footer, asides, scripts and styles; one
 * blank line between blocks), {@code .pdf} (PDFBox text; encrypted or corrupt files are refused)
 * and pasted text. Empty, binary and oversized input are refused with an {@link IntakeException}
 * whose message is one line. Reads only what it is given; writes nothing.
 */
public final class DocumentIntake {
  /** The default size limit: 20 MB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private final long maxBytes;

  public DocumentIntake() {
    this(DEFAULT_MAX_BYTES);
  }

  public DocumentIntake(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Reads a file; the format comes from its extension (.txt, .text, .htm, .html, .pdf). */
  public DocumentText read(Path file) throws IntakeException {
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new IntakeException("no such file: " + file);
    } catch (IOException e) {
      throw new IntakeException("cannot read " + file + ": " + e.getMessage(), e);
    }
    checkSize(size, file.toString());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IntakeException("cannot read " + file + ": " + e.getMessage(), e);
    }
    Path name = file.getFileName(); // null only for a root, which is no file to read
    return read(bytes, name == null ? file.toString() : name.toString());
  }

  /** Reads a stream (an upload) up to the size limit. */
  public DocumentText read(InputStream in, String fileName) throws IntakeException {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      checkSize(bytes.length, fileName);
      return read(bytes, fileName);
    } catch (IOException e) {
      throw new IntakeException("cannot read " + fileName + ": " + e.getMessage(), e);
    }
  }

  /** Reads bytes whose format is given by {@code fileName}'s extension. */
  public DocumentText read(byte[] bytes, String fileName) throws IntakeException {
    checkSize(bytes.length, fileName);
    if (bytes.length == 0) {
      throw new IntakeException(fileName + " is empty");
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    DocumentText result;
    if (name.endsWith(".pdf") || startsWith(bytes, "%PDF-")) {
      result = pdf(bytes, fileName);
    } else if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      result = html(bytes, fileName);
    } else if (name.endsWith(".txt")
        || name.endsWith(".text")
        || name.endsWith(".md")
        || !name.contains(".")) {
      Decoded d = decode(bytes, fileName);
      result = new DocumentText(cleanText(d.text()), "txt", d.charset(), null);
    } else {
      throw new IntakeException(
          "unsupported file type: " + fileName + " (use .txt, .html or .pdf, or paste the text)");
    }
    if (result.text().isBlank()) {
      throw new IntakeException(fileName + " contains no text");
    }
    return result;
  }

  /** Pasted text (a form field, stdin): checked for size and emptiness, line ends normalised. */
  public DocumentText pasted(String text) throws IntakeException {
    if (text == null || text.isBlank()) {
      throw new IntakeException("the text is empty");
    }
    checkSize((long) text.length() * 2, "the text");
    return new DocumentText(cleanText(text), "pasted", null, null);
  }

  private void checkSize(long size, String what) throws IntakeException {
    if (size > maxBytes) {
      throw new IntakeException(
          String.format(
              Locale.ROOT,
              "%s is too large (%.1f MB; the limit is %.1f MB)",
              what,
              size / 1048576.0,
              maxBytes / 1048576.0));
    }
  }

  private static boolean startsWith(byte[] b, String prefix) {
    if (b.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (b[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Decoded text and the character set it was read with. */
  record Decoded(String text, String charset) {}

  /** Decodes text bytes: BOM, strict UTF-8, else the detector's guess, else windows-1252. */
  Decoded decode(byte[] bytes, String fileName) throws IntakeException {
    if (looksBinary(bytes)) {
      throw new IntakeException(fileName + " looks like a binary file, not text");
    }
    Charset cs = null;
    int skip = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    if (cs != null) {
      return new Decoded(new String(bytes, skip, bytes.length - skip, cs), cs.name());
    }
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new Decoded(s, "UTF-8");
    } catch (CharacterCodingException notUtf8) {
      UniversalDetector detector = new UniversalDetector();
      detector.handleData(bytes, 0, bytes.length);
      detector.dataEnd();
      String guess = detector.getDetectedCharset();
      Charset detected = Charset.forName("windows-1252");
      if (guess != null && Charset.isSupported(guess)) {
        detected = Charset.forName(guess);
      }
      return new Decoded(new String(bytes, detected), detected.name());
    }
  }

  /** NUL bytes or many control characters in the first 8 KB mean binary (UTF-16 has a BOM). */
  private static boolean looksBinary(byte[] bytes) {
    boolean utf16Bom =
        bytes.length >= 2
            && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE));
    if (utf16Bom) {
      return false;
    }
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        control++;
      }
    }
    return control > n / 20;
  }

  /** Unix line ends, no trailing spaces before a line end; nothing else changes. */
  static String cleanText(String text) {
    String s = text.replace("\r\n", "\n").replace('\r', '\n');
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    return s.strip();
  }

  private DocumentText html(byte[] bytes, String fileName) throws IntakeException {
    Decoded raw = decode(bytes, fileName);
    Document doc = Jsoup.parse(raw.text());
    doc.select(
            "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg,"
                + " button, [role=navigation], [role=banner], [role=contentinfo],"
                + " [aria-hidden=true], .nav, .navbar, .menu, .footer, .header, .sidebar,"
                + " .advert, .ad, .share, .social, .cookie, .comments")
        .remove();
    Element main = doc.selectFirst("article");
    if (main == null) {
      main = doc.selectFirst("main, [role=main]");
    }
    if (main == null) {
      main = doc.body();
    }
    StringBuilder out = new StringBuilder();
    if (main != null) {
      appendBlocks(main, out);
    }
    String text =
        out.toString()
            .replaceAll("[ \\t\\x0B\\f]+", " ")
            .replaceAll(" *\n *", "\n")
            .replaceAll("\n{3,}", "\n\n")
            .strip();
    String title = doc.title().isBlank() ? null : doc.title().strip();
    return new DocumentText(text, "html", raw.charset(), title);
  }

  private static final java.util.Set<String> BLOCKS =
      java.util.Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "blockquote",
          "section",
          "article",
          "main",
          "pre",
          "table",
          "tr",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "figcaption",
          "address",
          "hr");

  /** Text of an element with a blank line between block-level elements. */
  private static void appendBlocks(Element el, StringBuilder out) {
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode t) {
        out.append(t.getWholeText().replace('\n', ' '));
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          out.append('\n');
        } else if (BLOCKS.contains(tag)) {
          out.append("\n\n");
          appendBlocks(e, out);
          out.append("\n\n");
        } else {
          appendBlocks(e, out);
        }
      }
    }
  }

  private DocumentText pdf(byte[] bytes, String fileName) throws IntakeException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.isEncrypted()) {
        throw new IntakeException(fileName + " is an encrypted PDF; remove the protection first");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setParagraphStart("\n");
      String text = cleanText(stripper.getText(doc));
      String title =
          doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
      if (text.isBlank()) {
        throw new IntakeException(
            fileName + " has no text layer (a scanned PDF?); extraction needs text");
      }
      return new DocumentText(text, "pdf", null, title);
    } catch (InvalidPasswordException e) {
      throw new IntakeException(fileName + " is an encrypted PDF; remove the protection first", e);
    } catch (IOException e) {
      throw new IntakeException(fileName + " is not a readable PDF (" + oneLine(e) + ")", e);
    }
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
