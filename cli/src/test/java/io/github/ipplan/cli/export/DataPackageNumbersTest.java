package io.github.ipplan.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.PlanLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data package writes every number exactly as the plan states it, never in E notation. */
class DataPackageNumbersTest {
  private static final String PLAN =
      """
      id: tiny-2023
      title: 示例计划
      issuer: 联席会议办公室
      issued: 2023-03-01
      status: in-force
      period: {from: 2023, to: 2023}
      indicators:
        - name: 极小的比重
          target: 0.0000001
          unit: "%"
          year: 2023
          kind: share-of-gdp
          nature: expected
        - name: 很大的数量
          target: 12000000000
          unit: 件
          year: 2023
          kind: level
          nature: expected
      parts:
        - numeral: 一
          title: 示例部分
          measures:
            - number: 1
              text: 推进一项工作。
              responsible: [国家知识产权局]
      """;

  @Test
  void aTargetWithSevenDecimalsIsWrittenInPlainDigits(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("tiny.yaml"), PLAN);
    PlanCatalog catalog = PlanLoader.load(file);

    String indicators = DataPackage.files(catalog, catalog.plans(), false).get("indicators.csv");

    // The printed cell, not given, is the name and the unit as the plans' tables print them.
    assertThat(indicators.lines().skip(1).toList())
        .containsExactly(
            "tiny-2023/indicator/1,tiny-2023,1,极小的比重,极小的比重(%),0.0000001,%,2023,share-of-gdp,"
                + "expected,,,,,,,",
            "tiny-2023/indicator/2,tiny-2023,2,很大的数量,很大的数量(件),12000000000,件,2023,level,"
                + "expected,,,,,,,");
  }
}
