/**
 * The subcommands of {@code ipplan}, one class per command or family of commands, and the options
 * they share. Each runs under {@link io.github.ipplan.cli.commands.CommandRoot}; {@link
 * io.github.ipplan.cli.commands.Commands} lists them.
 */
package io.github.ipplan.cli.commands;
