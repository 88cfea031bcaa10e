/**
 * What every part of the command line shares: the exit codes, the failure that ends a command with
 * one, UTF-8 standard streams, domain values as text and enum constants as words, counts with their
 * nouns, and files written whole or not at all.
 */
package io.github.ipplan.cli.console;
