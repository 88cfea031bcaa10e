/**
 * The {@code ipplan} command line: one class per command or family of commands, the options they
 * share, the JSON, CSV, Graphviz DOT and GraphML writers, and the REST example ({@code serve}).
 *
 * <p>{@link io.github.ipplan.examples.cli.Cli} runs it; {@code io.github.ipplan.examples.Ipplan} is
 * the launcher the executable jar names. Everything else is package-private.
 */
package io.github.ipplan.examples.cli;
