/**
 * Rules and helpers that ipplan's own modules share: text checks, quoting for messages, folding of
 * names and texts for comparison and search, and the index of body names with its "did you mean"
 * hints. The package imports nothing from the API package: the domain passes in the values its
 * rules need (ids and names of bodies, numerals and titles of headings). Not part of the API: the
 * module exports this package only to ipplan's own modules, and its types may change in any
 * release.
 */
@NullMarked
package io.github.ipplan.internal;

import org.jspecify.annotations.NullMarked;
