/**
 * Plans in ipplan's YAML format: the bundled plans ({@link io.github.ipplan.yaml.BundledPlans}),
 * users' own files ({@link io.github.ipplan.yaml.PlanLoader}), the way back to YAML ({@link
 * io.github.ipplan.yaml.PlanWriter}), and drafts of plan files from published text ({@link
 * io.github.ipplan.yaml.PlanImporter}).
 */
// On the package, not on LoadOptions: a class's Style annotation would be read by every program
// compiled against it, without Immutables on its class path.
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    // Keep the generated class free of annotations whose classes consumers do not have.
    allowedClasspathAnnotations = {Override.class})
@NullMarked
package io.github.ipplan.yaml;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
