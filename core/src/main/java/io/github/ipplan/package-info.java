/**
 * The ipplan domain: Chinese intellectual-property policy plans as immutable values.
 *
 * <p>A {@link io.github.ipplan.Plan} holds numbered {@link io.github.ipplan.Measure measures} under
 * a {@link io.github.ipplan.Heading heading} outline, flagship {@link io.github.ipplan.Project
 * projects} and quantitative {@link io.github.ipplan.Indicator indicators}. Each measure assigns
 * its work to {@link io.github.ipplan.Agency bodies} through {@link io.github.ipplan.Responsibility
 * responsibilities}: the first body printed leads, the others take part. A {@link
 * io.github.ipplan.PlanCatalog} holds several plans with the registry of bodies and answers queries
 * such as "which tasks does 知识产权局 lead?".
 *
 * <p>Every type in this package is immutable and thread-safe. No method accepts or returns {@code
 * null}; absent values are {@link java.util.Optional#empty()}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    // Each value type's public Builder extends its package-private generated builder, so javadoc
    // documents the setters as the Builder's own and no generated type appears in the API.
    // Compiled calls reach those setters; Method.invoke from another package does not, as they
    // are declared in the hidden class. Measure.Builder's form (an abstract public Builder that
    // the generated one extends) declares them publicly where reflection needs that.
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = false),
    typeImmutable = "Immutable*",
    // Keep the generated classes free of annotations whose classes consumers do not have.
    allowedClasspathAnnotations = {Override.class})
@NullMarked
package io.github.ipplan;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
