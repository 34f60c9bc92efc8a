package org.sightline.app.testing;

import java.nio.charset.StandardCharsets;

/**
 * The bytes around one text file in a hand-written multipart body (field {@code file}), for tests
 * that send more than MockMvc would hold in memory: write {@link #head()}, the file's bytes, then
 * {@link #tail()}, with {@link #contentType()} as the request's content type.
 */
public record MultipartFrame(String boundary, byte[] head, byte[] tail) {
  public static MultipartFrame textFile(String fileName) {
    String boundary = "sightline-test-boundary";
    return new MultipartFrame(
        boundary,
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8),
        ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
  }

  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }
}
