package io.github.ipplan.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.yaml.BundledPlans;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class IndicatorTargetsTest {
  @Test
  void printsEveryTarget_withUnitKindSourceAndBaseline() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IndicatorTargets.run(BundledPlans.load(), new PrintStream(out, true, UTF_8));

    assertThat(out.toString(UTF_8).lines().toList())
        .hasSize(13)
        .startsWith(
            "guangzhou-2021-2025/indicator/1  每万人口高价值发明专利拥有量: 30 件 by 2025 (level, 预期性), reported by 市知识产权局")
        .contains(
            "guangzhou-2021-2025/indicator/3  有效注册商标总量: 160 万件 by 2025 (level, 预期性), reported by 市知识产权局; 2020: 151.4")
        .endsWith(
            "guangzhou-2021-2025/indicator/13  知识产权保护社会满意度: 83 分 by 2025 (score, 预期性), reported by 第三方机构");
  }

  @Test
  void printsEachTarget_withTheBoundThePlanStates() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IndicatorTargets.run(BundledPlans.load(), new PrintStream(out, true, UTF_8));

    assertThat(out.toString(UTF_8).lines().toList())
        .contains(
            "guangzhou-2021-2025/indicator/2  海外发明专利授权量: 5000 件 by 2025 (new over period, 预期性), reported by 市知识产权局")
        .contains(
            "guangzhou-2021-2025/indicator/4  知识产权管理体系贯标认证企事业单位: > 6000 家 by 2025 (level, 预期性), reported by 市知识产权局; 2020: 5072")
        .contains(
            "guangzhou-2021-2025/indicator/5  知识产权质押融资项目数年均增长率: ≥ 6 % by 2025 (annual growth rate, 预期性), reported by 市知识产权局")
        .contains(
            "guangzhou-2021-2025/indicator/10  知识产权服务机构: ≥ 3500 家 by 2025 (level, 预期性), reported by 市知识产权局");
  }
}
