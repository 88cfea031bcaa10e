package io.github.ipplan.cli.serve;

import io.github.ipplan.PlanCatalog;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The REST server on Jetty's embedded HTTP server (its core API, no servlets): serves {@link
 * RestApi}'s routes until {@link #stop()}, within {@link ServeLimits}.
 *
 * <p>Jetty rather than the JDK's {@code com.sun.net.httpserver}: the JDK's server reads each
 * request head on a worker thread with no time limit, so a few clients that send half a request
 * hold every worker; it has no limit on connections, and it answers a malformed escape in the path
 * with an HTML page before any handler sees the request. Jetty reads heads without holding a
 * thread, bounds the head's bytes, limits connections, and lets every error answer be JSON.
 */
public final class RestServer implements AutoCloseable {
  private final Server server;
  private final ServerConnector connector;
  private final ConnectionWatch watch;
  private final ThreadPoolExecutor searches;

  private RestServer(
      Server server,
      ServerConnector connector,
      ConnectionWatch watch,
      ThreadPoolExecutor searches) {
    this.server = server;
    this.connector = connector;
    this.watch = watch;
    this.searches = searches;
  }

  /** How long {@link #stop} lets requests in progress finish, in milliseconds. */
  static final int STOP_GRACE_MILLIS = 250;

  /**
   * Starts serving the catalog within the default limits.
   *
   * @param catalog the plans to serve
   * @param runner runs the command a route stands for
   * @param address the address to listen on, such as the loopback address
   * @param port the port, or 0 for any free one
   * @return the running server
   * @throws IOException if the address cannot be bound
   */
  public static RestServer start(
      PlanCatalog catalog, CommandRunner runner, InetAddress address, int port) throws IOException {
    return start(catalog, runner, address, port, ServeLimits.DEFAULT);
  }

  /**
   * Starts serving the catalog within the given limits.
   *
   * @param catalog the plans to serve
   * @param runner runs the command a route stands for
   * @param address the address to listen on, such as the loopback address
   * @param port the port, or 0 for any free one
   * @param limits the limits and timeouts
   * @return the running server
   * @throws IOException if the address cannot be bound
   */
  static RestServer start(
      PlanCatalog catalog, CommandRunner runner, InetAddress address, int port, ServeLimits limits)
      throws IOException {
    QueuedThreadPool pool =
        new QueuedThreadPool(
            limits.threads(),
            Math.min(4, limits.threads()),
            60_000,
            new ArrayBlockingQueue<>(limits.queuedTasks()));
    pool.setName("ipplan-rest");
    pool.setDaemon(true);
    // Ctrl-C stops the server within half a second: requests in progress get a short grace, and
    // threads still busy after it are left to the exiting process (they are daemons).
    pool.setStopTimeout(STOP_GRACE_MILLIS);
    Server server = new Server(pool);
    server.setStopTimeout(STOP_GRACE_MILLIS);

    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(limits.maxHeadBytes());
    http.setSendServerVersion(false);
    // Escapes are decoded by RestApi, which answers a malformed one with its own 400.
    http.setUriCompliance(
        UriCompliance.DEFAULT.with(
            "ipplan",
            UriCompliance.Violation.BAD_PERCENT_ENCODING,
            UriCompliance.Violation.BAD_UTF8_ENCODING,
            UriCompliance.Violation.TRUNCATED_UTF8_ENCODING));
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(address.getHostAddress());
    connector.setPort(port);
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    ConnectionWatch watch = new ConnectionWatch(limits);
    connector.addEventListener(watch);
    server.addConnector(connector);
    NetworkConnectionLimit connections =
        new NetworkConnectionLimit(limits.maxConnections(), connector);
    connections.setEndPointIdleTimeout(limits.busyIdleTimeout().toMillis());
    server.addBean(connections);

    ThreadPoolExecutor searches =
        new ThreadPoolExecutor(
            limits.searchThreads(),
            limits.searchThreads(),
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(limits.queuedSearches()),
            task -> {
              Thread thread = new Thread(task, "ipplan-rest-search");
              thread.setDaemon(true);
              return thread;
            });
    // The catalog folds its texts for search on the first search: do it before the first client.
    catalog.search("ipplan");
    RestServer rest = new RestServer(server, connector, watch, searches);
    server.setErrorHandler(new JsonErrorHandler(limits));
    server.setHandler(new Routes(new RestApi(catalog, runner, limits), limits, watch, searches));
    try {
      server.start();
    } catch (Exception e) {
      rest.stop();
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
    return rest;
  }

  /**
   * Returns the address it listens on, such as {@code http://127.0.0.1:8080/}.
   *
   * @return the address
   */
  public URI uri() {
    String host = connector.getHost();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
  }

  /** Returns the number of connections open. */
  int connections() {
    return watch.open();
  }

  /**
   * Stops listening, lets the requests in progress finish for up to {@value #STOP_GRACE_MILLIS}
   * milliseconds, and returns.
   */
  public void stop() {
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping is best effort: the port is closed first, and what is left is daemon threads.
    }
    watch.stop();
    searches.shutdownNow();
  }

