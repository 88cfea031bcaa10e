/** JMH benchmarks of loading, querying and scaling, and the report that runs them all. */
@NullMarked
package io.github.ipplan.benchmarks;

import org.jspecify.annotations.NullMarked;
