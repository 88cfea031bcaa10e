package io.github.ipplan.cli.serve;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Requests written byte for byte on a socket, as no HTTP client library would send them. */
final class RawHttp {
  /** An answer: its status, its head (lower-cased) and its body. */
  record Answer(int status, String head, String body) {}

  private RawHttp() {}

  /** Opens a socket to the server, with a read timeout. */
  static Socket connect(URI server, int readTimeoutMillis) throws IOException {
    Socket socket = new Socket(server.getHost(), server.getPort());
    socket.setSoTimeout(readTimeoutMillis);
    return socket;
  }

  /**
   * Opens a socket with a receive buffer of 1 KiB and sends the same request the given number of
   * times on it, pipelined, reading none of the answers.
   */
  static Socket neverReading(URI server, String target, int times) throws IOException {
    Socket socket = new Socket();
    socket.setReceiveBufferSize(1024);
    socket.connect(new java.net.InetSocketAddress(server.getHost(), server.getPort()));
    socket
        .getOutputStream()
        .write(
            ("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n").repeat(times).getBytes(ISO_8859_1));
    return socket;
  }

  /**
   * Waits up to the given time for the server to hold no connection, and returns how many it holds.
   */
  static int connectionsAfterWaiting(RestServer server, long seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (server.connections() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    return server.connections();
  }

  /** Sends the bytes as they are and reads the answer until the server closes the connection. */
  static Answer exchange(URI server, byte[] request) throws IOException {
    try (Socket socket = connect(server, 5000)) {
      socket.getOutputStream().write(request);
      byte[] bytes = readAtMost(socket.getInputStream(), 4 * 1024 * 1024);
      String text = new String(bytes, UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      String body = end < 0 ? "" : text.substring(end + 4);
      int status = head.startsWith("HTTP/1.1 ") ? Integer.parseInt(head.substring(9, 12)) : -1;
      return new Answer(status, head.toLowerCase(Locale.ROOT), body);
    }
  }

  /** Sends a request written in Latin-1 (each char one byte). */
  static Answer exchange(URI server, String request) throws IOException {
    return exchange(server, request.getBytes(ISO_8859_1));
  }

  /** A GET of the raw target with a Host header, closing the connection after the answer. */
  static String get(String target) {
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  }

  private static byte[] readAtMost(InputStream in, int max) throws IOException {
    byte[] buffer = new byte[8192];
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (int read = in.read(buffer); read >= 0 && all.size() < max; read = in.read(buffer)) {
      all.write(buffer, 0, read);
    }
    return all.toByteArray();
  }
}
