/**
 * The REST server of {@code ipplan serve}: the routes apart from any server, and the Jetty server
 * that answers them within its limits.
 */
package io.github.ipplan.cli.serve;
