package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The items stage's reading of a task's clause of responsible bodies, on its own. */
class ClauseTest {
  private static final Set<String> KNOWN = Set.of("知识产权局", "市场监管总局");

  private static Clause read(String whole) {
    return Clause.read(whole, KNOWN::contains);
  }

  @Test
  void clauseEnding负责_givesTheTextBeforeItAndTheNamesAsPrinted() {
    assertThat(read("推进修法。（市场监管总局、知识产权局负责）"))
        .isEqualTo(new Clause("推进修法。", List.of("市场监管总局", "知识产权局"), false, null, null));
  }

  @Test
  void clauseEnding按职责分工负责_isByDuty_andOpenEndedWith等部门() {
    assertThat(read("加强保护。(甲、乙等部门按职责分工负责)"))
        .isEqualTo(new Clause("加强保护。", List.of("甲", "乙"), true, "by-duty", null));
    assertThat(read("加强保护。（甲等单位负责）").openEnded()).isTrue();
    assertThat(read("加强保护。（甲等负责）").names()).containsExactly("甲");
  }

  @Test
  void traditionalClauseWords_readAlike_namesStayAsPrinted() {
    assertThat(read("加強保護。（知識產權局按職責分工負責）"))
        .isEqualTo(new Clause("加強保護。", List.of("知識產權局"), false, "by-duty", null));
  }

  @Test
  void clauseOfKnownNamesWithout负责_isBare_andReadAsJoint() {
    assertThat(read("加强保护。（知识产权局、市场监管总局）"))
        .isEqualTo(new Clause("加强保护。", List.of("知识产权局", "市场监管总局"), false, null, "（知识产权局、市场监管总局）"));
  }

  @Test
  void parenthesesThatNameNoKnownBody_orNothing_areNoClause() {
    assertThat(read("加强保护（试行）")).isEqualTo(new Clause("加强保护（试行）", List.of(), false, null, null));
    assertThat(read("加强保护（、）")).isEqualTo(new Clause("加强保护（、）", List.of(), false, null, null));
    assertThat(read("加强保护（）")).isEqualTo(new Clause("加强保护（）", List.of(), false, null, null));
    assertThat(read("加强保护")).isEqualTo(new Clause("加强保护", List.of(), false, null, null));
    assertThat(read("加强保护（、负责）")).isEqualTo(new Clause("加强保护（、负责）", List.of(), false, null, null));
    assertThat(read("加强保护（等部门按职责分工负责）"))
        .isEqualTo(new Clause("加强保护（等部门按职责分工负责）", List.of(), false, null, null));
  }
}