  @Override
  public void close() {
    stop();
  }

  /** The routes on the server: searches on their own threads, everything else at once. */
  private static final class Routes extends Handler.Abstract {
    private final RestApi api;
    private final ServeLimits limits;
    private final ConnectionWatch watch;
    private final ThreadPoolExecutor searches;
    private final Semaphore answerBytes;

    Routes(RestApi api, ServeLimits limits, ConnectionWatch watch, ThreadPoolExecutor searches) {
      this.api = api;
      this.limits = limits;
      this.watch = watch;
      this.searches = searches;
      this.answerBytes = new Semaphore(limits.maxAnswerBytes());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      Connection connection = request.getConnectionMetaData().getConnection();
      watch.busy(connection);
      Callback done =
          Callback.from(
              () -> {
                watch.waiting(connection);
                callback.succeeded();
              },
              callback::failed);
      String method = request.getMethod();
      HttpURI uri = request.getHttpURI();
      String rawPath = uri.getPath();
      String rawQuery = uri.getQuery();
      if (method.equals("GET") && RestApi.isSearch(rawPath)) {
        long queued = System.nanoTime();
        try {
          searches.execute(
              () -> {
                if (System.nanoTime() - queued > limits.searchWait().toNanos()) {
                  send(response, done, busy("waited for a search thread too long"));
                } else {
                  send(response, done, answer(method, rawPath, rawQuery));
                }
              });
        } catch (RejectedExecutionException e) {
          send(response, done, busy(limits.queuedSearches() + " searches are waiting"));
        }
      } else {
        send(response, done, answer(method, rawPath, rawQuery));
      }
      return true;
    }

    private RestApi.Response answer(String method, String rawPath, String rawQuery) {
      try {
        return api.handle(method, rawPath, rawQuery);
      } catch (RuntimeException e) {
        return RestApi.error(500, "Internal error: " + e.getClass().getSimpleName() + ".");
      }
    }

    private static RestApi.Response busy(String why) {
      return RestApi.error(503, "The server is busy (" + why + "); try again in a second.");
    }

    private void send(Response response, Callback done, RestApi.Response answer) {
      byte[] body = answer.bytes();
      int held = body.length;
      if (!answerBytes.tryAcquire(held)) {
        held = 0;
        answer =
            busy(
                String.format(
                    Locale.ROOT,
                    "it holds %,d bytes of answers not yet sent",
                    limits.maxAnswerBytes()));
        body = answer.bytes();
      }
      int release = held;
      response.setStatus(answer.status());
      response.getHeaders().put(JsonErrorHandler.JSON);
      if (answer.status() == 405) {
        response.getHeaders().put(HttpHeader.ALLOW, "GET");
      } else if (answer.status() == 503) {
        response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
      }
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
      response.write(
          true,
          ByteBuffer.wrap(body),
          Callback.from(
              () -> {
                answerBytes.release(release);
                done.succeeded();
              },
              failure -> {
                answerBytes.release(release);
                done.failed(failure);
              }));
    }
  }
}
