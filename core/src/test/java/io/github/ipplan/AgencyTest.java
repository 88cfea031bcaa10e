package io.github.ipplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyTest {
  private final Agency cnipa =
      Agency.builder()
          .id("cnipa")
          .printedNames(List.of("知识产权局", "国家知识产权局"))
          .fullName("国家知识产权局")
          .englishName("China National Intellectual Property Administration")
          .abbreviation("CNIPA")
          .kind(AgencyKind.NATIONAL_ADMINISTRATION)
          .level(AgencyLevel.CENTRAL)
          .build();

  @Test
  void names_listPrintedFullEnglishAndAbbreviation_withoutRepeats() {
    assertThat(cnipa.names())
        .containsExactly(
            "知识产权局", "国家知识产权局", "China National Intellectual Property Administration", "CNIPA");
    assertThat(cnipa.name()).isEqualTo("知识产权局");
  }

  @Test
  void collective_isTold() {
    assertThat(cnipa.isCollective()).isFalse();
    assertThat(
            Agency.builder()
                .from(cnipa)
                .id("members")
                .kind(AgencyKind.COLLECTIVE)
                .build()
                .isCollective())
        .isTrue();
  }

  @Test
  void aPublicBody_hasALevel_andAnOrganisationOutsideGovernmentHasNone() {
    assertThat(cnipa.isPublicBody()).isTrue();
    Agency thirdParty =
        Agency.builder()
            .id("third-party")
            .printedNames(List.of("第三方机构"))
            .englishName("third-party organisation")
            .kind(AgencyKind.NON_GOVERNMENT_ORGANISATION)
            .build();
    assertThat(thirdParty.isPublicBody()).isFalse();
    assertThat(thirdParty.names()).containsExactly("第三方机构", "third-party organisation");

    assertThatThrownBy(() -> Agency.builder().from(thirdParty).level(AgencyLevel.MUNICIPAL).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Agency 'third-party' must have a level exactly when it is a public body");
    assertThatThrownBy(() -> Agency.builder().from(cnipa).level(java.util.Optional.empty()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Agency 'cnipa' must have a level exactly when it is a public body");
  }

  @Test
  void badIds_areRejected() {
    for (String id : List.of("CNIPA", "cn ipa", "-cnipa", "cnipa-", "")) {
      assertThatThrownBy(() -> Agency.builder().from(cnipa).id(id).build())
          .as(id)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Agency id must be lower-case words joined by hyphens: '" + id + "'");
    }
  }

  @Test
  void noPrintedName_isRejected() {
    assertThatThrownBy(() -> Agency.builder().from(cnipa).printedNames(List.of()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Agency 'cnipa' has no printed name");
  }

  @Test
  void namesWithSurroundingSpace_areRejected() {
    assertThatThrownBy(() -> Agency.builder().from(cnipa).englishName(" CNIPA office").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Agency 'cnipa' has a name with surrounding white space: ' CNIPA office'");
  }

  @Test
  void names_includeAFullNameThatIsNotAPrintedName() {
    assertThat(TestData.body(1).names()).containsExactly("部门1", "测试部门1", "Test Body 1", "TB1");
  }

  @Test
  void englishName_isTheBodysOwnUnlessMarkedDescriptive() {
    assertThat(cnipa.englishNameDescriptive()).isFalse();
    assertThat(
            Agency.builder()
                .from(cnipa)
                .englishNameDescriptive(true)
                .build()
                .englishNameDescriptive())
        .isTrue();
  }

  @Test
  void aPrintedNameListedTwice_isRejected() {
    assertThatThrownBy(
            () ->
                Agency.builder()
                    .from(cnipa)
                    .printedNames(List.of("知识产权局", "国家知识产权局", "知识产权局"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Agency 'cnipa' lists the printed name '知识产权局' twice");
  }

  @Test
  void aBlankName_isRejected_whicheverNameItIs() {
    assertThatThrownBy(() -> Agency.builder().from(cnipa).englishName("\u3000").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Agency 'cnipa' has a blank name");
    assertThatThrownBy(() -> Agency.builder().from(cnipa).abbreviation("\u200B").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Agency 'cnipa' has a blank name");
    assertThatThrownBy(() -> Agency.builder().from(cnipa).fullName("").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Agency 'cnipa' has a blank name");
  }

  @Test
  void aPrintedNameWithTrailingSpace_isRejected() {
    assertThatThrownBy(() -> Agency.builder().from(cnipa).printedNames(List.of("知识产权局 ")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Agency 'cnipa' has a name with surrounding white space: '知识产权局 '");
  }

  @Test
  void aBodyAsItsOwnSuccessor_isRejected() {
    assertThatThrownBy(() -> Agency.builder().from(cnipa).successorId("cnipa").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Agency 'cnipa' cannot succeed itself");
    assertThat(Agency.builder().from(cnipa).successorId("samr").build().successorId())
        .contains("samr");
  }

  @Test
  void toString_givesTheIdAndUsualName() {
    assertThat(cnipa).hasToString("Agency{cnipa, 知识产权局}");
  }
}
