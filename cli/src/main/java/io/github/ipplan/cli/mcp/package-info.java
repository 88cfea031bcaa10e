/**
 * {@code ipplan mcp}: the plans as a Model Context Protocol server over standard input and output,
 * with tools that mirror the command line and each plan as a resource.
 *
 * <p>{@link io.github.ipplan.cli.mcp.McpStdio} serves; everything else is package-private.
 */
@NullMarked
package io.github.ipplan.cli.mcp;

import org.jspecify.annotations.NullMarked;
