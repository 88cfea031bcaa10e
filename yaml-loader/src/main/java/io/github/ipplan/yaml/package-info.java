/**
 * Plans in ipplan's YAML format: the bundled plans ({@link io.github.ipplan.yaml.BundledPlans}),
 * users' own files ({@link io.github.ipplan.yaml.PlanLoader}), the way back to YAML ({@link
 * io.github.ipplan.yaml.PlanWriter}), and drafts of plan files from published text ({@link
 * io.github.ipplan.yaml.PlanImporter}).
 */
@NullMarked
package io.github.ipplan.yaml;

import org.jspecify.annotations.NullMarked;
