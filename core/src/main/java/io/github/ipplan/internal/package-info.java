/**
 * Rules and helpers that ipplan's own modules share: text checks, quoting for messages, and the
 * index of body names. Not part of the API: the module exports this package only to ipplan's own
 * modules, and its types may change in any release.
 */
@NullMarked
package io.github.ipplan.internal;

import org.jspecify.annotations.NullMarked;
