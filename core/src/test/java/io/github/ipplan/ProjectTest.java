package io.github.ipplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProjectTest {
  private static Project.Builder project() {
    return Project.builder()
        .planId("guangzhou-2021-2025")
        .number(5)
        .title("知识产权保护体系建设项目")
        .addParagraphs("建设知识产权保护中心。");
  }

  @Test
  void id_joinsPlanIdAndNumber() {
    assertThat(project().build().id()).isEqualTo("guangzhou-2021-2025/project/5");
  }

  @Test
  void aNumberBelowOne_isRejected() {
    assertThatThrownBy(() -> project().number(0).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Project number must be 1 or more: 0");
  }

  @Test
  void aBlankTitle_isRejected() {
    assertThatThrownBy(() -> project().title("\u3000").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Project 5 has a blank title");
  }

  @Test
  void aProjectWithoutText_isRejected() {
    assertThatThrownBy(() -> Project.builder().planId("p").number(5).title("项目").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Project 5 has no text");
  }
}
