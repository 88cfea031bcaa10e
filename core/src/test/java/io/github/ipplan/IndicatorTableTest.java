package io.github.ipplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorTableTest {
  private static IndicatorTable.Builder table() {
    return IndicatorTable.builder()
        .title("“十四五”知识产权发展主要预期性指标")
        .columns(List.of("指标", "数值", "数据来源"));
  }

  @Test
  void aTableWithATitleAndThreeColumns_isAccepted() {
    assertThat(table().build().columns()).containsExactly("指标", "数值", "数据来源");
  }

  @Test
  void aBlankTitle_isRejected() {
    assertThatThrownBy(() -> table().title("\u3000").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("An indicator table must have a title");
  }

  @Test
  void otherThanThreeColumns_isRejected() {
    assertThatThrownBy(() -> table().columns(List.of("指标", "数值")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("An indicator table must have three columns, not 2");
    assertThatThrownBy(() -> table().addColumns("备注").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("An indicator table must have three columns, not 4");
  }
}
