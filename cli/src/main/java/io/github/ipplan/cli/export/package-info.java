/**
 * The command line's writers: its JSON documents, the CSV matrix, the tabular data package, the
 * Graphviz DOT and GraphML networks, and the counts they print.
 */
package io.github.ipplan.cli.export;
