/** Runnable uses of ipplan, one class per use case, and the {@code ipplan} command line. */
@NullMarked
package io.github.ipplan.examples;

import org.jspecify.annotations.NullMarked;
