/**
 * The {@code ipplan} command line's entry: {@link io.github.ipplan.cli.Ipplan}, the class the
 * executable jar names, and the {@code ipplan} command the subcommands run under.
 *
 * <p>The packages below it, each depending only on those after it: {@code commands} (one class per
 * command or family of commands and the options they share), {@code serve} (the REST server),
 * {@code export} (the JSON, CSV, data package, Graphviz DOT and GraphML writers) and {@code
 * console} (the exit codes, UTF-8 standard streams, text forms of domain values, files written
 * whole or not at all). Only this package is exported.
 */
package io.github.ipplan.cli;
