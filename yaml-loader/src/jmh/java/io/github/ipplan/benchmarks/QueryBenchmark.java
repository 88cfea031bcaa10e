package io.github.ipplan.benchmarks;

import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The catalog's queries against a linear scan of the same data, on the bundled plans. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class QueryBenchmark {
  /** The name to look up, for the agency benchmarks only. */
  @State(Scope.Benchmark)
  public static class Name {
    /** A name of 知识产权局 of each kind: printed, full, English, abbreviation. */
    @Param({"知识产权局", "国家知识产权局", "China National Intellectual Property Administration", "CNIPA"})
    public String name;
  }

  private PlanCatalog catalog;
  private Agency cnipa;

  /** Loads the bundled plans once. */
  @Setup
  public void load() {
    catalog = BundledPlans.load();
    cnipa = catalog.agency("知识产权局").orElseThrow();
  }

  /**
   * The index: tasks led by a body.
   *
   * @return the result, which JMH consumes
   */
  @Benchmark
  public List<Measure> measuresLedBy() {
    return catalog.measuresLedBy(cnipa);
  }

  /**
   * The baseline: every task of every plan, keeping those the body leads.
   *
   * @return the result, which JMH consumes
   */
  @Benchmark
  public List<Measure> measuresLedByScan() {
    List<Measure> led = new ArrayList<>();
    for (Plan plan : catalog.plans()) {
      for (Measure measure : plan.measures()) {
        if (!measure.responsibilities().isEmpty()
            && measure.responsibilities().get(0).agency().id().equals(cnipa.id())) {
          led.add(measure);
        }
      }
    }
    return led;
  }

  /**
   * The index: tasks naming a body.
   *
   * @return the result, which JMH consumes
   */
  @Benchmark
  public List<Measure> measuresInvolving() {
    return catalog.measuresInvolving(cnipa);
  }

  /**
   * The baseline: every task, keeping those that name the body.
   *
   * @return the result, which JMH consumes
   */
  @Benchmark
  public List<Measure> measuresInvolvingScan() {
    List<Measure> involving = new ArrayList<>();
    for (Plan plan : catalog.plans()) {
      for (Measure measure : plan.measures()) {
        for (int i = 0; i < measure.responsibilities().size(); i++) {
          if (measure.responsibilities().get(i).agency().id().equals(cnipa.id())) {
            involving.add(measure);
            break;
          }
        }
      }
    }
    return involving;
  }

  /**
   * The index: a body by the name of the given kind.
   *
   * @return the result, which JMH consumes
   */
  @Benchmark
  public Optional<Agency> agencyByName(Name name) {
    return catalog.agency(name.name);
  }

  /**
   * The baseline: every name of every body, compared as the catalog compares them.
   *
   * @return the result, which JMH consumes
   */
  @Benchmark
  public Optional<Agency> agencyByNameScan(Name name) {
    String wanted = name.name.toLowerCase(Locale.ROOT);
    for (Agency agency : catalog.agencies()) {
      for (String candidate : agency.names()) {
        if (candidate.toLowerCase(Locale.ROOT).equals(wanted)) {
          return Optional.of(agency);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Substring search over both plans' measures.
   *
   * @return the result, which JMH consumes
   */
  @Benchmark
  public List<Measure> search() {
    return catalog.measuresContaining("展会");
  }

  /**
   * The baseline: a plain loop over the texts.
   *
   * @return the result, which JMH consumes
   */
  @Benchmark
  public List<Measure> searchScan() {
    List<Measure> found = new ArrayList<>();
    for (Plan plan : catalog.plans()) {
      for (Measure measure : plan.measures()) {
        if (measure.text().contains("展会") || measure.title().orElse("").contains("展会")) {
          found.add(measure);
        }
      }
    }
    return found;
  }
}
