/**
 * Runnable single-file examples of the ipplan library, one per use case, each using only the
 * library's modules (core, yaml-loader, json).
 */
@NullMarked
package io.github.ipplan.examples;

import org.jspecify.annotations.NullMarked;
