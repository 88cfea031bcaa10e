package io.github.ipplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NoticeTest {
  private static Notice.Builder notice() {
    return Notice.builder()
        .addParagraphs("现将《推进计划》印发给你们，请认真贯彻落实。")
        .signatory("国务院知识产权战略实施工作部际联席会议办公室");
  }

  @Test
  void attachments_mayBeListedWithOrWithoutAHeading() {
    assertThat(notice().attachmentsHeading("附件:").addAttachments("推进计划").build().attachments())
        .containsExactly("推进计划");
    assertThat(notice().addAttachments("推进计划").build().attachmentsHeading()).isEmpty();
    assertThat(notice().build().attachments()).isEmpty();
  }

  @Test
  void aNoticeWithoutParagraphs_isRejected() {
    assertThatThrownBy(() -> Notice.builder().signatory("办公室").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A notice has at least one paragraph");
  }

  @Test
  void anAttachmentsHeadingWithoutAttachments_isRejected() {
    assertThatThrownBy(() -> notice().attachmentsHeading("附件:").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A notice with an attachments heading lists attachments");
  }
}
