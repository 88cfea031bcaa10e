/**
 * ipplan's JSON form on Jackson: register {@link io.github.ipplan.json.IpplanModule} on an {@code
 * ObjectMapper} to write plans, measures, bodies and the rest, and to read a catalog document
 * ({@code {"bodies": [...], "plans": [...]}}) back into a {@link io.github.ipplan.PlanCatalog}. The
 * JSON Schema of the form ships beside the classes as {@value
 * io.github.ipplan.json.IpplanModule#SCHEMA_RESOURCE}.
 */
@NullMarked
package io.github.ipplan.json;

import org.jspecify.annotations.NullMarked;
