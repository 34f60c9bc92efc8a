package org.sightline.core.extract.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentIntakeTest {
  private final DocumentIntake intake = new DocumentIntake();

  @Test
  void utf8TextWithABomIsReadAndTheBomDropped(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    byte[] body = "Côte d’Ivoire bought cameras.\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(f, withBom);
    DocumentText t = intake.read(f);
    assertThat(t.text()).isEqualTo("Côte d’Ivoire bought cameras.");
    assertThat(t.format()).isEqualTo("txt");
  }

  @Test
  void legacyEncodingsAreDetected() throws Exception {
    String text =
        "Le ministère de l'Intérieur a acheté des caméras à Huawei pour la sécurité"
            + " publique, a déclaré le préfet. Les caméras sont installées près de l'hôpital.";
    DocumentText t = intake.read(text.getBytes(Charset.forName("ISO-8859-1")), "note.txt");
    assertThat(t.text()).isEqualTo(text);
    assertThat(t.charset()).isNotEqualTo("UTF-8");
  }

  @Test
  void htmlKeepsTheArticleAndDropsBoilerplate() throws Exception {
    String html =
        "<html><head><title>Deal</title><style>p{}</style></head><body>"
            + "<nav>Home | World</nav><header>Daily News</header>"
            + "<article><h1>Kenya buys cameras</h1><p>Huawei supplied <b>1,800</b> cameras.</p>"
            + "<aside>Related: sport</aside><p>The deal was signed in 2019.</p></article>"
            + "<footer>© 2020</footer><script>track()</script></body></html>";
    DocumentText t = intake.read(html.getBytes(StandardCharsets.UTF_8), "page.html");
    assertThat(t.text())
        .isEqualTo(
            "Kenya buys cameras\n\nHuawei supplied 1,800 cameras.\n\nThe deal was signed in 2019.");
    assertThat(t.title()).isEqualTo("Deal");
  }

  @Test
  void pdfTextIsExtracted() throws Exception {
    byte[] pdf = pdf("Uganda bought cameras from Huawei in 2019.", null);
    DocumentText t = intake.read(pdf, "report.pdf");
    assertThat(t.text()).contains("Uganda bought cameras from Huawei in 2019.");
    assertThat(t.format()).isEqualTo("pdf");
  }

  @Test
  void encryptedCorruptBinaryEmptyAndHugeInputAreRefusedWithOneLine() throws Exception {
    byte[] locked = pdf("secret", "owner-password");
    assertThatThrownBy(() -> intake.read(locked, "locked.pdf"))
        .isInstanceOf(IntakeException.class)
        .hasMessageContaining("encrypted PDF");
    assertThatThrownBy(
            () -> intake.read("%PDF-1.7 garbage".getBytes(StandardCharsets.US_ASCII), "bad.pdf"))
        .isInstanceOf(IntakeException.class)
        .hasMessageContaining("not a readable PDF");
    byte[] binary = {0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02, 0x00, 0x00};
    assertThatThrownBy(() -> intake.read(binary, "tool.txt"))
        .isInstanceOf(IntakeException.class)
        .hasMessage("tool.txt looks like a binary file, not text");
    assertThatThrownBy(() -> intake.read(new byte[0], "empty.txt"))
        .hasMessage("empty.txt is empty");
    assertThatThrownBy(() -> intake.pasted("  \n ")).hasMessage("the text is empty");
    assertThatThrownBy(() -> new DocumentIntake(10).read(new byte[11], "big.txt"))
        .hasMessageContaining("too large");
    assertThatThrownBy(() -> intake.read("x".getBytes(StandardCharsets.UTF_8), "sheet.xlsx"))
        .hasMessageContaining("unsupported file type");
    for (String m : new String[] {"a", "b"}) {
      assertThat(m).doesNotContain("\n");
    }
  }

  private static byte[] pdf(String line, String ownerPassword) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText(line);
        cs.endText();
      }
      if (ownerPassword != null) {
        StandardProtectionPolicy p =
            new StandardProtectionPolicy(ownerPassword, "user-password", new AccessPermission());
        p.setEncryptionKeyLength(128);
        doc.protect(p);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
