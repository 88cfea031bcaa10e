package io.github.ipplan.cli.serve;

import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers to what the HTTP server refuses before the routes see it (a request line or headers
 * over the limit, a request that is not HTTP): the routes' JSON error form, {@code {"status",
 * "error"}}, never HTML.
 */
final class JsonErrorHandler extends ErrorHandler {
  static final HttpField JSON =
      new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");

  private final ServeLimits limits;

  JsonErrorHandler(ServeLimits limits) {
    this.limits = limits;
  }

  /** Says what was wrong with a request the server refused with this status. */
  String message(int status, String reason) {
    String limit = String.format(Locale.ROOT, "%,d", limits.maxHeadBytes());
    switch (status) {
      case HttpStatus.URI_TOO_LONG_414:
        return "The request line is longer than " + limit + " bytes.";
      case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431:
        return "The request line and headers are larger than " + limit + " bytes.";
      case HttpStatus.BAD_REQUEST_400:
        return "Not a well-formed HTTP request"
            + (reason == null || reason.equals("Bad Request")
                ? "."
                : ": " + RestApi.quoted(reason) + ".");
      default:
        String name = HttpStatus.getMessage(status);
        return name
            + (reason == null || reason.equals(name) ? "." : ": " + RestApi.quoted(reason) + ".");
    }
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    String reason = message;
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof NumberFormatException) {
        reason = "malformed percent escape in the path";
      } else if (t.getCause() == null && t.getMessage() != null && t != cause) {
        reason = t.getMessage();
      }
    }
    byte[] body = RestApi.error(code, message(code, reason)).bytes();
    response.getHeaders().put(JSON);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
