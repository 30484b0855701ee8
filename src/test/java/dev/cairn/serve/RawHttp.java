package dev.cairn.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends a request byte for byte, so that tests can send what HTTP clients would clean up. */
final class RawHttp {

  private RawHttp() {}

  static RawResponse get(int port, String target, String host) throws IOException {
    return send(
        port, "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
  }

  static RawResponse send(int port, String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      try {
        in.transferTo(bytes);
      } catch (IOException e) {
        // a reset after the response, or instead of one
      }
      String text = bytes.toString(StandardCharsets.ISO_8859_1);
      if (!text.startsWith("HTTP/1.")) return new RawResponse(-1, text);
      int status = Integer.parseInt(text.substring(9, 12));
      int bodyStart = text.indexOf("\r\n\r\n");
      return new RawResponse(status, bodyStart < 0 ? "" : text.substring(bodyStart + 4));
    }
  }
}
