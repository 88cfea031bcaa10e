package io.github.ipplan.cli.serve;

import java.time.Duration;

/**
 * What {@code serve} grants one client and all of them together, so that no client can stop it from
 * answering the others (the README's "Limits of serve" lists them and what a client sees).
 *
 * @param maxConnections connections open at once; beyond, new ones wait in the system's backlog and
 *     idle ones are closed after {@code busyIdleTimeout}
 * @param busyIdleTimeout the idle timeout of every connection while {@code maxConnections} are open
 * @param threads the HTTP server's threads (reading, parsing and answering cheap routes)
 * @param queuedTasks the HTTP server's tasks waiting for a thread; beyond, a connection is closed
 * @param headTimeout the longest a connection may take to send a complete request head (request
 *     line and headers), counted from its opening or from its last answer; then it is closed
 * @param idleTimeout the longest a connection may send and take nothing; then it is closed
 * @param answerTimeout the longest a client may take to receive one answer; then it is closed
 * @param maxHeadBytes the bytes of a request line and of all headers together (414 and 431 beyond)
 * @param maxQueryChars the characters of a decoded search query (400 beyond)
 * @param maxTerms the terms of a search query, words separated by white space (400 beyond)
 * @param searchThreads the searches run at once, on threads of their own (half the processors, at
 *     least one, so that searches leave the other half to the other routes)
 * @param queuedSearches the searches waiting for one of those threads (503 beyond)
 * @param searchWait the longest a search may wait for a thread (503 beyond)
 * @param maxAnswerBytes the bytes of answers held at once, being written to clients (503 beyond)
 */
record ServeLimits(
    int maxConnections,
    Duration busyIdleTimeout,
    int threads,
    int queuedTasks,
    Duration headTimeout,
    Duration idleTimeout,
    Duration answerTimeout,
    int maxHeadBytes,
    int maxQueryChars,
    int maxTerms,
    int searchThreads,
    int queuedSearches,
    Duration searchWait,
    int maxAnswerBytes) {

  /** The limits {@code serve} runs with. */
  static final ServeLimits DEFAULT =
      new ServeLimits(
          256,
          Duration.ofSeconds(1),
          16,
          1024,
          Duration.ofSeconds(10),
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          16 * 1024,
          1000,
          64,
          Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
          256,
          Duration.ofSeconds(10),
          64 * 1024 * 1024);

  /** Returns these limits with other timeouts for request heads, idleness and answers. */
  ServeLimits withTimeouts(Duration head, Duration idle, Duration answer) {
    return new ServeLimits(
        maxConnections,
        busyIdleTimeout,
        threads,
        queuedTasks,
        head,
        idle,
        answer,
        maxHeadBytes,
        maxQueryChars,
        maxTerms,
        searchThreads,
        queuedSearches,
        searchWait,
        maxAnswerBytes);
  }

  /** Returns these limits with another connection limit and idle timeout at that limit. */
  ServeLimits withConnections(int max, Duration busyIdle) {
    return new ServeLimits(
        max,
        busyIdle,
        threads,
        queuedTasks,
        headTimeout,
        idleTimeout,
        answerTimeout,
        maxHeadBytes,
        maxQueryChars,
        maxTerms,
        searchThreads,
        queuedSearches,
        searchWait,
        maxAnswerBytes);
  }

  /** Returns these limits with other search threads, queue, and answer bytes held. */
  ServeLimits withSearchesAndAnswers(int threads, int queued, int answerBytes) {
    return new ServeLimits(
        maxConnections,
        busyIdleTimeout,
        this.threads,
        queuedTasks,
        headTimeout,
        idleTimeout,
        answerTimeout,
        maxHeadBytes,
        maxQueryChars,
        maxTerms,
        threads,
        queued,
        searchWait,
        answerBytes);
  }
}
