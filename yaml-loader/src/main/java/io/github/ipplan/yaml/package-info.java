/**
 * Plans in ipplan's YAML format: the bundled plans ({@link io.github.ipplan.yaml.BundledPlans}),
 * users' own files ({@link io.github.ipplan.yaml.PlanLoader}) and the way back to YAML ({@link
 * io.github.ipplan.yaml.PlanWriter}).
 */
@NullMarked
package io.github.ipplan.yaml;

import org.jspecify.annotations.NullMarked;
